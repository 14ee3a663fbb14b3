// Stored settings that are missing or that this version cannot use (corrupt,
// or shaped by another version of the extension): the reader gets the
// defaults and no crash; nothing is silently deleted (what cannot be used is
// kept under its own key and listed); and a write leaves either the old
// record or the new one, never half of each. WXT's fake browser stands in for
// extension storage.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SET_ASIDE_LIST, listSetAside } from '../../../shared/set-aside.ts';
import { readSettings, watchSettings } from '../../../shared/setting.ts';
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

  it('a value this version cannot read is kept aside when read with the others in one call, as the content script reads', async () => {
    await local().set({ [key]: 'garbage' });
    const { values } = await readSettings([setting] as const);
    expect(values[0]).toEqual(fallback);
    expect((await listSetAside()).map((e) => e.from)).toEqual([`local:${key}`]);
    expect((await everything())[key]).toEqual('garbage');
  });

  it('after a value was set aside, what the reader then chooses is used', async () => {
    // The reader saw the defaults and changes the setting: that choice must
    // stick, and the value set aside stays kept.
    await local().set({ [key]: { shape: 'of another version' } });
    expect(await setting.get()).toEqual(fallback);
    await setting.set(usable as never);
    expect(await setting.get()).toEqual(usable);
    expect(await listSetAside()).toHaveLength(1);
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
    expect(get).not.toHaveBeenCalled();
    expect(set).not.toHaveBeenCalled();
    await local().set({ [key]: usable });
    await vi.waitFor(() => expect(seen).toEqual([usable]));
    // By the time the change arrived, a read that watching started would have been made.
    expect(get).not.toHaveBeenCalled();
    expect(set).toHaveBeenCalledTimes(1);
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

describe('watchSettings: several settings, one storage listener (as the content script watches)', () => {
  it('adds one listener, reports each change checked as get would, and nothing for other keys', async () => {
    const add = vi.spyOn(local().onChanged, 'addListener');
    const seen: Array<[string, unknown]> = [];
    const unwatch = watchSettings([topicsOff, openMode], ['local:detectorPlan'], (key, v) => seen.push([key, v]));
    expect(add).toHaveBeenCalledTimes(1);
    await local().set({ topicsOff: ['wic'], unrelated: 1 });
    await local().set({ openMode: 'nonsense' });
    await local().set({ detectorPlan: { any: 'thing' } });
    await local().remove('topicsOff');
    // A value that fails the check is reported once it is kept aside, so possibly after later ones.
    await vi.waitFor(() => expect(seen).toHaveLength(4));
    expect(seen.filter(([k]) => k === 'local:topicsOff')).toEqual([
      ['local:topicsOff', ['wic']],
      ['local:topicsOff', []],
    ]);
    expect(seen).toContainEqual(['local:openMode', 'sidebar']);
    expect(seen).toContainEqual(['local:detectorPlan', { any: 'thing' }]);
    // The value it could not use is kept aside, as a read would.
    expect((await listSetAside()).map((e) => e.from)).toEqual(['local:openMode']);
    unwatch();
    await local().set({ topicsOff: ['ai-governance'] });
    expect(seen).toHaveLength(4);
    add.mockRestore();
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
