// The fast scanner (anchors, sentence windows, trie walk) against the naive
// reference in naive-matcher.ts, on texts built to hit the hard cases: case,
// fullwidth letters, odd whitespace and dashes, typographic quotes, word
// boundaries, dotted acronyms, sentence ends and CJK.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Detector, detectFromHits, planDetector } from '../../../core/detect.ts';
import gate from 'virtual:detector-gate';
import { AnchorScanner, scannerTables } from '../../../core/anchors.ts';
import { foldMapOf } from '../../../core/han-fold.ts';
import { TermScanner, pieceEnd, planScanner } from '../../../core/scanner.ts';
import { parseTerm, TermError } from '../../../core/terms.ts';
import type { TopicDefinition } from '../../../core/topic-schema.ts';
import { builtInDetectorPlan } from '../../../scripts/built-in-plans.ts';
import { inAnchorSentence, naiveAnchors, naiveScan, naiveWindowAnchors } from './naive-matcher.ts';

// What the shipped plan folds: each simplified character's traditional forms,
// so generated texts write some characters the way Hong Kong or Taiwan would.
const SHIPPED = builtInDetectorPlan();
const TRADITIONAL = new Map<string, string[]>();
for (const [from, to] of foldMapOf(SHIPPED.scanner.fold)) {
  const s = String.fromCharCode(to);
  TRADITIONAL.set(s, [...(TRADITIONAL.get(s) ?? []), String.fromCharCode(from)].sort());
}

const SEPS = [' ', '  ', '\n', '\u00a0', '\u200b', '-', '\u2013', ' \u2014 ', '\t', '\u3000'];
const PUNCT = ['. ', '.', ', ', '! ', '? ', '。', '！', '(', ')', '"', '\u201c', '\u201d', "'", '\u2019', '\n\n'];

/** Every anchor occurrence a scanner reports, as sorted "start-end" strings. */
function occurrences(a: AnchorScanner, text: string): string[] {
  const found: string[] = [];
  a.scan(text, (s, e) => {
    found.push(`${s}-${e}`);
  });
  return found.sort();
}

/** Rewrites a phrase the way pages vary it: case, width, spacing, quotes. */
const variant = (phrase: string) =>
  fc
    .tuple(
      fc.array(fc.nat(), { minLength: phrase.length, maxLength: phrase.length }),
      fc.constantFrom(...SEPS),
      fc.nat(3),
    )
    .map(([noise, sep, script]) =>
      [...phrase]
        .map((written, i) => {
          let ch = written;
          const n = noise[i]! % 12;
          if (ch === ' ' || ch === '-') return sep;
          // The phrase in traditional script (script 1-2: each character's
          // first or second form), as Hong Kong and Taiwan pages write it.
          const trad = TRADITIONAL.get(ch);
          if (trad && script > 0 && script < 3) ch = trad[Math.min(script - 1, trad.length - 1)]!;
          // A line wrapped in the page's source can split CJK anywhere.
          if (i > 0 && /[\u2e80-\u9fff]/.test(ch) && n < 2) return `${n ? '\n  ' : ' '}${ch}`;
          if (ch === "'") return n < 6 ? '\u2019' : "'";
          if (/[a-z]/i.test(ch)) {
            if (n === 0) return String.fromCharCode(ch.toUpperCase().charCodeAt(0) + 0xfee0);
            if (n < 4) return ch.toUpperCase();
            if (n < 7) return ch.toLowerCase();
          }
          return ch;
        })
        .join(''),
    );

function textOf(vocabulary: readonly string[]) {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...vocabulary).chain(variant) },
    { weight: 3, arbitrary: fc.constantFrom('the', 'said', 'xAI', 'AIR', 'lawyer', 'Wuzhenese', '中国', '人', 'U.S. ', 'A.I. ', 'a.i.', 'Ai', '2023') },
    { weight: 3, arbitrary: fc.constantFrom(...SEPS, ...PUNCT) },
  );
  return fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
}

