// A setting is one typed, defaulted, versioned WXT storage item, plus the
// guard WXT does not have: a stored value that fails validation, or that a
// newer version of the extension wrote, is never used and never lost. It is
// copied aside (see set-aside.ts) and the default is used until the person
// changes the setting.

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
  readonly key: string;
  readonly fallback: T;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with the new (validated) value; returns the unwatch function. */
  watch(cb: (value: T) => void): () => void;
  readonly item: WxtStorageItem<T, { v?: number }>;
}

export function defineSetting<T>(spec: SettingSpec<T>): Setting<T> {
  const item = storage.defineItem<T, { v?: number }>(spec.key, {
    fallback: spec.fallback,
    version: spec.version,
    migrations: spec.migrations as Record<number, (v: unknown) => T> | undefined,
  }) as WxtStorageItem<T, { v?: number }>;
  const checked = async (raw: unknown): Promise<T> => {
    if (raw === null || raw === undefined) return spec.fallback;
    if (spec.valid(raw)) return raw;
    await setAside(spec.key, raw, `not a valid value for this setting`);
    return spec.fallback;
  };
  return {
    key: spec.key,
    fallback: spec.fallback,
    item,
    async get() {
      const meta = await item.getMeta().catch(() => ({}) as { v?: number });
      const raw = await storage.getItem<unknown>(spec.key);
      if (raw !== null && typeof meta.v === 'number' && meta.v > spec.version) {
        await setAside(spec.key, raw, `written by a newer version of the extension (format ${meta.v})`);
        return spec.fallback;
      }
      // Migrations run inside WXT before getValue resolves.
      return checked(await item.getValue().catch(() => raw));
    },
    async set(value) {
      if (!spec.valid(value)) throw new Error(`refusing to store an invalid value for ${spec.key}`);
      await item.setValue(value);
    },
    watch(cb) {
      return item.watch((value) => void checked(value).then(cb));
    },
  };
}
