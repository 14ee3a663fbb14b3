// 2b. Content-script cost on real pages about neither topic: saved copies of
// news and reference pages (../shared/real-pages, see its README; they are
// not copied into the project). Each is served with a CSP that lets none of
// its scripts run and loads nothing remote, so the page is its real DOM
// (inline JSON and script text included, which a raw-text scan reads) and the
// time on the tab's main thread is the extension's own. Our build, the
// floor extension (an empty content script) and the scan floor (the least
// gate that reads the text, scan-floor.ts) load each page in turn.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../test/e2e/harness/server.ts';
import type { Launched } from './chromium.ts';
import { type Figure, pairedRatio, summarize } from './stats.ts';
import { SCAN_FLOOR } from './scan-floor.ts';
import { ROOT } from './text.ts';
import { extensionCost, tracedVisit } from './trace.ts';

export const REAL_PAGES_DIR = process.env.REAL_PAGES_DIR ?? join(ROOT, '../shared/real-pages');

/** The quick run's subset: the dearest page of the first measurement, a Chinese page, a long reference page. */
export const QUICK_REAL_PAGES = ['bbc-1', 'qq', 'wikipedia'];

// Scripts and remote resources blocked; inline styles kept, so layout (which
// the engine's visible-text extraction reads) is the page's own.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const SECTION = '2. Content-script cost (Chromium)';
const BASELINE_NAME = process.env.BENCH_BASELINE_NAME ?? 'baseline';

/** Median (min–max) of a few figures, for a note. */
const fmtRange = (xs: number[]) => {
  const s = summarize(xs);
  return `median ${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
};

export type Visit = (b: Launched, url: string) => Promise<void>;

export async function benchRealPages(
  {
    withExt,
    floor,
    scanFloor,
    baseline,
  }: {
    withExt: Launched;
    floor: Launched;
    /** The least gate that reads the text (scan-floor.ts). */
    scanFloor: Launched;
    /** Another build of the extension (`--baseline=DIR`, e.g. main's), loaded in the same rotation: before/after side by side. */
    baseline: Launched | null;
  },
  opts: { reps: number; pages: string[] | null },
  visit: Visit,
  log: (s: string) => void,
): Promise<Figure[]> {
  if (!existsSync(REAL_PAGES_DIR)) {
    log(`  real pages: ${REAL_PAGES_DIR} not found, skipped (set REAL_PAGES_DIR)`);
    return [];
  }
  const all = readdirSync(REAL_PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .sort();
  const names = opts.pages ? all.filter((n) => opts.pages!.includes(n)) : all;
  const srv = await startServer(
    Object.fromEntries(names.map((n) => [`/${n}`, { body: readFileSync(join(REAL_PAGES_DIR, `${n}.html`)), headers: { 'Content-Security-Policy': CSP } }])),
  );
  const figures: Figure[] = [];
  const perPage: Array<{ name: string; minusFloor: number; ours: number; scanFloor: number }> = [];
  try {
    log(`  content script: ${names.length} real pages x${opts.reps}`);
    for (const name of names) {
      const ours: number[] = [];
      const floors: number[] = [];
      const scanFloors: number[] = [];
      const befores: number[] = [];
      const idle: number[] = [];
      const evaluate: number[] = [];
      const one = async (b: Launched) => extensionCost((await tracedVisit(b, () => visit(b, srv.url(`/${name}`)), log)).events);
      const browsers = baseline ? [withExt, floor, scanFloor, baseline] : [withExt, floor, scanFloor];
      for (let i = 0; i < opts.reps; i++) {
        // Each round starts with another browser, so a warming disk cache favours none.
        const got = new Map<Launched, Awaited<ReturnType<typeof one>>>();
        for (let k = 0; k < browsers.length; k++) {
          const b = browsers[(i + k) % browsers.length]!;
          got.set(b, await one(b));
        }
        const a = got.get(withExt)!;
        ours.push(a.totalMs);
        floors.push(got.get(floor)!.totalMs);
        scanFloors.push(got.get(scanFloor)!.totalMs);
        if (baseline) befores.push(got.get(baseline)!.totalMs);
        idle.push(a.parts.idle);
        evaluate.push(a.parts.evaluate);
      }
      const minus = summarize(ours.map((x, j) => x - floors[j]!));
      perPage.push({ name, minusFloor: minus.median, ours: summarize(ours).median, scanFloor: summarize(scanFloors).median });
      // One line per page: the loop takes most of a full run (19 pages, four browsers), and silence there looked like a hang.
      log(`    ${name}: ours ${summarize(ours).median.toFixed(2)} ms, scan floor ${summarize(scanFloors).median.toFixed(2)} ms (${perPage.length}/${names.length})`);
      figures.push({
        section: SECTION,
        name: `  real page ${name}, neither topic`,
        unit: 'ms',
        value: summarize(ours),
        ratios: [
          { baseline: 'an empty content script (the floor), same page', value: pairedRatio(ours, floors) },
          { baseline: SCAN_FLOOR, value: pairedRatio(ours, scanFloors) },
          ...(baseline ? [{ baseline: `the baseline build (${BASELINE_NAME}), same page`, value: pairedRatio(ours, befores) }] : []),
        ],
        note:
          `ours minus floor ${minus.median.toFixed(1)} ms median of pair differences; floor ${summarize(floors).median.toFixed(2)} ms; scan floor ${summarize(scanFloors).median.toFixed(2)} ms; ` +
          (baseline ? `baseline build ${summarize(befores).median.toFixed(1)} ms; ` : '') +
          `medians: evaluating content.js ${summarize(evaluate).median.toFixed(1)}, idle callbacks ${summarize(idle).median.toFixed(1)} ms`,
      });
    }
  } finally {
    await srv.close();
  }
  if (perPage.length) {
    const worst = perPage.reduce((w, p) => (p.ours > w.ours ? p : w));
    const all = summarize(perPage.map((p) => p.ours));
    figures.unshift({
      section: SECTION,
      name: `extension main-thread time, ${perPage.length} real pages, neither topic`,
      unit: 'ms',
      value: all,
      target: { text: '≤ 2 ms, dearest page', pass: all.max <= 2 },
      note:
        `median and min–max over the pages of each page's median (${opts.reps} loads); dearest ${worst.name} ${worst.ours.toFixed(1)} ms; ` +
        `ours minus floor, median over pages ${summarize(perPage.map((p) => p.minusFloor)).median.toFixed(1)} ms; ` +
        `the scan floor's page medians ${fmtRange(perPage.map((p) => p.scanFloor))} ms (on ${worst.name}: ${worst.scanFloor.toFixed(1)}); served with CSP "${CSP}"`,
    });
  }
  return figures;
}
