// Firefox only: which tasks on a tab's main thread ran the extension's code,
// and how long they held the thread, read from the Gecko profiler (started
// in the browser's privileged chrome scope). A page's own timer cannot say:
// on a shared two-core machine its gaps also count the moments the thread
// was not running at all, and the page's own garbage collection; here each
// task is judged on its thread's CPU time, as the Chromium trace is.

import type { FirefoxHarness } from '../harness/index.ts';

export interface FirefoxTask {
  /** The profiler marker the task ran under ("setTimeout callback", "Perform microtasks", "RefreshDriverTick"...). */
  what: string;
  /** Wall time and the thread's CPU time, in ms. */
  ms: number;
  cpuMs: number;
  /** Samples of our code in it (one per ms). */
  samples: number;
}

export interface FirefoxTaskReport {
  /** Tasks in which our code ran. */
  ours: FirefoxTask[];
  /** Refresh ticks (style, layout, paint) that followed a task of ours at once: what our changes cost the page. */
  ticksAfterOurs: FirefoxTask[];
  /** Samples of our code in the profile (0: it saw nothing of us). */
  samples: number;
}

/** Markers of the work an event-loop task does, outermost first. */
const TASKS = new Set([
  'DOMEvent',
  'setTimeout callback',
  'requestAnimationFrame callbacks',
  'RefreshDriverTick',
  'Perform microtasks',
  'ExtensionChild',
]);

interface Thread {
  name: string;
  processName?: string;
  stringTable: string[];
  frameTable: { data: unknown[][] };
  stackTable: { data: Array<[number | null, number]> };
  samples: { schema: Record<string, number>; data: unknown[][] };
  markers: { schema: Record<string, number>; data: unknown[][] };
}
interface Profile {
  threads: Thread[];
  processes?: Profile[];
}

/** Runs `work` under the Gecko profiler and reads the tasks of every web content process's main thread. */
export async function firefoxTasks(h: FirefoxHarness, work: () => Promise<void>): Promise<FirefoxTaskReport> {
  // 1 ms samples of JS stacks and per-thread CPU use, main threads only.
  await h.chromeEval(() => {
    const profiler = (globalThis as unknown as { Services: { profiler: { StartProfiler(...a: unknown[]): unknown } } }).Services.profiler;
    return profiler.StartProfiler(1 << 24, 1, ['js', 'cpu'], ['GeckoMain']);
  });
  let profile: Profile;
  try {
    await work();
  } finally {
    profile = await h.chromeEval(async () => {
      const profiler = (globalThis as unknown as { Services: { profiler: { getProfileDataAsync(): Promise<unknown>; StopProfiler(): void } } })
        .Services.profiler;
      const data = await profiler.getProfileDataAsync();
      profiler.StopProfiler();
      return data as Profile;
    });
  }
  const report: FirefoxTaskReport = { ours: [], ticksAfterOurs: [], samples: 0 };
  const walk = (p: Profile) => {
    for (const t of p.threads) if (t.name === 'GeckoMain' && t.processName !== 'WebExtensions') readThread(t, report);
    for (const sub of p.processes ?? []) walk(sub);
  };
  walk(profile);
  return report;
}

function readThread(t: Thread, report: FirefoxTaskReport): void {
  const strings = t.stringTable;
  // Our code: frames of moz-extension:// scripts, which in a web content process only content scripts have.
  const oursFrame = t.frameTable.data.map((f) => String(strings[f[0] as number]).includes('moz-extension://'));
  const memo = new Map<number, boolean>();
  const oursStack = (s: number | null): boolean => {
    if (s === null) return false;
    let v = memo.get(s);
    if (v === undefined) {
      const [prefix, frame] = t.stackTable.data[s]!;
      v = oursFrame[frame]! || oursStack(prefix);
      memo.set(s, v);
    }
    return v;
  };
  const S = t.samples.schema;
  const samples = t.samples.data.map((x) => ({
    time: x[S.time!] as number,
    cpuNs: S.threadCPUDelta !== undefined ? ((x[S.threadCPUDelta] as number | null) ?? 0) : 0,
    ours: oursStack(x[S.stack!] as number | null),
  }));
  const ourSamples = samples.filter((s) => s.ours);
  if (!ourSamples.length) return;
  report.samples += ourSamples.length;

  // Interval markers: one with both ends, or a start and an end.
  const M = t.markers.schema;
  const open = new Map<string, number[]>();
  const spans: Array<{ what: string; start: number; end: number }> = [];
  for (const m of t.markers.data) {
    const what = strings[m[M.name!] as number]!;
    if (!TASKS.has(what)) continue;
    const phase = m[M.phase!] as number;
    if (phase === 1) spans.push({ what, start: m[M.startTime!] as number, end: m[M.endTime!] as number });
    else if (phase === 2) open.set(what, [...(open.get(what) ?? []), m[M.startTime!] as number]);
    else if (phase === 3) {
      const start = open.get(what)?.pop();
      if (start !== undefined) spans.push({ what, start, end: m[M.endTime!] as number });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: typeof spans = [];
  for (const s of spans) {
    const last = outer[outer.length - 1];
    if (last && s.start >= last.start && s.end <= last.end) continue;
    outer.push(s);
  }
  const task = (what: string, start: number, end: number): FirefoxTask => {
    const inside = samples.filter((s) => s.time >= start && s.time <= end);
    const cpuMs = inside.reduce((n, s) => n + s.cpuNs, 0) / 1e6;
    return { what, ms: round(end - start), cpuMs: round(cpuMs || end - start), samples: inside.filter((s) => s.ours).length };
  };
  const covered = new Set<number>();
  for (const [i, s] of outer.entries()) {
    const t0 = task(s.what, s.start, s.end);
    if (!t0.samples) continue;
    // A refresh tick is the browser's (style, layout, paint): a callback of
    // ours that runs inside it (an animation frame, an observer) is ours, the
    // tick is not. That callback counts for its own samples (1 ms each).
    report.ours.push(s.what === 'RefreshDriverTick' ? { what: 'our callbacks in a refresh tick', ms: t0.samples, cpuMs: t0.samples, samples: t0.samples } : t0);
    for (const x of ourSamples) if (x.time >= s.start && x.time <= s.end) covered.add(x.time);
    const next = outer[i + 1];
    if (next?.what === 'RefreshDriverTick' && next.start - s.end < 2) report.ticksAfterOurs.push(task(next.what, next.start, next.end));
  }
  // Our samples outside any task marker: runs of them (no gap over 2 ms) count as tasks of their own.
  let run: number[] = [];
  const flush = () => {
    if (run.length) report.ours.push(task('(no marker)', run[0]!, run[run.length - 1]!));
    run = [];
  };
  for (const x of ourSamples) {
    if (covered.has(x.time)) continue;
    if (run.length && x.time - run[run.length - 1]! > 2) flush();
    run.push(x.time);
  }
  flush();
}

const round = (ms: number) => Math.round(ms * 10) / 10;
