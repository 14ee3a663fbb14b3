// The gate's sliced read of the raw page text against the naive reference:
// one AnchorScanner.any over the body's whole textContent. Random bodies are
// built from text nodes that hold anchors whole, anchors cut across nodes,
// look-alikes and filler; the slice runner here is synchronous and looks at
// the clock after every node or every few, with a deadline always past, so
// slices end everywhere an anchor could be cut. Both reads are checked: the
// walk, and the whole textContent that a page of few elements gets.

import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { anchorTermsOf } from '../../../core/anchor-confirm.ts';
import { AnchorScanner } from '../../../core/anchors.ts';
import { builtInDetectorPlan } from '../../../scripts/built-in-plans.ts';
import { CARRY, type SliceRunner, WHOLE_UP_TO_ELEMENTS, anchorInText } from '../../../shared/raw-text-anchors.ts';
import { pageOf, parse } from './helpers.ts';

const plan = builtInDetectorPlan();
const anchors = new AnchorScanner(plan.scanner.anchors);
const terms = anchorTermsOf(plan);

/** Every step gets a deadline already past; counts the slices. */
function pastDeadlines(): { run: SliceRunner; slices: () => number } {
  let n = 0;
  return {
    run: async (step) => {
      while (!step(-Infinity)) n++;
      n++;
    },
    slices: () => n,
  };
}

const PIECES = [
  'Wuzhen',
  'x',
  'WIC ',
  'World Internet Conference',
  'Wuzhen Summit',
  'AI governance',
  '世界互联网大会',
  '乌镇峰会',
  '人工智能治理',
  'WIC',
  'the governance of water',
  'AIR quality',
  'machine',
  'machine learning',
  'a jobs machine. ',
  'frontier model',
  'Model S ',
  'Wuzhenx',
  'said on Tuesday. ',
  'markets rose ',
  '经济新闻',
  ' ',
  '\n',
];

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Text split into nodes at random points, some wrapped in inline elements. */
const body = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 12 })
  .chain((pieces) => {
    const text = pieces.join('');
    return fc.tuple(fc.constant(text), fc.uniqueArray(fc.nat({ max: Math.max(text.length, 1) }), { maxLength: 10 }), fc.array(fc.boolean(), { maxLength: 11 }));
  })
  .map(([text, cuts, wrap]) => {
    const points = [0, ...cuts.filter((c) => c > 0 && c < text.length).sort((a, b) => a - b), text.length];
    const nodes: string[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const piece = escapeHtml(text.slice(points[i], points[i + 1]));
      nodes.push(wrap[i] ? `<b>${piece}</b>` : piece);
    }
    return nodes.join('<!---->');
  });

