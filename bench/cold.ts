// The service worker's cold start in Chromium: the browser stops the
// extension's worker, a page about the conference opens, and the trace of
// the worker thread says how long it took from the worker's start to the
// answer of the first rank request. Optionally beside another build of the
// extension (`--cold-baseline=DIR`, e.g. main's .output/chrome-mv3), in a
// second browser, the two alternating run by run: a side-by-side ratio.

import { startServer } from '../test/e2e/harness/server.ts';
import { type Launched, launch, sleep, stopWorker } from './chromium.ts';
import { topicPage } from './pages.ts';
import { type Figure, pairedRatio, summarize } from './stats.ts';
import { coldStart, traced } from './trace.ts';

export interface ColdOptions {
  extensionDir: string;
  /** Another build to measure beside it. */
  baselineDir?: string;
  /** Stopped-worker starts per build. */
  coldRuns: number;
}

type Cold = ReturnType<typeof coldStart>;

/** One cold start: stop the worker, open the page, trace until the answer has long come. */
async function once(b: Launched, url: string): Promise<Cold> {
  await stopWorker(b);
  const { events } = await traced(b.cdp, async () => {
    const page = await b.context.newPage();
    await page.goto(url);
    await sleep(3000);
    await page.close();
  });
  return coldStart(events);
}

/**
 * A browser's cold-start figure (target <= 50 ms) and, when another build ran
 * beside it, that build's row: one shape for Chromium and Firefox.
 */
export function coldFigures(o: {
  name: string;
  ours: number[];
  baseline: { dir: string; runs: number[]; name: string } | null;
  note: string;
  baselineNote: string;
}): Figure[] {
  const cold = summarize(o.ours);
  const figures: Figure[] = [
    {
      section: '4. Ranking (Node)',
      name: o.name,
      unit: 'ms',
      value: cold,
      target: { text: '≤ 50 ms', pass: cold.median <= 50 },
      ...(o.baseline
        ? { ratios: [{ baseline: `the build in ${o.baseline.dir}, same runs alternating`, value: pairedRatio(o.ours, o.baseline.runs) }] }
        : {}),
      note: o.note,
    },
  ];
  if (o.baseline) {
    figures.push({ section: '4. Ranking (Node)', name: o.baseline.name, unit: 'ms', value: summarize(o.baseline.runs), note: o.baselineNote });
  }
  return figures;
}

export async function benchCold(opts: ColdOptions, log: (s: string) => void): Promise<Figure[]> {
  const srv = await startServer({ '/topic': { body: topicPage() } });
  const url = srv.url('/topic');
  const ours = await launch(opts.extensionDir);
  const base = opts.baselineDir ? await launch(opts.baselineDir) : null;
  try {
    // Warm-up: the first load pays for the disk cache and compiling the page.
    for (const b of [ours, base]) if (b) await once(b, url);
    log(`  cold start x${opts.coldRuns}${base ? ', beside the baseline build' : ''}`);
    const a: Cold[] = [];
    const z: Cold[] = [];
    for (let i = 0; i < opts.coldRuns; i++) {
      // Which build goes first alternates, so neither always meets a warmer machine.
      if (base && i % 2) z.push(await once(base, url));
      a.push(await once(ours, url));
      if (base && !(i % 2)) z.push(await once(base, url));
    }
    const med = (xs: Cold[], k: keyof Cold) => summarize(xs.map((c) => c[k])).median.toFixed(1);
    const breakdown = (xs: Cold[]) =>
      `start-up to background.js evaluated ${med(xs, 'startupMs')}, first request to answer ${med(xs, 'firstRankMs')} ms ` +
      `(detect, open the corpus, rank); to the end of the worker's last script work (the page's report, the badge) ` +
      `${med(xs, 'toLastWorkMs')} ms; whole span incl. waiting for the page's request ${med(xs, 'spanMs')} ms`;
    const figures = coldFigures({
      name: 'cold start in Chromium: worker start-up + first rank',
      ours: a.map((c) => c.coldMs),
      baseline: base ? { dir: opts.baselineDir!, runs: z.map((c) => c.coldMs), name: '  the baseline build, same runs' } : null,
      note: `traced on the worker thread, the answer at the background's first-answer mark; medians: ${breakdown(a)}`,
      baselineNote: base ? `medians: ${breakdown(z)}` : '',
    });
    // On a shared machine the wall clock above also counts the worker's waits
    // for a core; its thread time does not.
    figures.push({
      section: '4. Ranking (Node)',
      name: '  the worker thread\'s CPU time over the span, same runs',
      unit: 'ms',
      value: summarize(a.map((c) => c.cpuMs)),
      ...(base
        ? { ratios: [{ baseline: `the build in ${opts.baselineDir}, same runs`, value: pairedRatio(a.map((c) => c.cpuMs), z.map((c) => c.cpuMs)) }] }
        : {}),
      note: base
        ? `the baseline build: ${summarize(z.map((c) => c.cpuMs)).median.toFixed(1)} ms median`
        : "thread time of the outermost tasks, start to the worker's last script work",
    });
    return figures;
  } finally {
    await ours.close();
    await base?.close();
    await srv.close();
  }
}
