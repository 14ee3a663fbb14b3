// Background -> content script in Chrome (shared/gate-call.ts): the gate
// answers through a function on its isolated world's global, which the
// background runs with scripting.executeScript, so a page registers no
// message listener. WXT's fake browser stands in for the extension APIs.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { GATE_CALL } from '../../../shared/page-gate-globals.ts';
import { answerThroughGlobal } from '../../../shared/gate-call.ts';

type Call = (type: string, data: unknown) => Promise<unknown> | undefined;
const world = globalThis as Record<string, unknown>;
const handlers = {
  status: () => ({ pageId: 'p', host: 'example.org', sidebar: 'none' as const, settled: true }),
  toggleSidebar: () => {
    throw new Error('no sidebar here');
  },
  pageForSaving: () => ({ html: '', url: 'https://example.org/', title: '', lang: null }),
  settingsChanged: () => undefined,
};

describe('the gate answers the background through its isolated world (Chrome build)', () => {
  afterEach(() => {
    delete world[GATE_CALL];
  });

  it('registers no listener, answers known messages, and stops when the script is cut off', async () => {
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const ac = new AbortController();
    answerThroughGlobal(handlers, ac.signal);
    expect(add).not.toHaveBeenCalled();
    const call = world[GATE_CALL] as Call;
    expect(await call('status', null)).toEqual({ ok: true, result: handlers.status() });
    expect(await call('toggleSidebar', null)).toEqual({ ok: false, error: 'no sidebar here' });
    // Only the protocol's own names: not the prototype's, not anything else.
    expect(call('toString', null)).toBeUndefined();
    expect(call('rank', null)).toBeUndefined();
    ac.abort();
    expect(world[GATE_CALL]).toBeUndefined();
    expect(call('status', null)).toBeUndefined();
    add.mockRestore();
  });

  it('a newer copy keeps its own function when the older one is cut off', () => {
    const older = new AbortController();
    answerThroughGlobal(handlers, older.signal);
    answerThroughGlobal(handlers, new AbortController().signal);
    const newer = world[GATE_CALL];
    older.abort();
    expect(world[GATE_CALL]).toBe(newer);
  });
});

describe('a copy cut off by an update (Chrome reloads the extension into the same isolated world)', () => {
  it('stays cut off though the world now holds the new copy’s live API object', async () => {
    const g = globalThis as { chrome?: unknown };
    const before = g.chrome;
    const old = { runtime: { id: 'ext' } as { id?: string } | undefined };
    g.chrome = old;
    vi.resetModules();
    try {
      const { answerThroughGlobal: answerOld } = await import('../../../shared/gate-call.ts');
      answerOld(handlers, new AbortController().signal);
      const call = world[GATE_CALL] as Call;
      expect(await call('status', null)).toEqual({ ok: true, result: handlers.status() });
      // The update: this copy's API loses its runtime, the world gets a new, live one.
      old.runtime = undefined;
      g.chrome = { runtime: { id: 'ext' } };
      expect(call('status', null)).toBeUndefined();
    } finally {
      g.chrome = before;
      vi.resetModules();
    }
  });
});