describe('anchorInText: the raw text read in slices', () => {
  it('finds an anchor exactly when the whole textContent has one, wherever the slices end', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.integer({ min: 1, max: 4 }), fc.constantFrom(0, WHOLE_UP_TO_ELEMENTS), async (html, perCheck, wholeUpTo) => {
        const doc = parse(pageOf(html));
        const expected = anchors.any(doc.body.textContent ?? '');
        const { run } = pastDeadlines();
        expect(await anchorInText(doc.body, anchors, new AbortController().signal, run, perCheck, wholeUpTo)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('with the second look at anchor words, says what one read of the whole text says, wherever the slices end', async () => {
    // linkedom counts no elements, so wholeUpTo > 0 always reads the text whole: the reference.
    await fc.assert(
      fc.asyncProperty(body, fc.integer({ min: 1, max: 4 }), async (html, perCheck) => {
        const doc = parse(pageOf(html));
        const signal = new AbortController().signal;
        const whole = await anchorInText(doc.body, anchors, signal, pastDeadlines().run, perCheck, WHOLE_UP_TO_ELEMENTS, terms);
        expect(await anchorInText(doc.body, anchors, signal, pastDeadlines().run, perCheck, 0, terms)).toBe(whole);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a long page in many slices and still finds an anchor cut across two of them', async () => {
    const filler = Array.from({ length: 300 }, (_, i) => `<p>paragraph ${i} about the weather.</p>`).join('');
    const doc = parse(pageOf(`${filler}<p>the World Internet </p><p>Conference opened</p>${filler}`));
    const probe = pastDeadlines();
    expect(await anchorInText(doc.body, anchors, new AbortController().signal, probe.run, 1, 0)).toBe(true);
    expect(probe.slices()).toBeGreaterThan(300);
  });

  it('reads a typical page whole, in one slice, and walks one with more elements than that', async () => {
    // happy-dom: linkedom counts no elements for getElementsByTagName('*').
    const page = (n: number, tail: string) => {
      const doc = new Window().document;
      doc.body.innerHTML = Array.from({ length: n }, (_, i) => `<p>paragraph ${i} about the weather.</p>`).join('') + tail;
      return doc as unknown as Document;
    };
    for (const tail of ['<p>the World Internet </p><p>Conference opened</p>', '<p>markets rose on Tuesday</p>']) {
      const expected = tail.includes('World');
      const small = pastDeadlines();
      expect(await anchorInText(page(500, tail).body, anchors, new AbortController().signal, small.run, 1)).toBe(expected);
      expect(small.slices()).toBe(1);
      const large = pastDeadlines();
      expect(await anchorInText(page(WHOLE_UP_TO_ELEMENTS, tail).body, anchors, new AbortController().signal, large.run, 1)).toBe(expected);
      expect(large.slices()).toBeGreaterThan(WHOLE_UP_TO_ELEMENTS);
    }
  });

  it('walks a page of few elements whose text is too long to scan in one slice', async () => {
    const long = 'the weather was fine. '.repeat(20_000);
    const doc = parse(pageOf(`<pre>${long}</pre><p>the World Internet </p><p>Conference opened</p>`));
    const probe = pastDeadlines();
    expect(await anchorInText(doc.body, anchors, new AbortController().signal, probe.run, 1)).toBe(true);
    expect(probe.slices()).toBeGreaterThan(2);
  });

  it('carries more than the longest anchor from one slice to the next', () => {
    const longest = Math.max(...[...anchors.set.words, ...anchors.set.literals].map((a) => a.length));
    expect(CARRY).toBeGreaterThan(longest * 4);
  });

  it('ends each slice by its deadline, the scan of what it read included', async () => {
    // A clock of our own: reading costs 0.01 ms a clock check (one node
    // here), scanning 0.002 ms a character. A slice that read up to its
    // deadline and scanned after it would end 2-3 ms late.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 0.01));
    try {
      const slow: Pick<AnchorScanner, 'scan'> = {
        scan: (text, hit) => {
          now += text.length * 0.002;
          return anchors.scan(text, hit);
        },
      };
      const filler = Array.from({ length: 4000 }, (_, i) => `<p>paragraph ${i} about the weather.</p>`).join('');
      const doc = parse(pageOf(`${filler}<p>the World Internet Conference opened</p>`));
      const late: number[] = [];
      const run: SliceRunner = async (step) => {
        for (;;) {
          const deadline = now + 5;
          const done = step(deadline);
          late.push(now - deadline);
          if (done) return;
        }
      };
      expect(await anchorInText(doc.body, slow, new AbortController().signal, run, 1, 0)).toBe(true);
      expect(late.length).toBeGreaterThan(10);
      // The first slice reads for half its time; the others learn from the one before.
      expect(Math.max(...late)).toBeLessThan(0.5);
    } finally {
      clock.mockRestore();
    }
  });

  it('gives up when the page is left (aborted), without reading on', async () => {
    const doc = parse(pageOf('<p>World Internet Conference</p>'));
    const ac = new AbortController();
    ac.abort(new Error('left'));
    const run: SliceRunner = async (_step, signal) => {
      if (signal.aborted) throw signal.reason;
    };
    await expect(anchorInText(doc.body, anchors, ac.signal, run)).rejects.toThrow('left');
  });
});
