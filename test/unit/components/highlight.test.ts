// @vitest-environment happy-dom
// Highlight ranges from another process are not trusted: clipped, overlaps
// dropped, garbage ignored, and the runs always add up to the text.

import { describe, expect, it } from 'vitest';
import { cleanRanges, highlightRuns } from '../../../components/highlight.ts';

const joined = (text: string, ranges: unknown) =>
  highlightRuns(text, ranges)
    .map((r) => (r.marked ? `[${r.text}]` : r.text))
    .join('');

describe('highlightRuns', () => {
  it('marks exactly the given ranges', () => {
    expect(joined('Leaders met in Wuzhen today', [[15, 21]])).toBe('Leaders met in [Wuzhen] today');
    expect(joined('abcdef', [[0, 2], [4, 6]])).toBe('[ab]cd[ef]');
  });

  it('sorts ranges given out of order', () => {
    expect(joined('abcdef', [[4, 6], [0, 1]])).toBe('[a]bcd[ef]');
  });

  it('clips ranges to the text', () => {
    expect(joined('abc', [[-5, 1]])).toBe('[a]bc');
    expect(joined('abc', [[2, 99]])).toBe('ab[c]');
    expect(joined('abc', [[5, 9]])).toBe('abc');
  });

  it('drops a range that overlaps one already kept', () => {
    expect(joined('abcdef', [[0, 3], [2, 5]])).toBe('[abc]def');
    expect(joined('abcdef', [[1, 2], [1, 4]])).toBe('a[bcd]ef');
    expect(joined('abcdef', [[0, 6], [1, 2]])).toBe('[abcdef]');
  });

  it('keeps touching ranges apart', () => {
    expect(highlightRuns('abcd', [[0, 2], [2, 4]])).toEqual([
      { text: 'ab', marked: true },
      { text: 'cd', marked: true },
    ]);
  });

  it('ignores garbage', () => {
    const garbage: unknown = [null, 5, 'x', [1], [NaN, 2], [1, Infinity], ['0', '2'], [3, 1], [2, 2], {}, [0.5, 2.9]];
    expect(joined('abcdef', garbage)).toBe('[ab]cdef');
    expect(joined('abc', null)).toBe('abc');
    expect(joined('abc', 'nope')).toBe('abc');
    expect(joined('', [[0, 1]])).toBe('');
  });

  it('never splits a surrogate pair', () => {
    const text = 'a😀b';
    expect(cleanRanges(text, [[2, 4]])).toEqual([[1, 4]]);
    expect(joined(text, [[0, 2]])).toBe('[a]😀b');
  });

  it('always adds up to the text', () => {
    const text = 'World Internet Conference in Wuzhen, 世界互联网大会';
    const cases: unknown[] = [[[0, 5], [3, 9], [40, 80]], [[-1, -1]], [], [[6, 14], [29, 35], [37, 44]]];
    for (const ranges of cases) {
      expect(
        highlightRuns(text, ranges)
          .map((r) => r.text)
          .join(''),
      ).toBe(text);
    }
  });
});
