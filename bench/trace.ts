// What a CDP trace says the extension cost: the content script's main-thread
// time on a tab, split by kind, and the service worker's cold start.

import type { CDPSession } from 'playwright-core';
import type { Launched } from './chromium.ts';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, where the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; fileName?: string; name?: string; chrome_mojo_event_info?: { mojo_interface_tag?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'];

// A trace that never completes would hang the run with nothing said (a full
// run once stopped for 40 minutes in the real-pages loop, load near 0): every
// wait here has a limit and fails with what it was waiting for.
const TRACE_STEP_MS = 60_000;

/** `p`, or an error naming `what` once `ms` have passed. */
export function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: ${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export async function traced<T>(cdp: CDPSession, body: () => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => {
    for (const x of e.value) events.push(x as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  try {
    await within(
      cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' }),
      TRACE_STEP_MS,
      'Tracing.start',
    );
    let result: T;
    try {
      result = await within(body(), 3 * TRACE_STEP_MS, 'the traced page visit');
    } finally {
      const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await within(cdp.send('Tracing.end'), TRACE_STEP_MS, 'Tracing.end');
      await within(done, TRACE_STEP_MS, 'Tracing.tracingComplete after Tracing.end');
    }
    return { events, result };
  } finally {
    cdp.off('Tracing.dataCollected', onData);
  }
}

/**
 * `traced` on a browser's own session, tried once more on a fresh session if
 * a step does not finish: one stuck trace costs a minute and a line in the
 * log instead of the run. A second failure ends the run with its error.
 */
export async function tracedVisit<T>(b: Launched, body: () => Promise<T>, log: (s: string) => void): Promise<{ events: TraceEvent[]; result: T }> {
  try {
    return await traced(b.cdp, body);
  } catch (e) {
    log(`  ${(e as Error).message}; retrying once on a fresh CDP session`);
    await b.renewCdp();
    return traced(b.cdp, body);
  }
}

// Any script of an extension: content.js and every chunk it loads (the gate's
// settings code, the engine, the sidebar's code and the chunks they share).
// Only extensions run chrome-extension:// scripts in a web page's renderer.
const EXT_SCRIPT = /^chrome-extension:\/\/[^/]+\/.+\.js$/;
const urlOf = (e: TraceEvent): string => String(e.args?.data?.url ?? e.args?.fileName ?? '');
// Events that run a script or one JS function and carry its URL.
const SCRIPT = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run', 'FunctionCall']);
// Callbacks that hold one function call: attributed whole when that call is
// ours, so the microtasks it runs at its end (awaited continuations) count too.
const CALLBACK = new Set(['v8.callFunction', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame']);
// The callbacks a page schedules (setTimeout, requestIdleCallback, requestAnimationFrame).
const PAGE_CALLBACK = new Set(['TimerFire', 'FireIdleCallback', 'FireAnimationFrame']);
// Anything that means "some script is running": a microtask checkpoint inside
// one belongs to that script, not necessarily to us.
const JS = new Set([...SCRIPT, ...CALLBACK, 'EventDispatch', 'ParseHTML', 'XHRReadyStateChange']);

export interface ExtensionCost {
  /** Extension main-thread ms (union of attributed events). */
  totalMs: number;
  /** The part before the worker received 'rank' (null when no rank was seen). */
  untilRankMs: number | null;
  /** The part of that from engine.js's first script event (compiling or running it) on: what the hit costs once the gate hands over. */
  engineUntilRankMs: number | null;
  /** The most extension time inside one task, and that task's length. */
  longestMs: number;
  longestTaskMs: number;
  /** Where the total goes: evaluating content.js, idle callbacks (the scan), timers, microtask continuations, the rest. */
  parts: Record<Part, number>;
}

export type Part = 'evaluate' | 'idle' | 'timer' | 'microtasks' | 'other';
const PART_OF: Record<string, Part> = { EvaluateScript: 'evaluate', FireIdleCallback: 'idle', TimerFire: 'timer', RunMicrotasks: 'microtasks' };

/**
 * Main-thread time of the content script (and the sidebar code it loads) in
 * the tab's renderer. Attributed: script evaluation and function calls whose
 * URL is ours; the idle callbacks, timers and frame callbacks that call them
 * (with the microtasks they run), and every such callback after ours
 * started; and the microtask checkpoints that run outside any script after
 * ours started. The last two rules are what catch our awaited continuations
 * (extension API replies and timers that resolve a promise run our code
 * without a FunctionCall event); they hold because the bench pages' own
 * scripts are synchronous and done before the content script starts. Nested
 * events count once (union).
 */
export function extensionCost(events: TraceEvent[]): ExtensionCost {
  const first = events.find((e) => e.name === 'EvaluateScript' && EXT_SCRIPT.test(urlOf(e)) && urlOf(e).endsWith('content.js'));
  if (!first) throw new Error('the trace has no evaluation of the content script: did it run?');
  const main = events
    .filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const parent: number[] = [];
  const stack: number[] = [];
  main.forEach((e, i) => {
    while (stack.length && main[stack[stack.length - 1]!]!.ts + main[stack[stack.length - 1]!]!.dur! <= e.ts) stack.pop();
    parent.push(stack.length ? stack[stack.length - 1]! : -1);
    stack.push(i);
  });
  const ours = new Set<number>();
  const kinds = new Map<number, Part>();
  main.forEach((e, i) => {
    // A timer, idle or frame callback once ours started is ours: the bench's
    // pages run none of their own (their scripts are synchronous; the real
    // pages' are blocked by CSP), and one of ours may hold no event that
    // names our URL: a timer that resolves a promise runs our continuation in
    // its microtasks (the sidebar's first Intl formatter, 10-24 ms on the big
    // page, was counted as nobody's that way).
    if (PAGE_CALLBACK.has(e.name) && e.ts >= first.ts) {
      ours.add(i);
      kinds.set(i, PART_OF[e.name] ?? 'other');
      return;
    }
    if (SCRIPT.has(e.name) && EXT_SCRIPT.test(urlOf(e))) {
      let top = i;
      while (parent[top]! >= 0 && CALLBACK.has(main[parent[top]!]!.name)) top = parent[top]!;
      ours.add(top);
      kinds.set(top, PART_OF[main[top]!.name] ?? 'other');
    } else if (e.name === 'RunMicrotasks' && e.ts >= first.ts) {
      for (let p = parent[i]!; p >= 0; p = parent[p]!) if (JS.has(main[p]!.name)) return;
      ours.add(i);
      kinds.set(i, 'microtasks');
    }
  });
  // Union of intervals: nested or overlapping events count once.
  const spans = [...ours].map((i) => [main[i]!.ts, main[i]!.ts + main[i]!.dur!, i] as const).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number, number]> = [];
  for (const [s, e, i] of spans) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e, i]);
  }
  const sum = (xs: Array<[number, number, number]>) => xs.reduce((n, [s, e]) => n + (e - s), 0) / 1000;
  const parts = Object.fromEntries(
    (['evaluate', 'idle', 'timer', 'microtasks', 'other'] as const).map((k) => [k, sum(merged.filter(([, , i]) => kinds.get(i) === k))]),
  ) as Record<Part, number>;
  const rank = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench:rank-received');
  const untilRankMs = rank ? sum(merged.filter(([s]) => s < rank.ts).map(([s, e, i]) => [s, Math.min(e, rank.ts), i])) : null;
  const engine = main.find((e) => SCRIPT.has(e.name) && urlOf(e).endsWith('/engine.js'));
  const engineUntilRankMs =
    rank && engine
      ? sum(merged.filter(([s, e]) => s < rank.ts && e > engine.ts).map(([s, e, i]) => [Math.max(s, engine.ts), Math.min(e, rank.ts), i]))
      : null;
  // Tasks: the outermost events of the thread.
  let longestMs = 0;
  let longestTaskMs = 0;
  main.forEach((task, i) => {
    if (parent[i] !== -1) return;
    const end = task.ts + task.dur!;
    const inside = merged.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, end) - Math.max(s, task.ts)), 0) / 1000;
    if (inside > longestMs) {
      longestMs = inside;
      longestTaskMs = task.dur! / 1000;
    }
  });
  return { totalMs: sum(merged), untilRankMs, engineUntilRankMs, longestMs, longestTaskMs, parts };
}

