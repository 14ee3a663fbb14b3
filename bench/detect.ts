// 1. Detection throughput of the core detector against the floor it is
// designed to approach: one String#indexOf pass over the same text.

import { WordAnchorScanner } from '../core/anchors.ts';
import { Detector } from '../core/detect.ts';
import { builtInDetectorPlan } from '../scripts/built-in-plans.ts';
import { type Figure, callsFor, pairedRatio, summarize, timePerCall } from './stats.ts';
import { PROSE_DESCRIPTION, newsText } from './text.ts';

export interface DetectOptions {
  /** Text sizes in bytes of UTF-8. */
  sizes: number[];
  /** Interleaved detector/indexOf sample pairs per size. */
  pairs: number;
  /** Each sample repeats the call until it lasts this long. */
  minSampleMs: number;
}

const BASELINE = 'World Internet Conference';
const SPREAD = 'governance';

/** Every occurrence of `term`: one full pass, like the detector's (stopping at the first would not be). */
function indexOfPass(text: string, term: string): number {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

export const sizeLabel = (bytes: number): string =>
  bytes >= 1e6 ? `${bytes / 1e6} MB` : bytes >= 1e3 ? `${bytes / 1e3} KB` : `${bytes} B`;

export function benchDetect(opts: DetectOptions): Figure[] {
  const detector = new Detector(builtInDetectorPlan());
  const figures: Figure[] = [];
  for (const bytes of opts.sizes) {
    const text = newsText(bytes);
    const runs = {
      detect: () => detector.detect(text),
      base: () => indexOfPass(text, BASELINE),
      spread: () => indexOfPass(text, SPREAD),
    };
    // Warm up: let V8 optimise all three before any sample counts.
    for (const fn of Object.values(runs)) timePerCall(fn, callsFor(fn, 100));
    const calls = Object.fromEntries(Object.entries(runs).map(([k, fn]) => [k, callsFor(fn, opts.minSampleMs)])) as Record<keyof typeof runs, number>;
    const ms: Record<keyof typeof runs, number[]> = { detect: [], base: [], spread: [] };
    for (let i = 0; i < opts.pairs; i++) {
      // ABAB, alternating which goes first, so drift on a shared machine hits both.
      const order: Array<keyof typeof runs> = i % 2 ? ['spread', 'base', 'detect'] : ['detect', 'base', 'spread'];
      for (const k of order) ms[k].push(timePerCall(runs[k], calls[k]));
    }
    // Where the time goes: the word pass (Wu-Manber), then all anchors (word
    // pass plus, for literal anchors, fullwidth folding and one indexOf pass
    // each); the rest is windows, trie walk and topic rules.
    const words = new WordAnchorScanner(detector.plan.scanner.anchors.words);
    const split = {
      words: () => words.scan(text, () => {}),
      anchors: () => detector.scanner.anchors.scan(text, () => {}),
    };
    const splitMs = Object.fromEntries(
      Object.entries(split).map(([k, fn]) => {
        const n = callsFor(fn, opts.minSampleMs);
        return [k, summarize(Array.from({ length: 3 }, () => timePerCall(fn, n))).median];
      }),
    ) as Record<keyof typeof split, number>;
    const mbps = (xs: number[]) => xs.map((t) => bytes / 1e6 / (t / 1000));
    const found = detector.detect(text).reduce((n, t) => n + t.mentions.length, 0);
    const ratio = pairedRatio(ms.detect, ms.base);
    figures.push({
      section: '1. Detection throughput',
      name: `detect ${sizeLabel(bytes)}`,
      unit: 'MB/s',
      value: summarize(mbps(ms.detect)),
      ratios: [
        { baseline: `indexOf("${BASELINE}")`, value: ratio },
        { baseline: `indexOf("${SPREAD}")`, value: pairedRatio(ms.detect, ms.spread) },
      ],
      target: { text: '≤ 3× indexOf', pass: ratio.median <= 3 },
      note:
        `${found} mentions; indexOf floors ${summarize(mbps(ms.base)).median.toFixed(0)} and ${summarize(mbps(ms.spread)).median.toFixed(0)} MB/s; ` +
        `of ${summarize(ms.detect).median.toFixed(3)} ms: word-anchor pass ${splitMs.words.toFixed(3)}, ` +
        `${detector.plan.scanner.anchors.literals.length} literal anchors (fullwidth folding + indexOf passes) ${(splitMs.anchors - splitMs.words).toFixed(3)} ms`,
    });
  }
  return figures;
}

export const DETECT_TEXT = PROSE_DESCRIPTION;
