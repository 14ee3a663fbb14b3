// The parts of a long text that detection reads, and the text rebuilt from
// them. Detection reads only the sentences around main anchors, and the
// stand-ins within reach after them (scanner.ts windows); everything else can
// be anything that holds no term and no sentence end. So a page with a long
// text sends only those parts, and the background detects on a text of the
// same length with line breaks in between: the same matches at the same
// offsets, for a message a fraction of the size (a property test holds the two
// to each other). Serialising a whole 1 MB text into one message took the page
// a task of 30 ms and more.

import type { AnchorHits } from './scanner.ts';
import { isSentenceBreak, STAND_IN_REACH } from './scanner.ts';

/** Beyond the sentences detection reads, on each side: room for a word cut at the reach's end. */
const MARGIN = 256;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000;

/** [start, end) of the parts of `text` detection may read around these main anchors, merged, in order. */
export function readRegions(text: string, hits: AnchorHits): Array<[number, number]> {
  const spans = hits.starts
    .map((s, i): [number, number] => {
      let from = s;
      while (from > 0 && !isSentenceBreak(text, from - 1)) from--;
      let to = Math.min(text.length, hits.ends[i]! + STAND_IN_REACH + MARGIN);
      while (to < text.length && !isSentenceBreak(text, to - 1)) to++;
      // Cut at white space: a piece cut inside a word ("hyperAI") could show an anchor the whole text has not.
      from = Math.max(0, from - MARGIN);
      while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
      to = Math.min(text.length, to + MARGIN);
      while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
      return [from, to];
    })
    .sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push(span);
  }
  return out;
}

/** The pieces of `text` in `regions`, with where each starts. */
export function piecesOf(text: string, regions: ReadonlyArray<[number, number]>): Array<[number, string]> {
  return regions.map(([s, e]) => [s, text.slice(s, e)]);
}

/**
 * A text of `length` characters holding each piece at its offset and line
 * breaks elsewhere (no term, no sentence end, and evidence never pairs across
 * a line break). Pieces out of order, overlapping or past the end are refused.
 */
export function sparseText(length: number, pieces: ReadonlyArray<readonly [number, string]>): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, piece] of pieces) {
    if (!Number.isInteger(start) || start < at || typeof piece !== 'string' || start + piece.length > length) {
      throw new RangeError('the pieces of a page text must be in order, apart, and within its length');
    }
    parts.push('\n'.repeat(start - at), piece);
    at = start + piece.length;
  }
  parts.push('\n'.repeat(length - at));
  return parts.join('');
}