/**
 * The worker's cold start in one trace, on its (new) thread, the service
 * worker thread that evaluated the extension's background.js:
 * - start-up: first event on the thread to the end of evaluating background.js;
 * - first answer: from the start of the task that received the page's first
 *   runtime message (extensions.mojom.MessagePort: the page's detect request,
 *   after which it asks for passages) to the background's own mark of its
 *   first answer (`related-coverage:first-answer`, entrypoints/background/
 *   cold-marks.ts, also what Firefox's figure reads); in a build without the
 *   mark, to the end of the last script work.
 * The worker is woken by that message. Any wait between start-up and that
 * task is not the worker's cost, so `coldMs` is start-up + first answer and
 * `spanMs` the whole span, wait included. `toLastWorkMs` runs on to the end
 * of the worker's last script work (what the page sends after the answer:
 * its report, and the badge). `cpuMs` is the thread's CPU time over the
 * whole span, to that last work (the outermost tasks' thread time): what the
 * worker itself did, which a busy machine's waits for a core do not inflate.
 * Found without the corpus fetch, so it reads builds that fetch the bundled
 * corpus and builds that carry it.
 */
export function coldStart(events: TraceEvent[]): {
  coldMs: number;
  startupMs: number;
  firstRankMs: number;
  toLastWorkMs: number;
  spanMs: number;
  cpuMs: number;
} {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const evaluate = events.find(
    (e) => e.name === 'EvaluateScript' && /^chrome-extension:\/\/[^/]+\/background\.js$/.test(urlOf(e)) && /ServiceWorker/.test(names.get(key(e)) ?? ''),
  );
  if (!evaluate) throw new Error('cold start: no service worker evaluated background.js in the trace (was the worker stopped?)');
  const thread = events.filter((e) => key(e) === key(evaluate) && e.ph !== 'M').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const start = thread[0]!.ts;
  const evaluated = evaluate.ts + evaluate.dur!;
  const message = thread.find((e) => e.ts >= evaluated && e.name === 'Receive mojo message' && mojoTag(e) === 'extensions.mojom.MessagePort');
  if (!message) throw new Error('cold start: the worker received no runtime message after start-up');
  const task = thread.filter((e) => e.ph === 'X' && e.ts <= message.ts && e.ts + e.dur! >= message.ts)[0]!;
  const work = thread.filter((e) => e.ph === 'X' && (JS.has(e.name) || e.name === 'RunMicrotasks'));
  const end = Math.max(...work.map((e) => e.ts + e.dur!));
  const answered = thread.find((e) => e.name === 'related-coverage:first-answer')?.ts ?? end;
  const startupMs = (evaluated - start) / 1000;
  const firstRankMs = (answered - task.ts) / 1000;
  let cpu = 0;
  let outerEnd = -Infinity;
  for (const e of thread) {
    if (e.ph !== 'X' || e.ts >= end) continue;
    if (e.ts < outerEnd) continue; // nested in the task counted already
    outerEnd = e.ts + e.dur!;
    // Chromium leaves out the thread time of the shortest tasks (a few µs): their wall time stands in.
    cpu += e.tdur ?? e.dur!;
  }
  return {
    coldMs: startupMs + firstRankMs,
    startupMs,
    firstRankMs,
    toLastWorkMs: (end - task.ts) / 1000,
    spanMs: (end - start) / 1000,
    cpuMs: cpu / 1000,
  };
}

const mojoTag = (e: TraceEvent): string => e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '';
