// How an index is stored: passages as small tuples, postings as delta- and
// varint-coded numbers in base64 (see CorpusIndex.serialize).

import type { PassageFinds } from './passage-finds.ts';

export type SerializedDoc = [passageId: string, length: number, topics: string[], articleTopics: string[], prior?: number, finds?: PassageFinds];

export interface SerializedIndex {
  version: 1;
  docs: SerializedDoc[];
  terms: string[];
  postings: string;
}

export function varint(out: number[], n: number): void {
  while (n > 127) {
    out.push((n & 127) | 128);
    n >>>= 7;
  }
  out.push(n);
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Reads varints one after another; `done` when every byte was read. */
export function varintReader(bytes: Uint8Array): { read(): number; done(): boolean } {
  let at = 0;
  return {
    read() {
      let n = 0;
      let shift = 0;
      for (;;) {
        const b = bytes[at++]!;
        n += (b & 127) * 2 ** shift;
        if (b < 128) return n;
        shift += 7;
      }
    },
    done: () => at === bytes.length,
  };
}
