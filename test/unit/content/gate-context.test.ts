// The gate's own context (entrypoints/content/gate-context.ts): its timers
// never fire after it is retired, and a timer that fired or was cleared lets
// go of what it held, so a page that changes all the time (one debounce
// timer per batch of changes) does not pile up listeners.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { GateContext } from '../../../entrypoints/content/gate-context.ts';

/** Abort listeners added to and removed from the context's signal. */
function countListeners(ctx: GateContext) {
  const counts = { added: 0, removed: 0 };
  const signal = ctx.signal;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((...a: Parameters<typeof add>) => {
    counts.added++;
    add(...a);
  }) as typeof add;
  signal.removeEventListener = ((...a: Parameters<typeof remove>) => {
    counts.removed++;
    remove(...a);
  }) as typeof remove;
  return counts;
}

describe('GateContext timers', () => {
  afterEach(() => vi.useRealTimers());

  it('a cleared or fired timer removes its abort listener', () => {
    vi.useFakeTimers();
    const ctx = new GateContext();
    const counts = countListeners(ctx);
    for (let i = 0; i < 1000; i++) ctx.clearTimeout(ctx.setTimeout(() => undefined, 100));
    let fired = 0;
    ctx.setTimeout(() => fired++, 100);
    vi.advanceTimersByTime(100);
    expect(fired).toBe(1);
    expect(counts.added).toBe(1001);
    expect(counts.removed).toBe(1001);
  });

  it('a timer does not fire once the context is retired', () => {
    vi.useFakeTimers();
    const ctx = new GateContext();
    let fired = 0;
    ctx.setTimeout(() => fired++, 100);
    ctx.invalidate();
    vi.advanceTimersByTime(200);
    expect(fired).toBe(0);
  });
});
