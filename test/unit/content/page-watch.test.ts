// @vitest-environment happy-dom
// The one watcher every page keeps: which navigation source it listens to,
// and that a burst of page changes costs a bounded number of rescans.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GateContext } from '../../../entrypoints/content/gate-context.ts';
import { PageWatcher, type RescanReason } from '../../../entrypoints/content/page-watch.ts';

const g = globalThis as { navigation?: EventTarget };

function watch(): { reasons: RescanReason[]; ctx: GateContext } {
  const ctx = new GateContext();
  const reasons: RescanReason[] = [];
  new PageWatcher(ctx, (r) => reasons.push(r), () => false);
  return { reasons, ctx };
}

describe('PageWatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    delete g.navigation;
  });

  it('rescans after a Navigation API navigation, without starting WXT’s location watcher', async () => {
    g.navigation = new EventTarget();
    const poll = vi.spyOn(globalThis, 'setInterval');
    const { reasons, ctx } = watch();
    expect(poll).not.toHaveBeenCalled();
    g.navigation.dispatchEvent(new Event('navigatesuccess'));
    await vi.advanceTimersByTimeAsync(299);
    expect(reasons).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(reasons).toEqual(['navigation']);
    ctx.invalidate();
    poll.mockRestore();
  });

  it('turns a page that changes all the time into one rescan per five seconds at most', async () => {
    const { reasons, ctx } = watch();
    for (let i = 0; i < 100; i++) {
      document.body.append(document.createElement('p'));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(reasons.length).toBeGreaterThanOrEqual(1);
    expect(reasons.length).toBeLessThanOrEqual(2);
    expect(new Set(reasons)).toEqual(new Set(['dom']));
    ctx.invalidate();
  });
});
