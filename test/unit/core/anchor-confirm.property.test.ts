// The gate's second look at an anchor word (core/anchor-confirm.ts) may turn
// a page away only where the detector could find nothing: wherever the
// scanner finds an anchored term, some anchor hit in the same text must be
// confirmed. Texts are built from the shipped plan's anchored terms that hold
// an anchor word, written the ways pages vary them, between everyday uses of
// the same words.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANCHORED, anchorTermsOf, confirmInWindow, confirmWordAnchor, foldLikeKeys } from '../../../core/anchor-confirm.ts';
import { AnchorScanner } from '../../../core/anchors.ts';
import { Detector } from '../../../core/detect.ts';
import { builtInDetectorPlan } from '../../../scripts/built-in-plans.ts';

const PLAN = builtInDetectorPlan();
const TERMS = anchorTermsOf(PLAN);
const detector = new Detector(PLAN);
const anchors = new AnchorScanner(PLAN.scanner.anchors);

/** Anchored terms as written that hold an anchor word: the ones the check can turn away. */
const VOCABULARY = PLAN.scanner.terms
  .filter(([, key], i) => PLAN.roles[i]!.some(([, r]) => ANCHORED.has(r)) && Object.keys(TERMS).some((w) => key.split(/[^a-z0-9]+/).includes(w)))
  .map(([text]) => text);

const DECOYS = ["Tesla's Model S", 'the Chinese internet', 'a jobs machine', 'automated', 'role model', 'Internet Explorer', 'infant', 'model', 'models', 'machine'];
const SEPS = [' ', '  ', '\n        ', '\u00a0', '\u200b', '-', '\u2013', '\t'];
const FILLER = ['the', 'said', 'on Tuesday', '. ', ', ', '"', '\u201c', '\u2019', '(', ')', ...SEPS];

/** A phrase as a page may write it: case, fullwidth letters, any separator run, typographic apostrophes. */
const variant = (phrase: string) =>
  fc.tuple(fc.array(fc.nat(11), { minLength: phrase.length, maxLength: phrase.length }), fc.constantFrom(...SEPS)).map(([noise, sep]) =>
    [...phrase]
      .map((ch, i) => {
        const n = noise[i]!;
        if (ch === ' ' || ch === '-') return sep;
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

const text = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...VOCABULARY).chain(variant) },
      { weight: 3, arbitrary: fc.constantFrom(...DECOYS).chain(variant) },
      { weight: 4, arbitrary: fc.constantFrom(...FILLER) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** Some anchor hit in the text is confirmed; `cut` treats the text as one slice of a longer page. */
function confirmed(t: string, cut = { start: false, end: false }): boolean {
  let yes = false;
  anchors.scan(t, (s, e) => {
    yes ||= confirmWordAnchor(TERMS, t, s, e, cut.start, cut.end);
  });
  return yes;
}

const anchoredTermIn = (t: string) => detector.scanner.scan(t).some((h) => h.terms.some((i) => PLAN.roles[i]!.some(([, r]) => ANCHORED.has(r))));

describe('confirmWordAnchor: the gate turns a page away only where no anchored term is', () => {
  it('the table holds what the plan anchors with everyday words', () => {
    expect(VOCABULARY.length).toBeGreaterThan(10);
    expect(TERMS.model).toContain('frontier model');
    expect(TERMS.internet).toContain('world internet conference');
  });

  it('confirms wherever the scanner finds an anchored term', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (anchoredTermIn(t)) expect(confirmed(t)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('confirms a cut-off window it cannot judge, and any hit of a whole page the detector finds a topic in', () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, at) => {
        if (!t.length) return;
        // A slice that ends inside the text: a hit whose terms could run past it is not turned away.
        const head = t.slice(0, at % t.length);
        if (anchoredTermIn(t) && detector.detect(t).length) expect(confirmed(t)).toBe(true);
        if (anchoredTermIn(head)) expect(confirmed(head, { start: false, end: true })).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on a whole text, says yes only where the folded windows did, and no more only where the scanner finds no anchored term', () => {
    const byWindow = (t: string) => {
      let yes = false;
      anchors.scan(t, (s, e) => {
        const word = foldLikeKeys(t.slice(s, e));
        const keys = Object.hasOwn(TERMS, word) ? TERMS[word] : null;
        yes ||= keys == null || (keys.length > 0 && confirmInWindow(keys, word, t, s, e, false, false));
      });
      return yes;
    };
    // The vocabulary and the decoys side by side, and runs of one word with one term among them.
    const crowded = fc
      .tuple(fc.array(fc.constantFrom(...DECOYS, 'model', 'models', 'internet'), { maxLength: 40 }), fc.constantFrom(...VOCABULARY).chain(variant), fc.nat(40), fc.boolean())
      .map(([words, term, at, put]) => {
        const parts = words.map((w, i) => (i % 3 ? w : `${w},`));
        if (put) parts.splice(at % (parts.length + 1), 0, term);
        return parts.join(' ');
      });
    fc.assert(
      fc.property(fc.oneof(text, crowded), (t) => {
        const now = confirmed(t);
        const before = byWindow(t);
        if (now) expect(before).toBe(true);
        // The windows also took a term written nearby, glued to a word ("Modelthe"), which no scanner counts.
        if (before && !now) expect(anchoredTermIn(t)).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('turns away everyday uses of anchor words', () => {
    for (const t of ["Tesla's 'Ludicrous' Model S is quick", 'Deals on the Chinese internet', 'might not be the "jobs machine" it thinks', 'no longer supports Internet Explorer 9']) {
      expect(confirmed(t), t).toBe(false);
    }
  });

  it('confirms terms written across odd spacing, case and width', () => {
    for (const t of ['the World\n            Internet   Conference opened', 'a FRONTIER-model lab', 'ｍａｃｈｉｎｅ learning', 'rules for\u00a0Artificial\u200bIntelligence']) {
      expect(confirmed(t), t).toBe(true);
    }
  });

  it('folds text as term keys are folded', () => {
    expect(foldLikeKeys('A\u2013B  \n c\u2019s \u201cＤ\u201d')).toBe(`a b c's "d"`);
  });
});
