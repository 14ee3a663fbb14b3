// Stored data the extension cannot use is kept, not deleted: each value is
// copied under its own key before anything replaces it, and listed so the
// popup can say so and the person can get it back.
//
// Ships in: gate-settings.js and every other context that reads settings; background.js for saved articles.

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
  const raw = await storage.getItem<unknown>(SET_ASIDE_LIST);
  const list = Array.isArray(raw) ? (raw as SetAsideEntry[]) : [];
  const same = list.find((e) => e.from === from && e.reason === reason);
  if (same) {
    // Already kept: reading a bad value twice must not make two copies.
    const kept = await storage.getItem<unknown>(same.keptAs);
    if (JSON.stringify(kept) === JSON.stringify(value)) return same;
  }
  const at = new Date().toISOString();
  const entry: SetAsideEntry = { from, keptAs: keptKey(from, at), reason, at };
  const writes: Array<{ key: `local:${string}`; value: unknown }> = [{ key: entry.keptAs, value }];
  const entries = [...list, entry];
  if (raw !== null && raw !== undefined && !Array.isArray(raw)) {
    // The list itself is unreadable: keep it too, rather than write over it.
    const listEntry: SetAsideEntry = {
      from: SET_ASIDE_LIST,
      keptAs: keptKey(SET_ASIDE_LIST, at),
      reason: 'the list of set-aside values could not be read',
      at,
    };
    writes.push({ key: listEntry.keptAs, value: raw });
    entries.push(listEntry);
  }
  // One write: the kept value and its entry in the list, both or neither.
  await storage.setItems([...writes, { key: SET_ASIDE_LIST, value: entries }]);
  console.warn(`Related Coverage: kept an unreadable value of ${from} as ${entry.keptAs}: ${reason}`);
  return entry;
}

/** Its own key for each kept value: two in the same millisecond must not share one. */
function keptKey(from: string, at: string): `local:${string}` {
  return `local:setAside:${from.replace(/^local:/, '')}:${at}:${Math.random().toString(36).slice(2, 8)}`;
}

export async function listSetAside(): Promise<SetAsideEntry[]> {
  const list = await storage.getItem<unknown>(SET_ASIDE_LIST);
  return Array.isArray(list) ? (list as SetAsideEntry[]) : [];
}
