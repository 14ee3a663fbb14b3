// The gate's look at what is said of a subject (core/subject-evidence.ts)
// may turn a page away only where the detector finds no topic. Texts are
// built from the shipped plan's subjects, aspects, stand-ins and names,
// written the ways pages vary them, at distances around the detector's
// reach; the gate reads them whole and in slices of a few text nodes. The
// same holds with the reader's own topics, whose names may hold a subject
// ("AI Safety Institute"): the background compiles their plan's tables
// (core/gate-tables.ts) as the build compiles the built-in ones.

import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ANCHORED, foldLikeKeys } from '../../../core/anchor-confirm.ts';
import { AnchorScanner } from '../../../core/anchors.ts';
import { toTopicDefinition } from '../../../core/custom-topics.ts';
import { Detector, type DetectorPlan, planDetector } from '../../../core/detect.ts';
import { gateTablesOf } from '../../../core/gate-tables.ts';
import { PAD, SubjectCheck, foldNatively } from '../../../core/subject-evidence.ts';
import { foldMapOf, foldString } from '../../../core/han-fold.ts';
import type { Role } from '../../../core/topic-schema.ts';
import { builtInDetectorPlan, builtInTopicData } from '../../../scripts/built-in-plans.ts';
import { type SliceRunner, anchorInText } from '../../../shared/raw-text-anchors.ts';
import { pageOf, parse } from '../page-text/helpers.ts';

/** The gate and the detector of a plan, as the extension builds them. */
function worldOf(plan: DetectorPlan) {
  const tables = gateTablesOf(plan);
  return { table: tables.said, said: new SubjectCheck(tables.said), terms: tables.terms, anchors: new AnchorScanner(plan.scanner.anchors), detector: new Detector(plan) };
}
type World = ReturnType<typeof worldOf>;

const PLAN = builtInDetectorPlan();
const BUILT_IN = worldOf(PLAN);
const { table: TABLE, said, terms, anchors, detector } = BUILT_IN;

/** A reader's own topics (names only, as the options page makes them), some holding a subject, planned as the background plans them. */
const READER_NAMES = ['AI Index Report', 'AI Safety Institute', 'chatbot arena', '人工智能研究院', 'model collapse'];
const builtIn = builtInTopicData();
const READERS = worldOf(
  planDetector(
    [...builtIn.topics, ...READER_NAMES.map((name, i) => toTopicDefinition({ id: `custom-${i}`, label: name, terms: [{ text: name, lang: /[a-z]/i.test(name) ? 'en' : 'zh' }] }))],
    { fold: foldMapOf(builtIn.fold) },
  ),
);

const written = (test: (roles: Array<[number, Role]>) => boolean) => PLAN.scanner.terms.filter((_, i) => test(PLAN.roles[i]!)).map(([text]) => text);
const SUBJECTS = written((roles) => roles.every(([, r]) => r === 'subject' || !ANCHORED.has(r)) && roles.some(([, r]) => r === 'subject'));
const ASPECTS = written((roles) => roles.some(([, r]) => r === 'aspect' || r === 'strong-aspect'));
const WEAK = written((roles) => roles.some(([, r]) => r === 'aspect'));
const STAND_INS = written((roles) => roles.some(([, r]) => r === 'stand-in'));
const NAMES = ['AI Act', 'OECD AI Principles', 'AI governance', 'rules for AI', '人工智能法', '人工智慧安全峰會', 'Bletchley Declaration'];
const TRADITIONAL = ['人工智慧', '監管', '規範', '這項技術', '機器學習', '深度偽造'];
const FILLER = ['the', 'said', 'on Tuesday', 'a company', 'Tesla', '. ', ', ', '\n', '  ', '\u3002', '的', '公司'];
const SEPS = [' ', '\n        ', '\u00a0', '-'];

/** A phrase as a page may write it: upper or lower case (acronyms as written), any separator run. */
const variant = (phrase: string) =>
  fc.tuple(fc.boolean(), fc.constantFrom(...SEPS)).map(([upper, sep]) => {
    const cased = /^[A-Z.]+s?$/.test(phrase) ? phrase : upper ? phrase.toUpperCase() : phrase;
    return cased.replace(/[ -]/g, sep);
  });

/** Filler of about n characters, in words or in a run of white space (folded, it counts one). */
const stretch = fc.tuple(fc.nat(1900), fc.boolean()).map(([n, words]) => (words ? 'word '.repeat(Math.ceil(n / 5)) : ' '.repeat(n + 1)));

/** A subject and an aspect n characters apart, either way round: around the detector's gaps. */
const pair = fc
  .tuple(fc.constantFrom(...SUBJECTS).chain(variant), fc.nat(200), fc.constantFrom(...ASPECTS).chain(variant), fc.boolean())
  .map(([subject, n, aspect, after]) => (after ? `${subject} ${'w'.repeat(n)} ${aspect}` : `${aspect} ${'w'.repeat(n)} ${subject}`));
