// A long page sends only the parts of its text that detection reads
// (core/sparse-text.ts); the background detects on the text rebuilt from them.
// The two must give the same topics, with the same mentions at the same
// offsets, as detection on the whole text. Texts here are the evaluation
// pages (about the topics, about neither, and the look-alikes) strung
// together with long stretches between them, with and without sentence ends.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Detector } from '../../../core/detect.ts';
import { piecesOf, readRegions, sparseText } from '../../../core/sparse-text.ts';
import { builtInDetectorPlan } from '../../../scripts/built-in-plans.ts';
import { readTextCases } from '../eval/eval-cases.ts';

const detector = new Detector(builtInDetectorPlan());
const PAGES = readTextCases('set').map((c) => c.page.text);

/** Detection on the whole text, and on the text rebuilt from the parts it reads. */
function both(text: string) {
  const regions = readRegions(text, detector.scanner.anchorsIn(text));
  const rebuilt = sparseText(text.length, piecesOf(text, regions));
  const kept = regions.reduce((n, [s, e]) => n + e - s, 0);
  return { whole: detector.detect(text), sparse: detector.detect(rebuilt), kept, rebuilt };
}

// Stretches between pages: prose with sentence ends, one run-on sentence,
// words glued to what follows, and Chinese without a full stop.
const FILLER = [
  'The council met on Tuesday to discuss the budget for the coming year. ',
  'and the long list of road repairs went on and on without any pause at all ',
  'hyper',
  '市议会讨论了明年的预算和道路维修计划，会议持续了很久',
  '\n\n',
];
const stretch = fc.array(fc.constantFrom(...FILLER), { minLength: 0, maxLength: 400 }).map((xs) => xs.join(''));

describe('the parts of a long text that detection reads', () => {
  it('give every evaluation page the same matches as its whole text', () => {
    for (const text of PAGES) {
      const { whole, sparse } = both(text);
      expect(sparse).toEqual(whole);
    }
  });

  it('give long texts strung from pages and filler the same matches, at the same offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(PAGES.length - 1), stretch), { minLength: 1, maxLength: 12 }), stretch, (parts, head) => {
        const text = head + parts.map(([i, gap]) => PAGES[i]! + gap).join('');
        const { whole, sparse, rebuilt } = both(text);
        expect(rebuilt.length).toBe(text.length);
        expect(sparse).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('keep a small share of a long page with few mentions', () => {
    const topic = PAGES.find((t) => detector.detect(t).length > 0)!;
    const prose = FILLER[0]!.repeat(4000);
    const { whole, sparse, kept } = both(prose + topic + prose);
    expect(whole.length).toBeGreaterThan(0);
    expect(sparse).toEqual(whole);
    expect(kept).toBeLessThan((prose.length * 2 + topic.length) / 10);
  });

  it('refuses pieces out of order, overlapping or past the end', () => {
    expect(sparseText(10, [[2, 'ab'], [6, 'cd']])).toBe('\n\nab\n\ncd\n\n');
    expect(() => sparseText(10, [[6, 'cd'], [2, 'ab']])).toThrow(RangeError);
    expect(() => sparseText(10, [[2, 'abcd'], [4, 'x']])).toThrow(RangeError);
    expect(() => sparseText(4, [[2, 'abc']])).toThrow(RangeError);
    expect(() => sparseText(4, [[-1, 'a']])).toThrow(RangeError);
  });
});
