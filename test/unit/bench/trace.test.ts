// The bench's attribution of main-thread time to the extension, on small
// hand-made traces: what counts as ours and what does not. To add a case,
// write the events as the renderer's trace has them (ts and dur in µs).

import { describe, expect, it } from 'vitest';
import { type TraceEvent, extensionCost } from '../../../bench/trace.ts';

const EXT = 'chrome-extension://abcdefghijklmnop/content-scripts/content.js';
const on = (name: string, ts: number, dur: number, args?: TraceEvent['args']): TraceEvent =>
  ({ name, ts, dur, ph: 'X', pid: 1, tid: 1, ...(args ? { args } : {}) }) as TraceEvent;

describe('extensionCost', () => {
  it('counts our script, and a later timer whose microtasks run our continuation though no event names our URL', () => {
    const events = [
      on('RunTask', 0, 3000),
      on('EvaluateScript', 100, 2000, { data: { url: EXT } }),
      // A timer that resolves our promise: the continuation runs in its microtasks.
      on('RunTask', 10_000, 12_000),
      on('TimerFire', 10_000, 12_000),
      on('RunMicrotasks', 10_100, 11_800),
    ];
    const c = extensionCost(events);
    expect(c.longestMs).toBeCloseTo(12, 5);
    expect(c.totalMs).toBeCloseTo(14, 5);
    expect(c.parts.timer).toBeCloseTo(12, 5);
  });

  it('leaves out callbacks that ran before our script did', () => {
    const events = [
      on('RunTask', 0, 4000),
      on('TimerFire', 0, 4000),
      on('RunTask', 5000, 2000),
      on('EvaluateScript', 5000, 2000, { data: { url: EXT } }),
    ];
    const c = extensionCost(events);
    expect(c.totalMs).toBeCloseTo(2, 5);
    expect(c.parts.timer).toBe(0);
  });
});