/** Weak aspects count two by two: a subject with two of them, around the weak gap. */
const weakPair = fc
  .tuple(fc.constantFrom(...SUBJECTS).chain(variant), fc.nat(70), fc.constantFrom(...WEAK), fc.constantFrom(...WEAK))
  .map(([subject, n, a, b]) => `${subject} ${'w'.repeat(n)} ${a} and ${b}`);
/** A subject, then a stand-in around the end of its reach, with an aspect beside it. */
const standingFor = fc
  .tuple(fc.constantFrom(...SUBJECTS).chain(variant), fc.integer({ min: 1200, max: 1800 }), fc.constantFrom(...STAND_INS), fc.constantFrom(...ASPECTS))
  .map(([subject, n, standIn, aspect]) => `${subject}. ${'word '.repeat(Math.floor(n / 5))}${standIn} ${aspect}`);

const piece = fc.oneof(
  { weight: 3, arbitrary: pair },
  { weight: 2, arbitrary: weakPair },
  { weight: 2, arbitrary: standingFor },
  { weight: 4, arbitrary: fc.constantFrom(...SUBJECTS).chain(variant) },
  { weight: 4, arbitrary: fc.constantFrom(...ASPECTS).chain(variant) },
  { weight: 2, arbitrary: fc.constantFrom(...STAND_INS).chain(variant) },
  { weight: 1, arbitrary: fc.constantFrom(...NAMES, ...TRADITIONAL) },
  { weight: 1, arbitrary: fc.constantFrom(...READER_NAMES).chain(variant) },
  { weight: 4, arbitrary: fc.constantFrom(...FILLER) },
  { weight: 2, arbitrary: stretch },
);
const pieces = fc.array(piece, { maxLength: 24 });

const asHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const sync: SliceRunner = async (step) => {
  while (!step(Number.POSITIVE_INFINITY));
};
const signal = new AbortController().signal;

/** The gate on a page of these pieces, one text node each: read whole, or walked a few nodes at a time. */
function gateSays(w: World, parts: string[], walk: number | null): Promise<boolean> {
  const doc = parse(pageOf(parts.map((p) => `<span>${asHtml(p)}</span>`).join('')));
  return walk === null
    ? anchorInText(doc.body, w.anchors, signal, sync, 256, 100_000, w.terms, w.said)
    : anchorInText(doc.body, w.anchors, signal, sync, walk, 0, w.terms, w.said);
}

describe('SubjectCheck: the gate turns away a subject only where the detector finds no topic', () => {
  it('the table holds the subjects that name no topic on their own, and not the conference', () => {
    expect(Object.keys(TABLE.alone)).toEqual(expect.arrayContaining(['ai', 'chatbot', '人工智', 'model']));
    expect(TABLE.alone).not.toHaveProperty('wuzhen');
    expect(TABLE.alone.ai).toContain('ai act');
    // A name that holds an aspect is found through the aspect.
    expect(TABLE.alone.ai).not.toContain('ai governance');
  });

  it('with the reader’s own topics, a name that holds a subject counts where it is written', () => {
    expect(READERS.table.alone.ai).toContain('ai index report');
    expect(READERS.table.alone.chatbot).toContain('chatbot arena');
    expect(READERS.table.alone.人工智).toContain('人工智能研究院');
    expect(BUILT_IN.table.alone.ai).not.toContain('ai index report');
    // "AI Safety Institute" holds an aspect ("safety"): found through it, as "AI governance" is.
    expect(READERS.table.alone.ai).not.toContain('ai safety institute');
  });

  it.each([
    ['the built-in topics', BUILT_IN, 1500],
    ['the reader’s own topics beside them', READERS, 600],
  ] as const)('says yes wherever the detector finds a topic, read whole or in slices (%s)', async (_, w, numRuns) => {
    let topics = 0;
    let turnedAway = 0;
    const confirmedOnly = (text: string) => anchorInText(parse(pageOf(asHtml(text))).body, w.anchors, signal, sync, 256, 100_000, w.terms);
    await fc.assert(
      fc.asyncProperty(pieces, fc.integer({ min: 1, max: 4 }), async (parts, walk) => {
        const text = parts.join('');
        const found = w.detector.detect(text).length > 0;
        const whole = await gateSays(w, parts, null);
        if (found) {
          topics++;
          expect(whole).toBe(true);
          expect(await gateSays(w, parts, walk)).toBe(true);
        }
        // It only narrows what the anchors and the second look let through.
        if (whole) expect(await confirmedOnly(text)).toBe(true);
        else if (!found && (await confirmedOnly(text))) turnedAway++;
      }),
      { numRuns },
    );
    // Not vacuous: both sides of the check were exercised.
    expect(topics).toBeGreaterThan(numRuns / 25);
    expect(turnedAway).toBeGreaterThan(numRuns / 25);
  });
});

