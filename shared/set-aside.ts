// Stored data the extension cannot use is kept, not deleted: each value is
// copied under its own key before anything replaces it, and listed so the
// popup can say so and the person can get it back.

import { storage } from 'wxt/utils/storage';

export interface SetAsideEntry {
  /** The storage key the value came from. */
  from: string;
  /** The storage key it is kept under. */
  keptAs: `local:${string}`;
  reason: string;
  at: string;
}

export const SET_ASIDE_LIST = 'local:setAside' as const;

export async function setAside(from: string, value: unknown, reason: string): Promise<SetAsideEntry> {
  const list = await listSetAside();
  const same = list.find((e) => e.from === from && e.reason === reason);
  if (same) {
    // Already kept: reading a bad value twice must not make two copies.
    const kept = await storage.getItem<unknown>(same.keptAs);
    if (JSON.stringify(kept) === JSON.stringify(value)) return same;
  }
  const at = new Date().toISOString();
  const entry: SetAsideEntry = { from, keptAs: `local:setAside:${from.replace(/^local:/, '')}:${at}`, reason, at };
  await storage.setItems([
    { key: entry.keptAs, value },
    { key: SET_ASIDE_LIST, value: [...list, entry] },
  ]);
  console.warn(`Related Coverage: kept an unreadable value of ${from} as ${entry.keptAs}: ${reason}`);
  return entry;
}

export async function listSetAside(): Promise<SetAsideEntry[]> {
  const list = await storage.getItem<unknown>(SET_ASIDE_LIST);
  return Array.isArray(list) ? (list as SetAsideEntry[]) : [];
}
