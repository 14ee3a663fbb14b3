// A setting is one typed, defaulted, versioned WXT storage item, plus the
// guard WXT does not have: a stored value that fails validation, or that a
// newer version of the extension wrote, is never used and never lost. It is
// copied aside (see set-aside.ts) and the default is used until the person
// changes the setting.
//
// The WXT item is defined on first use, not on import: defining one reads it
// from storage at once, and the content script, which runs on every page,
// reads all its settings in one call instead (readSettings).

import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { setAside } from './set-aside.ts';

export interface SettingSpec<T> {
  key: `local:${string}`;
  fallback: T;
  version: number;
  /** migrations[n] turns a version n-1 value into version n. */
  migrations?: Record<number, (value: unknown) => unknown>;
  /** Is this a usable value of the current version? */
  valid: (value: unknown) => value is T;
}

export interface Setting<T> {
  readonly key: `local:${string}`;
  readonly fallback: T;
  readonly version: number;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with the new (validated) value; returns the unwatch function. */
  watch(cb: (value: T) => void): () => void;
  /** The value from what storage holds (value and its meta), checked; null when a migration must run first. */
  fromStored(raw: unknown, meta: unknown): Promise<T | null>;
  readonly item: WxtStorageItem<T, { v?: number }>;
}

export function defineSetting<T>(spec: SettingSpec<T>): Setting<T> {
  let item: WxtStorageItem<T, { v?: number }> | undefined;
  const getItem = () =>
    (item ??= storage.defineItem<T, { v?: number }>(spec.key, {
      fallback: spec.fallback,
      version: spec.version,
      migrations: spec.migrations as Record<number, (v: unknown) => T> | undefined,
    }) as WxtStorageItem<T, { v?: number }>);
  const checked = async (raw: unknown): Promise<T> => {
    if (raw === null || raw === undefined) return spec.fallback;
    if (spec.valid(raw)) return raw;
    await setAside(spec.key, raw, `not a valid value for this setting`);
    return spec.fallback;
  };
  const setting: Setting<T> = {
    key: spec.key,
    fallback: spec.fallback,
    version: spec.version,
    get item() {
      return getItem();
    },
    async fromStored(raw, meta) {
      if (raw === null || raw === undefined) return spec.fallback;
      const v = (meta as { v?: unknown } | null | undefined)?.v;
      const stored = typeof v === 'number' ? v : 1;
      if (stored > spec.version) {
        await setAside(spec.key, raw, `written by a newer version of the extension (format ${stored})`);
        return spec.fallback;
      }
      if (stored < spec.version) return null;
      return checked(raw);
    },
    async get() {
      const [raw, meta] = await Promise.all([
        storage.getItem<unknown>(spec.key),
        storage.getMeta<{ v?: number }>(spec.key).catch(() => ({})),
      ]);
      const value = await setting.fromStored(raw, meta);
      // An older format: WXT runs the migrations before getValue resolves.
      return value ?? checked(await getItem().getValue().catch(() => raw));
    },
    async set(value) {
      if (!spec.valid(value)) throw new Error(`refusing to store an invalid value for ${spec.key}`);
      // Value and its format version in one write: both or neither, and a
      // newer version's record (set aside on read) is replaced with ours. A
      // refused write rejects with the browser's error, for the page that
      // asked to word (storageProblem): the content script, which reads
      // settings on every page, carries no such code.
      await storage.setItems([
        { key: spec.key, value },
        { key: `${spec.key}$`, value: { v: spec.version } },
      ]);
    },
    watch(cb) {
      // On the raw key, not through the WXT item: defining the item reads
      // storage at once (and may migrate), which every page would pay for.
      return storage.watch<unknown>(spec.key, (value) => void checked(value).then(cb));
    },
  };
  return setting;
}

/**
 * Several settings (and any extra keys) in one storage call, each checked as
 * `get` would; a setting stored in an older format takes the slow path.
 */
export async function readSettings<S extends readonly Setting<unknown>[]>(
  settings: S,
  extraKeys: ReadonlyArray<`local:${string}`> = [],
): Promise<{ values: { [K in keyof S]: S[K] extends Setting<infer T> ? T : never }; extras: unknown[] }> {
  const keys = [...settings.flatMap((s) => [s.key, `${s.key}$` as const]), ...extraKeys];
  const got = new Map((await storage.getItems(keys)).map((r) => [r.key, r.value as unknown]));
  const values = await Promise.all(
    settings.map(async (s) => (await s.fromStored(got.get(s.key), got.get(`${s.key}$`))) ?? s.get()),
  );
  return { values: values as never, extras: extraKeys.map((k) => got.get(k)) };
}
