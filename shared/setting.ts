// A setting is a WXT storage item (`storage.defineItem`) with a default, plus
// the guard WXT does not have: a stored value that fails validation is never
// used and never lost. It is copied aside (set-aside.ts, which the popup
// lists) and the default is used until the reader changes the setting.
// Every setting is at its first format, so none has a version or
// migrations; one that changes format gets WXT's `version` and `migrations`.
//
// The item is defined on first use, not on import: defining a WXT item reads
// it from storage at once, and the content script, which runs on every page,
// reads all its settings in one call instead (readSettings).
//
// Ships in: gate-settings.js (readSettings, watchSettings), background.js, popup, options.

import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { setAside } from './set-aside.ts';

export interface Setting<T> {
  readonly key: `local:${string}`;
  readonly fallback: T;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with the new (checked) value; returns the unwatch function. */
  watch(cb: (value: T) => void): () => void;
  /** A raw stored value, checked: the fallback for nothing or for a value set aside. */
  check(raw: unknown): Promise<T>;
}

export function defineSetting<T>(key: `local:${string}`, fallback: T, valid: (value: unknown) => value is T): Setting<T> {
  let item: WxtStorageItem<T, Record<string, never>> | undefined;
  const getItem = () => (item ??= storage.defineItem<T>(key, { fallback }));
  const check = async (raw: unknown): Promise<T> => {
    if (raw === null || raw === undefined) return fallback;
    if (valid(raw)) return raw;
    await setAside(key, raw, 'not a valid value for this setting');
    return fallback;
  };
  return {
    key,
    fallback,
    check,
    get: async () => check(await getItem().getValue()),
    async set(value) {
      if (!valid(value)) throw new Error(`refusing to store an invalid value for ${key}`);
      // A refused write rejects with the browser's error, for the page that
      // asked to word (storageProblem): the content script, which reads
      // settings on every page, carries no such code.
      await getItem().setValue(value);
    },
    // On the raw key, not through the item: defining the item reads storage
    // at once, which every page would pay for.
    watch: (cb) => storage.watch<unknown>(key, (value) => void check(value).then(cb)),
  };
}

/** Several settings (and any extra keys) in one storage call, each checked as `get` would. */
export async function readSettings<S extends readonly Setting<unknown>[]>(
  settings: S,
  extraKeys: ReadonlyArray<`local:${string}`> = [],
): Promise<{ values: { [K in keyof S]: S[K] extends Setting<infer T> ? T : never }; extras: unknown[] }> {
  const got = await storage.getItems([...settings.map((s) => s.key), ...extraKeys]);
  const raw = new Map(got.map((r) => [r.key, r.value as unknown]));
  const values = await Promise.all(settings.map((s) => s.check(raw.get(s.key))));
  return { values: values as never, extras: extraKeys.map((k) => raw.get(k)) };
}

/**
 * Watches several settings (and extra keys) with one listener: each WXT
 * watch adds its own storage listener, an extension API call, and the
 * content script watches on every page. Calls back with the key (as
 * `local:...`) and its new value, checked as `get` would for a setting.
 * Returns the unwatch function.
 */
export function watchSettings(
  settings: ReadonlyArray<Setting<unknown>>,
  extraKeys: ReadonlyArray<`local:${string}`>,
  onChange: (key: `local:${string}`, value: unknown) => void,
): () => void {
  const byName = new Map<string, Setting<unknown> | null>([
    ...settings.map((s) => [s.key.slice('local:'.length), s] as const),
    ...extraKeys.map((k) => [k.slice('local:'.length), null] as const),
  ]);
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    for (const [name, change] of Object.entries(changes)) {
      if (!byName.has(name) || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) continue;
      const setting = byName.get(name);
      const key = `local:${name}` as const;
      if (setting) void setting.check(change.newValue ?? null).then((v) => onChange(key, v));
      else onChange(key, change.newValue ?? null);
    }
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
