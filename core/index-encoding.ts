// How CorpusIndex.serialize writes an index compactly (and restore reads it):
// one row per passage, the term list, and the posting lists as varint gaps
// in base64. Plain functions, no browser or Node API.

export type SerializedDoc = [passageId: string, length: number, topics: string[], articleTopics: string[]];

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
