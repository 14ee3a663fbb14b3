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

/** The most text extraction gives (shared/page-text-walker.ts), and so the most the background reads from a page, whole or in pieces. */
export const MAX_PAGE_CHARS = 1_000_000;

/** Beyond the sentences detection reads, on each side: room for a word cut at the reach's end. */
const MARGIN = 256;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000;

/**
 * [start, end) of the parts of `text` detection may read around these main
 * anchors, merged, in order. Each character is looked at about once, however
 * many anchors there are: a region already reaching past an anchor is not
 * worked out again.
 */
export function readRegions(text: string, hits: AnchorHits): Array<[number, number]> {
  const order = hits.starts.map((_, i) => i).sort((a, b) => hits.starts[a]! - hits.starts[b]!);
  const out: Array<[number, number]> = [];
  let reach = -1; // the farthest reach worked out so far
  // Where the last walk forward found its sentence's end: a reach short of it
  // ends in the same sentence (no break lies between), so it is not walked
  // again. Without this, a run-on text walked to the same far end once per anchor.
  let sentenceEnd = -1;
  for (const i of order) {
    const s = hits.starts[i]!;
    const last = out[out.length - 1];
    if (!last || s >= last[1]) {
      // The sentence holding the anchor, back to the region before at most (then they join).
      const floor = last ? last[1] : 0;
      let from = s;
      while (from > floor && !isSentenceBreak(text, from - 1)) from--;
      from = Math.max(floor, from - MARGIN);
      // Cut at white space: a piece cut inside a word ("hyperAI") could show an anchor the whole text has not.
      while (from > floor && !isSpace(text.charCodeAt(from - 1))) from--;
      if (last && from <= last[1]) last[1] = Math.max(last[1], s + 1);
      else out.push([from, s + 1]);
    }
    const r = Math.min(text.length, hits.ends[i]! + STAND_IN_REACH + MARGIN);
    if (r <= reach) continue;
    reach = r;
    if (r <= sentenceEnd) continue;
    // To the end of the sentence the reach ends in, then a margin, cut at white space.
    let to = r;
    while (to < text.length && !isSentenceBreak(text, to - 1)) to++;
    sentenceEnd = to;
    to = Math.min(text.length, to + MARGIN);
    while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
    const region = out[out.length - 1]!;
    region[1] = Math.max(region[1], to);
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
  for (const entry of pieces) {
    if (!Array.isArray(entry) || entry.length !== 2) throw new RangeError('each piece of a page text must be [start, text]');
    const [start, piece] = entry;
    if (!Number.isInteger(start) || start < at || typeof piece !== 'string' || start + piece.length > length) {
      throw new RangeError('the pieces of a page text must be in order, apart, and within its length');
    }
    parts.push('\n'.repeat(start - at), piece);
    at = start + piece.length;
  }
  parts.push('\n'.repeat(length - at));
  return parts.join('');
}