describe('foldNatively: the text around a subject folded in native replaces', () => {
  // Every character class terms.ts folds, its neighbours, and Chinese the table folds.
  const chars = [...'aZ09 -\t\n\'"`.,', '\u00a0', '\u00b4', '\u02bc', '\u1680', '\u2000', '\u200d', '\u200e', '\u2010', '\u2015', '\u2016', '\u2018', '\u201b', '\u201c', '\u201f', '\u2028', '\u202f', '\u2032', '\u2033', '\u205f', '\u2060', '\u2212', '\u3000', '\ufe58', '\ufe63', '\ufeff', '\uff01', '\uff02', '\uff07', '\uff0d', '\uff21', '\uff40', '\uff5e', '\uff5f', 'É', '人', '慧', '規', '网'];
  const fold = foldMapOf(TABLE.fold);
  const pattern = new RegExp(`[${String.fromCharCode(...fold.keys())}]`, 'g');

  it('folds as foldLikeKeys does, and Chinese as foldString does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (list) => {
        const text = list.join('');
        expect(foldNatively(text)).toBe(foldLikeKeys(text));
        expect(foldNatively(text, { pattern, map: fold })).toBe(foldString(foldLikeKeys(text), fold));
      }),
      { numRuns: 2000 },
    );
  });

  it('folds every UTF-16 code unit alone as foldLikeKeys does', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (foldNatively(ch) !== foldLikeKeys(ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('reads past each reach further than any anchor of what is said is long', () => {
    const lengths = [...TABLE.aspects.flatMap((a) => [...a.anchors.literals, ...a.anchors.words]), ...TABLE.standIns.literals, ...TABLE.standIns.words].map((a) => a.length);
    expect(Math.max(...lengths)).toBeLessThan(PAD);
  });
});

describe('SubjectCheck on pages as they are written', () => {
  const looks = (body: string) => anchorInText(parse(pageOf(body)).body, anchors, signal, sync, 256, 100_000, terms, said);
  const cases: Array<[string, boolean]> = [
    // A product page, a menu: "AI" said in passing.
    ['<p>The start-up sold every one of its pocket AI companions within a day.</p>', false],
    ['<nav>News · AI · Science · Reviews</nav><p>Prices rose again.</p>', false],
    ['<p>该公司的人工智能技术可以通过记忆学习新知识。</p>', false],
    // Something said of the subject, in either script, or a name that holds it.
    ['<p>Lawmakers want new rules for chatbots that talk to children.</p>', true],
    ['<p>各国正在讨论人工智能监管的方向。</p>', true],
    ['<p>各國正在討論人工智慧的監管方向。</p>', true],
    ['<p>The AI Act entered into force in August.</p>', true],
    // The gap is counted from the end of the subject's term, past its anchor ("automated"): a strong aspect, and two weak ones.
    ['<p>Automated decision-making in public hiring needs rules and safeguards, the unions say.</p>', true],
    ['<p>Automated decision-making in hiring, say the unions that spent years asking employers to explain how their screening software works, needs regulation.</p>', true],
    // A stand-in within reach after the subject carries it; past reach, nothing does.
    [`<p>AI start-ups raised money.</p><p>${'More news followed. '.repeat(40)}</p><p>The technology needs oversight, she said.</p>`, true],
    [`<p>AI start-ups raised money.</p><p>${'More news followed. '.repeat(100)}</p><p>The technology needs oversight, she said.</p>`, false],
    // An aspect only in the page's code is no aspect of its text.
    ['<p>An AI companion sold out.</p><script>var menu = "regulation";</script>', false],
  ];
  it.each(cases)('%s', async (body, expected) => {
    expect(await looks(body)).toBe(expected);
    // The detector, reading the same text (without the code, as the engine reads it), agrees wherever the gate says no.
    const doc = parse(pageOf(body));
    for (const code of doc.querySelectorAll('script')) code.remove();
    if (!expected) expect(detector.detect(doc.body.textContent ?? '')).toEqual([]);
  });

  describe('how much of the page is read at once', () => {
    // happy-dom: linkedom counts no elements, so every page looks small there.
    const page = (html: string) => {
      const doc = new Window().document;
      doc.body.innerHTML = html;
      return doc as unknown as Document;
    };
    const slicesOf = async (doc: Document) => {
      let n = 0;
      const run: SliceRunner = async (step) => {
        while (!step(Number.NEGATIVE_INFINITY)) n++;
        n++;
      };
      return { says: await anchorInText(doc.body, anchors, signal, run, 1, undefined, terms, said), slices: n };
    };
    const passing = '<p>An AI companion sold out.</p><script>var menu = "AI regulation";</script>';
    const weather = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} is about the weather.</p>`).join('');

    it('reads a small page with code again without it, in one batch, and judges its subjects there', async () => {
      expect(await slicesOf(page(passing + weather))).toEqual({ says: false, slices: 2 });
    });

    it('walks a page of few elements and long text in batches, saying yes where a window reaches a batch edge', async () => {
      // 2,000 paragraphs, 300,000 characters: past what is read whole. A batch
      // of one text node holds less than a subject's reach.
      const long = Array.from({ length: 2000 }, () => `<p>${'The weather was mild. '.repeat(7)}</p>`).join('');
      const { says, slices } = await slicesOf(page(`<p>An AI companion sold out.</p>${long}`));
      expect(says).toBe(true);
      expect(slices).toBeGreaterThan(1);
    });
  });
});
