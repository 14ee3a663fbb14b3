// The reader's saved articles, in IndexedDB on this device (never synced):
// one record per article, written in one transaction, so an article is either
// saved whole or not at all. A record that cannot be read back is moved aside
// with the reason, never dropped. The serialised search index is cached here
// too, so a restarted background does not re-read every article. Whether
// there is any article at all is kept in extension storage beside it (see
// mayHoldArticles).

import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { SerializedIndex } from '../../core/corpus-index.ts';
import { storageProblem } from '../../core/problem.ts';
import { recordProblem, type UserArticleRecord } from '../../core/user-record.ts';
import { storage } from 'wxt/utils/storage';
import { setAside } from '../../shared/set-aside.ts';

interface Schema extends DBSchema {
  articles: { key: string; value: UserArticleRecord };
  /** Records that failed validation, with why: kept for the reader, never used. */
  setAside: { key: string; value: { id: string; reason: string; at: string; value: unknown } };
  /** Derived data that can always be rebuilt; `valid` says for which inputs it was built. */
  cache: { key: string; value: { name: string; valid: string; index: SerializedIndex } };
}

const DB_NAME = 'related-coverage';
const DB_VERSION = 1;

let opening: Promise<IDBPDatabase<Schema>> | null = null;

/**
 * false only when a read found no article and nothing was written since;
 * true once an article may be written; null (never known, as after an
 * update from a version without it) reads the store. Opening IndexedDB
 * costs a cold Chromium worker tens of milliseconds of waiting, the longest
 * wait before its first answer; the extension storage answers in a few.
 */
let mayHold: ReturnType<typeof storage.defineItem<boolean | null>> | undefined;
const mayHoldItem = () => (mayHold ??= storage.defineItem<boolean | null>('local:savedArticlesMayExist', { fallback: null }));
/**
 * The flag as this background last read or wrote it (undefined: not known):
 * a read that finds articles rewrote the same `true` on every open of the
 * corpus, a storage write each time for nothing.
 */
let flagKnown: boolean | null | undefined;
/** Writes that can add an article, begun and still running in this background. */
let writesBegun = 0;
let writesRunning = 0;

/** Whether the reader may have saved articles: if not, the store need not be opened to answer a page. */
export async function mayHoldArticles(): Promise<boolean> {
  try {
    const value = await mayHoldItem().getValue();
    flagKnown ??= value;
    return value !== false;
  } catch {
    return true; // when in doubt, read the store
  }
}

/**
 * Stores the flag unless it already says so. Noted before the write, so a
 * later call (a save after a read that found none) writes its own value
 * after it: storage applies one area's writes in order.
 */
async function setFlag(value: boolean): Promise<void> {
  if (flagKnown === value) return;
  flagKnown = value;
  try {
    await mayHoldItem().setValue(value);
  } catch (e) {
    if (flagKnown === value) flagKnown = undefined; // what storage holds is not known now
    throw e;
  }
}

/** Runs a write that can add an article: said first, so no saved article is ever skipped, and counted while it runs. */
async function addingArticles(what: Parameters<typeof storageProblem>[1], write: () => Promise<void>): Promise<void> {
  writesBegun++;
  writesRunning++;
  try {
    try {
      await setFlag(true);
    } catch (e) {
      throw storageProblem(e, what);
    }
    await write();
  } finally {
    writesRunning--;
  }
}

function db(): Promise<IDBPDatabase<Schema>> {
  opening ??= openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      // Each schema version adds what it needs; no version ever drops a store.
      if (oldVersion < 1) {
        database.createObjectStore('articles', { keyPath: 'article.id' });
        database.createObjectStore('setAside', { keyPath: 'id' });
        database.createObjectStore('cache', { keyPath: 'name' });
      }
    },
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

/** Every readable record; unreadable ones are moved aside and reported. */
export async function readAll(): Promise<UserArticleRecord[]> {
  // Empty is worth remembering only if no write ran during the read.
  const quiet = writesRunning === 0;
  const writesBefore = writesBegun;
  const database = await db();
  const raw = (await database.getAll('articles')) as unknown[];
  const good: UserArticleRecord[] = [];
  for (const value of raw) {
    const problem = recordProblem(value);
    if (!problem) {
      good.push(value as UserArticleRecord);
      continue;
    }
    const id = (value as { article?: { id?: unknown } })?.article?.id;
    const key = typeof id === 'string' ? id : `unknown-${Date.now()}`;
    const tx = database.transaction(['articles', 'setAside'], 'readwrite');
    await tx.objectStore('setAside').put({ id: key, reason: JSON.stringify(problem), at: new Date().toISOString(), value });
    if (typeof id === 'string') await tx.objectStore('articles').delete(id);
    await tx.done;
    await setAside(`indexeddb:articles/${key}`, null, `unreadable article record (${JSON.stringify(problem)}); kept in IndexedDB under setAside/${key}`);
  }
  // Only what this read saw, and only while no write is under way.
  if (good.length) void setFlag(true).catch(() => undefined);
  else if (quiet && writesBegun === writesBefore) void setFlag(false).catch(() => undefined);
  return good;
}

export async function get(id: string): Promise<UserArticleRecord | undefined> {
  return (await db()).get('articles', id);
}

export async function put(record: UserArticleRecord): Promise<void> {
  const problem = recordProblem(record);
  // recordFromDraft made it, so this is a bug, not the reader's mistake: said for developers.
  if (problem) throw new Error(`refusing to save an invalid article record (${JSON.stringify(problem)})`);
  const what = { action: 'saveArticle', headline: record.article.headline } as const;
  await addingArticles(what, async () => {
    try {
      const database = await db();
      await database.put('articles', record);
    } catch (e) {
      throw storageProblem(e, what);
    }
  });
}

/** Several records in one transaction: all of them, or none. */
export async function putAll(records: readonly UserArticleRecord[]): Promise<void> {
  const what = { action: 'importArticles', count: records.length } as const;
  await addingArticles(what, () => putAllNow(records, what));
}

async function putAllNow(records: readonly UserArticleRecord[], what: { action: 'importArticles'; count: number }): Promise<void> {
  let tx: IDBPTransaction<Schema, ['articles'], 'readwrite'>;
  try {
    tx = (await db()).transaction('articles', 'readwrite');
  } catch (e) {
    throw storageProblem(e, what);
  }
  const pending: Promise<unknown>[] = [tx.done];
  try {
    for (const r of records) pending.push(tx.store.put(r));
    await Promise.all(pending);
  } catch (e) {
    // A put that throws leaves the transaction open, and it would commit the
    // puts before it: abort, so an import is saved whole or not at all. The
    // other requests then fail with the abort; this error says it once.
    for (const p of pending) p.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished (aborted by the browser, as a full quota does).
    }
    throw storageProblem(e, what);
  }
}

export async function remove(id: string): Promise<void> {
  try {
    await (await db()).delete('articles', id);
  } catch (e) {
    throw storageProblem(e, { action: 'deleteArticle' });
  }
}

export async function clearAll(): Promise<void> {
  await (await db()).clear('articles');
}

export async function readCache(valid: string): Promise<SerializedIndex | null> {
  try {
    const hit = await (await db()).get('cache', 'index');
    return hit?.valid === valid ? hit.index : null;
  } catch {
    return null; // a cache is never worth failing for
  }
}

export async function writeCache(valid: string, index: SerializedIndex): Promise<void> {
  try {
    await (await db()).put('cache', { name: 'index', valid, index });
  } catch {
    // Full storage: the index is rebuilt next time instead.
  }
}
