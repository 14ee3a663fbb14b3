// Stored settings that are missing, corrupt, or written by a newer version of
// the extension: the reader gets the defaults and no crash; nothing is
// silently deleted (what cannot be used is kept under its own key and listed);
// and a write leaves either the old record or the new one, never half of each.
// WXT's fake browser stands in for extension storage.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SET_ASIDE_LIST, listSetAside } from '../../../shared/set-aside.ts';
import { defineSetting } from '../../../shared/setting.ts';
import { customTopics, openMode, sitesOff, topicsOff } from '../../../shared/settings.ts';

const local = () => fakeBrowser.storage.local;
/** Everything in extension storage, as the browser holds it. */
const everything = () => local().get(null) as Promise<Record<string, unknown>>;

const SETTINGS = [
  { setting: topicsOff, key: 'topicsOff', fallback: [], usable: ['wic'] },
  { setting: sitesOff, key: 'sitesOff', fallback: [], usable: ['example.org'] },
  { setting: openMode, key: 'openMode', fallback: 'sidebar', usable: 'tab' },
  {
    setting: customTopics,
    key: 'customTopics',
    fallback: [],
    usable: [{ id: 'custom-trade', label: 'Trade', terms: [{ text: 'tariff', lang: 'en' }] }],
  },
] as const;

/** Values no version of these settings ever wrote. */
const CORRUPT: unknown[] = [
  'garbage',
  42,
  true,
  {},
  { 0: 'wic' },
  ['wic', 3],
  [null],
  [['nested']],
  'popup',
  [{ id: 'not-custom', label: 1, terms: 'x' }],
];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe.each(SETTINGS)('$key', ({ setting, key, fallback, usable }) => {
  it('falls back to the default when nothing is stored, and writes nothing', async () => {
    expect(await setting.get()).toEqual(fallback);
    expect(await everything()).toEqual({});
  });

  it('reads back what it wrote', async () => {
    await setting.set(usable as never);
    expect(await setting.get()).toEqual(usable);
  });

  it.each(CORRUPT.map((v) => [JSON.stringify(v), v]))('a corrupt value %s: default, kept aside, listed, not deleted', async (_, value) => {
    await local().set({ [key]: value });
    expect(await setting.get()).toEqual(fallback);
    const all = await everything();
    // Not deleted: still where it was...
    expect(all[key]).toEqual(value);
    // ...and copied under its own key, which the list names.
    const list = await listSetAside();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ from: `local:${key}` });
    expect(all[list[0]!.keptAs.replace(/^local:/, '')]).toEqual(value);
  });

  it('a corrupt value read again and again is kept once', async () => {
    await local().set({ [key]: 'garbage' });
    for (let i = 0; i < 3; i++) expect(await setting.get()).toEqual(fallback);
    expect(await listSetAside()).toHaveLength(1);
  });

  it('a value from a newer version of the extension: default, kept aside and listed, not deleted', async () => {
    await local().set({ [key]: usable, [`${key}$`]: { v: 7 } });
    expect(await setting.get()).toEqual(fallback);
    const all = await everything();
    expect(all[key]).toEqual(usable);
    const list = await listSetAside();
    expect(list).toHaveLength(1);
    expect(list[0]!.reason).toMatch(/newer version/);
    expect(all[list[0]!.keptAs.replace(/^local:/, '')]).toEqual(usable);
  });

  it('after a newer version’s value was set aside, what the reader then chooses is used', async () => {
    // The reader went back to this version (a downgrade, or an older copy synced in),
    // saw the defaults, and changes the setting: that choice must stick.
    await local().set({ [key]: usable, [`${key}$`]: { v: 7 } });
    expect(await setting.get()).toEqual(fallback);
    await setting.set(usable as never);
    expect(await setting.get()).toEqual(usable);
  });

  it('a corrupt version record does not break reading', async () => {
    for (const meta of ['garbage', 5, [], { v: 'two' }, { v: null }, null]) {
      fakeBrowser.reset();
      await local().set({ [key]: usable, [`${key}$`]: meta });
      expect(await setting.get()).toEqual(usable);
    }
  });

  it('refuses to write an invalid value, and leaves the stored one alone', async () => {
    await setting.set(usable as never);
    await expect(setting.set({ not: 'valid' } as never)).rejects.toThrow();
    expect(await setting.get()).toEqual(usable);
  });

  it('watching reads and writes nothing until a value changes (a page watches three settings)', async () => {
    const get = vi.spyOn(local(), 'get');
    const set = vi.spyOn(local(), 'set');
    const seen: unknown[] = [];
    const unwatch = setting.watch((v) => seen.push(v));
    await new Promise((r) => setTimeout(r, 20));
    expect(get).not.toHaveBeenCalled();
    expect(set).not.toHaveBeenCalled();
    await local().set({ [key]: usable });
    await vi.waitFor(() => expect(seen).toEqual([usable]));
    await local().remove(key);
    await vi.waitFor(() => expect(seen).toEqual([usable, fallback]));
    unwatch();
    get.mockRestore();
    set.mockRestore();
  });

  it('a watcher gets the default, never the corrupt value, and the value is kept aside', async () => {
    const seen: unknown[] = [];
    const unwatch = setting.watch((v) => seen.push(v));
    await local().set({ [key]: { corrupt: true } });
    await vi.waitFor(() => expect(seen).toEqual([fallback]));
    expect((await listSetAside()).map((e) => e.from)).toEqual([`local:${key}`]);
    unwatch();
  });
});

