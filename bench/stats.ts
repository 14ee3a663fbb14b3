// Summaries of repeated measurements. The machine is shared and noisy, so a
// figure is always a median with its min–max, and a comparison is the median
// of ratios taken pair by pair in the same run, never a ratio of numbers from
// separate runs.

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function summarize(xs: readonly number[]): Summary {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
}

/** Per-pair ratios a[i]/b[i] (measured back to back), summarised. */
export function pairedRatio(a: readonly number[], b: readonly number[]): Summary {
  if (a.length !== b.length) throw new Error('paired samples differ in length');
  return summarize(a.map((x, i) => x / b[i]!));
}

/** Milliseconds since an arbitrary origin, sub-microsecond resolution. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Forces a full GC when node runs with --expose-gc; a no-op otherwise. */
export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Times `fn` over enough calls that one sample lasts at least `minMs` (timer
 * resolution and call overhead then stop mattering), returns ms per call.
 */
export function timePerCall(fn: () => unknown, calls: number): number {
  const t0 = now();
  for (let i = 0; i < calls; i++) sink(fn());
  return (now() - t0) / calls;
}

/** How many calls make one sample last about `minMs`. */
export function callsFor(fn: () => unknown, minMs: number): number {
  const t0 = now();
  sink(fn());
  const once = Math.max(now() - t0, 1e-4);
  return Math.max(1, Math.ceil(minMs / once));
}

// Results go somewhere observable (a global) so the optimiser cannot drop the work.
const sinkHolder = globalThis as { benchSink?: number };
export function sink(v: unknown): void {
  const add = typeof v === 'number' ? v : Array.isArray(v) ? v.length : v ? 1 : 0;
  sinkHolder.benchSink = (sinkHolder.benchSink ?? 0) + add;
}

export const fmt = (x: number, digits = 2): string => {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x) && Math.abs(x) < 1e6) return String(x);
  const abs = Math.abs(x);
  if (abs > 0 && abs < 0.1) return x.toPrecision(2);
  if (abs >= 1000) return x.toFixed(0);
  if (abs >= 100) return x.toFixed(Math.max(0, digits - 2));
  if (abs >= 10) return x.toFixed(Math.max(0, digits - 1));
  return x.toFixed(digits);
};

/** "median (min–max)". */
export const fmtSummary = (s: Summary, digits = 2): string => `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;

/** One line of the results table (and of the JSON). */
export interface Figure {
  section: string;
  name: string;
  unit: string;
  value: Summary;
  /** The figure divided by baselines measured in the same run, pair by pair; the first is the one the target is on, if any. */
  ratios?: Array<{ baseline: string; value: Summary }>;
  /** Stated limit and whether the median meets it. */
  target?: { text: string; pass: boolean };
  note?: string;
}
