// The corpus the background answers from: the bundled articles and the
// reader's own, in one search index. Opened on first use, when a page with a
// topic word asks to be detected (a background that only ever sees pages
// without one never loads it), and again after the browser stopped it. With many saved articles the index is restored from a
// cache rather than rebuilt: rebuilding costs ~0.7 ms an article.
//
// The bundled corpus is built into this script as text (`npm run corpus`
// writes public/corpus-index.json, without the detector's plan, which is
// built in once for the page detector too; the build leaves the file out of
// the package):
// a cold worker parses it when first asked, with no file to fetch, and never
// waits for the reader's store when they saved nothing (user-store.ts).

import planOfBuiltIns from 'virtual:detector-plan';
import { browser } from 'wxt/browser';
import { type CorpusBundle, type OpenCorpus, openBundle } from '../../core/bundle.ts';
import { CorpusIndex } from '../../core/corpus-index.ts';
import type { UserArticleRecord } from '../../core/user-record.ts';
import * as store from './user-store.ts';
import BUNDLE_TEXT from '../../public/corpus-index.json?raw';

let opening: Promise<OpenCorpus> | null = null;
/** Each saved article's last change, as the index holds it: the cache's key. */
const savedVersions = new Map<string, string>();

export function getCorpus(): Promise<OpenCorpus> {
  opening ??= load().catch((e: unknown) => {
    opening = null; // let the next query try again rather than fail forever
    throw e;
  });
  return opening;
}

async function load(): Promise<OpenCorpus> {
  // The reader's store opens while the bundled corpus is parsed: on a cold
  // start, one after the other cost the sum. When the reader never saved an
  // article, the store is not opened at all.
  const reading = (async () => ((await store.mayHoldArticles()) ? store.readAll() : []))().catch((e: unknown) => {
    // The bundled corpus still answers if the reader's store cannot be read.
    console.warn('Related Coverage: could not read saved articles', e);
    return [] as UserArticleRecord[];
  });
  const bundle = JSON.parse(BUNDLE_TEXT) as CorpusBundle;
  const opened = openBundle(bundle, { detector: planOfBuiltIns });
  const records = await reading;
  savedVersions.clear();
  for (const r of records) savedVersions.set(r.article.id, r.updatedAt);
  if (!records.length) return opened;
  const valid = cacheKey();
  const cached = await store.readCache(valid);
  if (cached) {
    try {
      const index = CorpusIndex.restore(
        {
          version: 1,
          articles: [...bundle.corpus.articles, ...records.map((r) => r.article)],
          passages: [...bundle.corpus.passages, ...records.flatMap((r) => r.passages)],
        },
        cached,
        opened.index.parts,
      );
      return { ...opened, index };
    } catch {
      // A stale or damaged cache: rebuild below.
    }
  }
  for (const r of records) opened.index.addArticle(r.article, r.passages);
  scheduleCacheWrite(opened.index, valid);
  return opened;
}

/** What the cached index was built from: this version of the extension and every saved record as last changed. */
function cacheKey(): string {
  const version = browser.runtime.getManifest().version;
  const parts = [...savedVersions].map(([id, at]) => `${id}@${at}`).sort();
  return `${version}\n${parts.join('\n')}`;
}

let cacheTimer: ReturnType<typeof setTimeout> | undefined;

/** Serialising a large index takes ~150 ms: do it once things settle, not per change. */
function scheduleCacheWrite(index: CorpusIndex, valid: string): void {
  clearTimeout(cacheTimer);
  cacheTimer = setTimeout(() => void store.writeCache(valid, index.serialize()), 2000);
}

/** Puts saved or imported records into the open index (replacing earlier versions). */
export function indexRecords(index: CorpusIndex, records: readonly UserArticleRecord[]): void {
  for (const r of records) {
    index.addArticle(r.article, r.passages);
    savedVersions.set(r.article.id, r.updatedAt);
  }
  scheduleCacheWrite(index, cacheKey());
}

export function unindexArticle(index: CorpusIndex, id: string): void {
  index.removeArticle(id);
  savedVersions.delete(id);
  scheduleCacheWrite(index, cacheKey());
}
