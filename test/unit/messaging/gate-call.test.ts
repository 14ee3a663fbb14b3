// Background -> content script in Chrome (shared/tab-messaging.ts): the gate
// answers through a function on its isolated world's global, which the
// background runs with scripting.executeScript, so a page registers no
// message listener. WXT's fake browser stands in for the extension APIs.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { GATE_CALL } from '../../../shared/page-gate-globals.ts';
import { receiveFromBackground } from '../../../shared/tab-messaging.ts';

type Call = (type: string, data: unknown) => Promise<unknown> | undefined;
const world = globalThis as Record<string, unknown>;
const handlers = {
  status: () => ({ pageId: 'p', host: 'example.org', sidebar: 'none' as const, settled: true }),
  toggleSidebar: () => {
    throw new Error('no sidebar here');
  },
  pageForSaving: () => ({ html: '', url: 'https://example.org/', title: '', lang: null }),
  customTopicsChanged: () => undefined,
};

describe('the gate answers the background through its isolated world (Chrome build)', () => {
  beforeEach(() => {
    // WXT's env flag, truthy as Chrome's build has it (stubEnv takes strings for it).
    vi.stubEnv('CHROME', 'true');
  });
  afterEach(() => {
    delete world[GATE_CALL];
    vi.unstubAllEnvs();
  });

  it('registers no listener, answers known messages, and stops when the script is cut off', async () => {
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const ac = new AbortController();
    receiveFromBackground(handlers, ac.signal);
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
    receiveFromBackground(handlers, older.signal);
    receiveFromBackground(handlers, new AbortController().signal);
    const newer = world[GATE_CALL];
    older.abort();
    expect(world[GATE_CALL]).toBe(newer);
  });
});
