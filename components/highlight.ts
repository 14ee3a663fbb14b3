// Splits a text into plain and marked runs from [start, end) ranges. The
// runs are rendered as text nodes and <mark> elements, never as markup, so a
// passage that contains "<script>" shows those characters and nothing else.
// Ranges come from another process and are not trusted: anything that is not
// a pair of finite numbers is ignored, ranges are clipped to the text, empty
// ones dropped, and a range overlapping an earlier kept one is dropped whole.

export interface Run {
  text: string;
  marked: boolean;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Moves an offset off the middle of a surrogate pair (so no half emoji is marked). */
function snap(text: string, i: number): number {
  return i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/** The valid, clipped, non-overlapping ranges, in text order. */
export function cleanRanges(text: string, ranges: unknown): Array<[number, number]> {
  if (typeof text !== 'string' || !Array.isArray(ranges)) return [];
  const found: Array<[number, number]> = [];
  for (const r of ranges as unknown[]) {
    if (!Array.isArray(r) || r.length < 2) continue;
    const [a, b] = r as unknown[];
    if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) continue;
    const start = snap(text, Math.min(Math.max(Math.trunc(a), 0), text.length));
    const end = snap(text, Math.min(Math.max(Math.trunc(b), 0), text.length));
    if (end > start) found.push([start, end]);
  }
  // Earliest first; of two starting together, the longer wins.
  found.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const kept: Array<[number, number]> = [];
  let reached = 0;
  for (const r of found) {
    if (r[0] < reached) continue;
    kept.push(r);
    reached = r[1];
  }
  return kept;
}

/** The text as plain and marked runs; concatenated, the runs are the text. */
export function highlightRuns(text: string, ranges: unknown): Run[] {
  const runs: Run[] = [];
  let pos = 0;
  for (const [start, end] of cleanRanges(text, ranges)) {
    if (start > pos) runs.push({ text: text.slice(pos, start), marked: false });
    runs.push({ text: text.slice(start, end), marked: true });
    pos = end;
  }
  if (pos < text.length) runs.push({ text: text.slice(pos), marked: false });
  return runs;
}