describe('the list of set-aside values', () => {
  it('two different bad values of one setting are both kept', async () => {
    await local().set({ topicsOff: 'first' });
    await topicsOff.get();
    await local().set({ topicsOff: 'second' });
    await topicsOff.get();
    const all = await everything();
    const kept = (await listSetAside()).map((e) => all[e.keptAs.replace(/^local:/, '')]);
    expect(kept.sort()).toEqual(['first', 'second']);
  });

  it('an unreadable list is not silently replaced (what it held is kept)', async () => {
    // The list itself is corrupt: setting aside a value must not overwrite it with a new list.
    const corruptList = { not: 'a list', entries: ['local:setAside:topicsOff:2020-01-01T00:00:00.000Z'] };
    await local().set({ setAside: corruptList, topicsOff: 'garbage' });
    expect(await topicsOff.get()).toEqual([]);
    const all = Object.values(await everything());
    expect(all).toContainEqual(corruptList);
  });

  it('a value and its entry in the list are written in one storage call: both or neither', async () => {
    await local().set({ sitesOff: 42 });
    const set = vi.spyOn(local(), 'set');
    await sitesOff.get();
    const writes = set.mock.calls.map(([items]) => Object.keys(items as object));
    const listWrite = writes.find((keys) => keys.includes(SET_ASIDE_LIST.replace(/^local:/, '')));
    expect(listWrite).toBeDefined();
    expect(listWrite!.some((k) => k.startsWith('setAside:sitesOff:'))).toBe(true);
    expect(writes).toHaveLength(1);
  });

  it('when that one write fails, nothing is half-written and the stored value is still there', async () => {
    await local().set({ sitesOff: 42 });
    vi.spyOn(local(), 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await sitesOff.get().catch(() => undefined);
    expect(await everything()).toEqual({ sitesOff: 42 });
  });
});

describe('a versioned setting (with a migration)', () => {
  // A setting of this shape will come; the guard must work for it as for the v1 ones.
  const v2 = defineSetting<string[]>({
    key: 'local:e2eTestV2',
    fallback: ['default'],
    version: 2,
    migrations: { 2: (v) => (typeof v === 'string' ? v.split(',') : v) },
    valid: (v): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  });

  it('writing stores the value and its version together, in one storage call', async () => {
    const set = vi.spyOn(local(), 'set');
    await v2.set(['a']);
    const keys = set.mock.calls.map(([items]) => Object.keys(items as object).sort());
    expect(keys).toEqual([['e2eTestV2', 'e2eTestV2$']]);
    expect(await everything()).toEqual({ e2eTestV2: ['a'], e2eTestV2$: { v: 2 } });
  });
});
