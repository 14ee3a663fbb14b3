// The background's cold start in Firefox. Its MV2 background page is
// persistent, so "cold" is the add-on starting: here, the temporary add-on
// installed again from the same directory (an update: the page starts anew,
// storage stays), then a page about the conference opens in a new tab. The
// background leaves three performance marks on its page's timeline
// (entrypoints/background/cold-marks.ts), read through an extension page:
// start-up = page start to script evaluated; first answer = the page's first
// request to the rank answer. As in Chromium, the wait between the two (the
// tab loading and scanning) is left out; span is page start to answer.
// Optionally beside another build that leaves the same marks
// (`--cold-baseline-firefox=DIR`), in a second browser, alternating run by run.

import { launchFirefox } from '../test/e2e/harness/firefox.ts';
import { startServer } from '../test/e2e/harness/server.ts';
import { topicPage } from './pages.ts';
import { coldFigures } from './cold.ts';
import { type Figure, summarize } from './stats.ts';

interface Marks {
  started: number;
  request: number;
  answer: number;
}

export interface FirefoxColdOptions {
  extensionDir: string;
  /** Another Firefox build with the same marks, measured beside it. */
  baselineDir?: string;
  coldRuns: number;
}

type Harness = Awaited<ReturnType<typeof launchFirefox>>;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The marks of the background page now running, once it has answered. */
const marksOf = (h: Harness) =>
  h.extensionEval((api) => {
    const page = (api as unknown as { extension: { getBackgroundPage(): Window | null } }).extension.getBackgroundPage();
    const at = (name: string) => page?.performance.getEntriesByName(`related-coverage:${name}`)[0]?.startTime;
    const [started, request, answer] = [at('started'), at('first-request'), at('first-answer')];
    return started === undefined || request === undefined || answer === undefined ? null : { started, request, answer };
  });

/** One cold start: the add-on installed again, a topic page opened, until the background has answered it. */
async function once(h: Harness, url: string): Promise<Marks> {
  await h.reloadExtension();
  const tab = await h.openTab(url);
  try {
    for (let i = 0; i < 400; i++) {
      const m = await marksOf(h).catch(() => null);
      if (m) return m;
      await sleep(50);
    }
    throw new Error('Firefox cold start: the background never answered the page (no first-answer mark in 20 s)');
  } finally {
    await tab.close();
  }
}

const coldMs = (m: Marks) => m.started + (m.answer - m.request);

export async function benchColdFirefox(opts: FirefoxColdOptions, log: (s: string) => void): Promise<Figure[]> {
  const srv = await startServer({ '/topic': { body: topicPage() } });
  const url = srv.url('/topic');
  const ours = await launchFirefox({ extensionDir: opts.extensionDir });
  const base = opts.baselineDir ? await launchFirefox({ extensionDir: opts.baselineDir }) : null;
  try {
    // Warm-up: the disk cache, and the reader's store found empty once.
    for (const h of [ours, base]) if (h) await once(h, url);
    log(`  Firefox cold start x${opts.coldRuns} (add-on installed again, then a topic page)${base ? ', beside the baseline build' : ''}`);
    const a: Marks[] = [];
    const z: Marks[] = [];
    for (let i = 0; i < opts.coldRuns; i++) {
      if (base && i % 2) z.push(await once(base, url));
      a.push(await once(ours, url));
      if (base && !(i % 2)) z.push(await once(base, url));
    }
    const med = (xs: Marks[], f: (m: Marks) => number) => summarize(xs.map(f)).median.toFixed(1);
    const breakdown = (xs: Marks[]) =>
      `page start to background.js evaluated ${med(xs, (m) => m.started)}, first request to answer ${med(xs, (m) => m.answer - m.request)} ms; ` +
      `whole span incl. the tab loading ${med(xs, (m) => m.answer)} ms`;
    return coldFigures({
      name: 'cold start in Firefox: background start-up + first rank',
      ours: a.map(coldMs),
      baseline: base ? { dir: opts.baselineDir!, runs: z.map(coldMs), name: '  the baseline build in Firefox, same runs' } : null,
      note: `${ours.browserVersion}; the background page's own performance marks (wall clock, 1 ms steps), the add-on installed again each run; medians: ${breakdown(a)}`,
      baselineNote: base ? `medians: ${breakdown(z)}` : '',
    });
  } finally {
    await ours.close();
    await base?.close();
    await srv.close();
  }
}