function checkAgainstReference(scanner: TermScanner, text: string) {
  const terms = scanner.plan.terms.map((_, i) => scanner.term(i));
  const reference = naiveScan(text, terms, foldMapOf(scanner.plan.fold));
  const inWindow = inAnchorSentence(text, naiveWindowAnchors(text, scanner.plan.anchors));
  const expected = reference.filter((h) => inWindow(h.start));
  // A reference hit never straddles a window edge: terms never cross a sentence end.
  for (const h of reference) expect(inWindow(h.start)).toBe(inWindow(h.end - 1));
  expect(scanner.scan(text)).toEqual(expected);
}

describe('scanner against the naive reference', () => {
  const plan = SHIPPED;
  const detector = new Detector(plan);
  const vocabulary = [...new Set(plan.scanner.terms.map(([t]) => t))];

  it('finds what the reference finds in anchor sentences, for the built-in topics', () => {
    fc.assert(fc.property(textOf(vocabulary), (text) => checkAgainstReference(detector.scanner, text)), {
      numRuns: 400,
      // Found by this test: a separator edge ("AI governance") and a gap next
      // to CJK ("AI治理") both continue after "AI".
      examples: [['ＡＩ 治 理'], ['AI\n治理 rules']],
    });
  });

  it('detects the same topics as detection over a whole-text reference scan', () => {
    fc.assert(
      fc.property(textOf(vocabulary), (text) => {
        const terms = plan.scanner.terms.map((_, i) => detector.scanner.term(i));
        expect(detector.detect(text)).toEqual(detectFromHits(text, naiveScan(text, terms, foldMapOf(plan.scanner.fold)), plan));
      }),
      { numRuns: 400 },
    );
  });

  it('detects the same from an anchor pass made piece by piece, cut at sentence ends', () => {
    fc.assert(
      fc.property(textOf(vocabulary), fc.integer({ min: 1, max: 60 }), (text, size) => {
        const anchors = { starts: [] as number[], ends: [] as number[] };
        for (let from = 0; from < text.length; ) {
          const to = pieceEnd(text, from, size);
          expect(to).toBeGreaterThan(from);
          detector.scanner.anchorsIn(text, from, to, anchors);
          from = to;
        }
        expect(detector.scanner.scan(text, anchors)).toEqual(detector.scanner.scan(text));
        expect(detector.detect(text, undefined, anchors)).toEqual(detector.detect(text));
      }),
      { numRuns: 400, examples: [['Wuzhen. ＡＩ 治理。AI governance! U.S. ', 3]] },
    );
  });

  // Small alphabets make prefixes, case clashes and separators collide often.
  const tinyTerm = fc
    .array(fc.constantFrom('a', 'b', 'A', 'B', 'ab', 'AB', 'A.B.', 'B.A.', ' ', '-', '.', "'", '人', '工', 'x'), { minLength: 1, maxLength: 5 })
    .map((p) => p.join(''))
    .filter((t) => {
      try {
        parseTerm(t);
        return true;
      } catch (e) {
        if (e instanceof TermError) return false;
        throw e;
      }
    });

  it('agrees with the reference on random small term sets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(tinyTerm, fc.boolean()), { minLength: 1, maxLength: 8 }).filter((ts) => ts.some(([, a]) => a)),
        fc.array(fc.constantFrom('a', 'b', 'A', 'B', 'ａ', 'Ｂ', 'A.B. ', 'B.A.', ' ', '\n', '-', '\u2013', '.', '. ', "'", '\u2019', '人', '工', '人 工', 'x 人', '工\n x', 'x', 'q', '。'), {
          maxLength: 30,
        }),
        (terms, chars) => {
          let plan: ReturnType<typeof planScanner>;
          try {
            plan = planScanner(terms.map(([t]) => t), terms.map(([, a]) => a));
          } catch {
            return; // an anchored term with no anchor candidate is refused at plan time
          }
          checkAgainstReference(new TermScanner(plan), chars.join(''));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('anchors', () => {
  it('every term that needs one holds an anchor, and the scanner finds every anchor occurrence', () => {
    const plan = SHIPPED;
    const scanner = new TermScanner(plan.scanner);
    fc.assert(
      fc.property(textOf(plan.scanner.terms.map(([t]) => t)), (text) => {
        const found: Array<[number, number]> = [];
        scanner.anchors.scan(text, (s, e) => {
          found.push([s, e]);
        });
        const sort = (a: Array<[number, number]>) => [...a].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        expect(sort(found)).toEqual(sort(naiveAnchors(text, plan.scanner.anchors)));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same occurrences with Wu-Manber (big texts) as with the regex (small ones)', () => {
    const plan = SHIPPED;
    const regex = new AnchorScanner(plan.scanner.anchors);
    const wuManber = new AnchorScanner(plan.scanner.anchors, 0);
    fc.assert(
      fc.property(textOf(plan.scanner.terms.map(([t]) => t)), (text) => {
        expect(occurrences(wuManber, text)).toEqual(occurrences(regex, text));
      }),
      { numRuns: 300, examples: [['ＷＯＭＥＮ, ＩＮＦＡＮＴＳ, ＡＮＤ ＣＨＩＬＤＲＥＮ machinery']] },
    );
  });

  it('stops at the hit whose callback says so, with Wu-Manber and with the regex', () => {
    // The gate stops at its first anchor that counts by returning true (a
    // thrown value cost a page about 1 ms): the scan reports exactly the
    // hits before it, one more, and says it stopped.
    const plan = SHIPPED;
    for (const scanner of [new AnchorScanner(plan.scanner.anchors), new AnchorScanner(plan.scanner.anchors, 0)]) {
      fc.assert(
        fc.property(textOf(plan.scanner.terms.map(([t]) => t)), fc.nat(6), (text, stopAt) => {
          const all = occurrences(scanner, text).length;
          let calls = 0;
          const stopped = scanner.scan(text, () => ++calls > stopAt);
          expect(calls).toBe(Math.min(all, stopAt + 1));
          expect(stopped).toBe(all > stopAt);
          expect(scanner.any(text)).toBe(all > 0);
        }),
        { numRuns: 200 },
      );
    }
  });

  it("finds the same occurrences with the gate's build-time tables as with tables made at run time", () => {
    // The build writes the tables into content.js (scripts/detector-plan-plugin.ts):
    // they must be the ones the scanner would make, for the anchors shipped beside them.
    expect(gate.anchors).toEqual({ literals: SHIPPED.scanner.anchors.literals, words: SHIPPED.scanner.anchors.words });
    expect(gate.tables).toEqual(scannerTables(gate.anchors));
    // ...and say what the scanner needs: CJK literals skipped on Latin-1 text, longer words first.
    const cjk = gate.anchors.literals.flatMap((l, i) => (/[\u3400-\u9fff]/.test(l) ? [i] : []));
    expect(gate.tables.twoByte).toEqual(cjk);
    expect(gate.tables.gapped).toEqual(cjk);
    expect(gate.tables.prefixes.infants).toEqual([6]);
    expect(gate.tables.wordPattern.indexOf('infants')).toBeLessThan(gate.tables.wordPattern.indexOf('infant|'));
    const built = new AnchorScanner(gate.anchors, undefined, gate.tables);
    const made = new AnchorScanner(gate.anchors);
    fc.assert(
      fc.property(textOf(SHIPPED.scanner.terms.map(([t]) => t)), (text) => {
        expect(occurrences(built, text)).toEqual(occurrences(made, text));
      }),
      { numRuns: 200, examples: [['ＩＮＦＡＮＴＳ and infants, 人工\n智能 AIs']] },
    );
  });

  it('refuses a term that has nothing to be found by', () => {
    const topic: TopicDefinition = { id: 'x', label: 'X', names: ['a b'] };
    expect(() => planDetector([topic])).toThrow(/has no word of 3\+ letters/);
  });
});
