// What a Chromium trace says about long tasks the extension started on a page
// (test/e2e/hostile-documents.test.ts).

import { writeFileSync } from 'node:fs';
import type { ChromiumHarness } from '../harness/index.ts';

/** A Chromium trace's verdict on long tasks, see {@link traceLongTasks}. */
export interface LongTaskReport {
  /**
   * Tasks of 50 ms or more on a renderer's main thread that the extension started:
   * the first script they ran was ours (an idle callback, a timer, an observer, an
   * animation frame), so their whole duration, microtasks and the style, layout and
   * paint it caused in the same task included, is ours. Judged on the main
   * thread's own time in the task (the trace's thread duration): on a shared
   * two-core machine, wall time also counts the moments the thread was not
   * running at all, or was parked waiting for the compositor to take a frame
   * of a 5 MB page, and a 45 ms frame once read 60 ms.
   */
  ours: Array<{ ms: number; cpuMs: number; what: string }>;
  /** Every task of 50 ms or more, ours or not, with what it mostly did. */
  all: Array<{ ms: number; first: string; what: string }>;
  /** How many script calls of the extension the trace saw (0 means it saw nothing of us). */
  extensionCalls: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: how long the thread actually ran. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; stackTrace?: Array<{ url?: string }> } };
}

/**
 * Runs `work` while Chromium records a trace of every renderer, then finds the
 * long tasks the extension started. Script calls carry their script's URL; ours
 * are chrome-extension:// URLs (the sidebar's per-session address included), which
 * no page script has. The work a call leads to inside the same task (microtasks,
 * forced or following layout) carries no URL, hence "the task's first script call".
 */
export async function traceLongTasks(h: ChromiumHarness, work: () => Promise<void>): Promise<LongTaskReport> {
  const browser = h.context.browser();
  if (!browser) throw new Error('no Browser for tracing');
  // No page given: the trace covers every renderer of the browser.
  await browser.startTracing(undefined, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', '__metadata'],
  });
  let buffer: Buffer;
  try {
    await work();
  } finally {
    buffer = await browser.stopTracing();
  }
  if (process.env.E2E_SAVE_TRACE) writeFileSync(process.env.E2E_SAVE_TRACE, buffer);
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = traceEvents.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
  const isOurs = (e: TraceEvent) => urlOf(e).startsWith('chrome-extension://');
  const calls = onMain.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && urlOf(e) !== '');
  const short = (e: TraceEvent) => `${e.name}${urlOf(e) ? ` ${urlOf(e).replace(/^chrome-extension:\/\/[^/]+/, 'ext:')}` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}ms`;
  const all = onMain
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 50_000)
    .map((t) => {
      const within = (e: TraceEvent) => e !== t && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0);
      const first = calls.find(within);
      // The biggest pieces of work in the task, to say what it was.
      const what = onMain
        .filter((e) => within(e) && !/RunTask$/.test(e.name))
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 4)
        .map(short)
        .join('; ');
      const cpuMs = Math.round((t.tdur ?? t.dur ?? 0) / 100) / 10;
      return { ms: Math.round((t.dur ?? 0) / 100) / 10, cpuMs, first: first ? short(first) : '(no script)', ours: !!first && isOurs(first), what };
    });
  return {
    ours: all.filter((t) => t.ours && t.cpuMs >= 50).map(({ ms, cpuMs, first, what }) => ({ ms, cpuMs, what: `${first}: ${what}` })),
    all: all.map(({ ms, cpuMs, first, what }) => ({ ms, cpuMs, first, what })),
    extensionCalls: calls.filter(isOurs).length,
  };
}
