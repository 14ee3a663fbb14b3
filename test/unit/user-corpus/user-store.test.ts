// The reader's saved articles in IndexedDB (fake-indexeddb stands in for the
// browser's): a write that fails part-way, as a full quota makes it, leaves
// every article as it was, and the reader is told why in one clear sentence.

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ArticleDraft, recordFromDraft } from '../../../core/user-articles.ts';
import * as store from '../../../entrypoints/background/user-store.ts';

const NOW = new Date('2026-11-22T10:00:00Z');
const record = (n: number, over: Partial<ArticleDraft> = {}) =>
  recordFromDraft(
    {
      headline: `Wuzhen summit, day ${n}`,
      outlet: 'Example Times',
      published: '2024-11-20',
      url: `https://example.org/news/wuzhen-${n}`,
      author: null,
      language: 'en',
      note: null,
      paragraphs: [`Day ${n} of the World Internet Conference in Wuzhen.`],
      ...over,
    },
    NOW,
  );

/** The Nth put of the next write fails as a full quota does. */
function quotaOnPut(n: number) {
  let calls = 0;
  const original = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (++calls === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args as Parameters<typeof original>);
  });
}

const headlines = async () => (await store.readAll()).map((r) => r.article.headline).sort();

describe('user store writes', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await store.clearAll();
  });

  it('imports all articles or none: a full quota on the third leaves the first two unsaved', async () => {
    await store.put(record(0));
    const spy = quotaOnPut(3);
    await expect(store.putAll([1, 2, 3, 4].map((n) => record(n)))).rejects.toMatchObject({
      problem: { code: 'storageFull', action: 'importArticles', count: 4 },
    });
    spy.mockRestore();
    expect(await headlines()).toEqual(['Wuzhen summit, day 0']);
  });

  it('imports nothing when the browser aborts the transaction part-way, and says nothing changed', async () => {
    let calls = 0;
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = original.apply(this, args as Parameters<typeof original>);
      if (++calls === 3) this.transaction.abort();
      return request;
    });
    await expect(store.putAll([1, 2, 3, 4].map((n) => record(n)))).rejects.toMatchObject({
      problem: { code: 'storageFailed', action: 'importArticles', count: 4, detail: expect.stringMatching(/\S/) },
    });
    vi.restoreAllMocks();
    expect(await headlines()).toEqual([]);
  });

  it('keeps the saved article whole when saving its edit fails', async () => {
    const first = record(1);
    await store.put(first);
    const spy = quotaOnPut(1);
    const edited = { ...first, article: { ...first.article, headline: 'Wuzhen summit, edited' } };
    await expect(store.put(edited)).rejects.toMatchObject({
      problem: { code: 'storageFull', action: 'saveArticle', headline: 'Wuzhen summit, edited' },
    });
    spy.mockRestore();
    expect(await store.get(first.article.id)).toEqual(first);
  });
});

// A cold background opens IndexedDB only when the reader may have saved
// something; a wrong "empty" would silently leave their articles out. Each
// test starts as a new background does: storage as the browser keeps it, the
// module (and what it remembers of the flag) loaded anew.
/** Once every promise chain under way has run (a read leaves its flag write running, unawaited; the fake storage is in memory). */
const settled = () => new Promise<void>((r) => setImmediate(r));

describe('whether the store may hold articles', () => {
  let fresh: typeof store;
  const flagWrites = () => setSpy.mock.calls.filter((call: unknown[]) => 'savedArticlesMayExist' in (call[0] as object)).length;
  let setSpy: ReturnType<typeof vi.spyOn>;
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.resetModules();
    fresh = await import('../../../entrypoints/background/user-store.ts');
    setSpy = vi.spyOn(fakeBrowser.storage.local, 'set');
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await fresh.clearAll();
  });

  it('is not known before any read, so the store is read', async () => {
    expect(await fresh.mayHoldArticles()).toBe(true);
  });

  it('is empty after a read that found nothing, and not after a save, even one that failed', async () => {
    await fresh.clearAll();
    await fresh.readAll();
    expect(await fresh.mayHoldArticles()).toBe(false);
    await fresh.put(record(1));
    expect(await fresh.mayHoldArticles()).toBe(true);
    await fresh.clearAll();
    await fresh.readAll();
    expect(await fresh.mayHoldArticles()).toBe(false);
    const spy = quotaOnPut(1);
    await expect(fresh.putAll([record(2)])).rejects.toMatchObject({ problem: { code: 'storageFull' } });
    spy.mockRestore();
    expect(await fresh.mayHoldArticles()).toBe(true);
  });

  it('stays non-empty when a read that finds nothing begins while an article is being saved', async () => {
    await fresh.clearAll();
    await fresh.readAll();
    const saving = fresh.put(record(3));
    const seen = await fresh.readAll();
    await saving;
    expect(seen).toEqual([]);
    expect(await fresh.mayHoldArticles()).toBe(true);
    expect((await fresh.readAll()).map((r) => r.article.headline)).toEqual(['Wuzhen summit, day 3']);
  });

  it('stays non-empty when a save begins while a read is under way', async () => {
    await fresh.clearAll();
    await fresh.readAll();
    expect(await fresh.mayHoldArticles()).toBe(false);
    // The read starts first; the save begins before it has looked.
    const reading = fresh.readAll();
    const saving = fresh.put(record(4));
    await Promise.all([reading, saving]);
    // Whatever the read saw, the flag it leaves must not hide the article.
    await vi.waitFor(async () => expect(await fresh.mayHoldArticles()).toBe(true));
    vi.resetModules();
    const restarted = await import('../../../entrypoints/background/user-store.ts');
    expect(await restarted.mayHoldArticles()).toBe(true);
    expect((await restarted.readAll()).map((r) => r.article.headline)).toEqual(['Wuzhen summit, day 4']);
  });

  it('is stored once, not again by every read that finds articles', async () => {
    await fresh.put(record(5));
    expect(flagWrites()).toBe(1);
    for (let i = 0; i < 3; i++) expect(await fresh.readAll()).toHaveLength(1);
    await settled();
    expect(flagWrites()).toBe(1);
    // A new background reads the flag and leaves it as it is.
    vi.resetModules();
    const restarted = await import('../../../entrypoints/background/user-store.ts');
    expect(await restarted.mayHoldArticles()).toBe(true);
    await restarted.readAll();
    await settled();
    expect(flagWrites()).toBe(1);
    expect(await restarted.mayHoldArticles()).toBe(true);
  });

  it('is stored again when what this background knew of it failed to be written', async () => {
    await fresh.clearAll();
    await fresh.readAll();
    await vi.waitFor(() => expect(flagWrites()).toBe(1));
    setSpy.mockRejectedValueOnce(new Error('storage is busy'));
    await expect(fresh.put(record(6))).rejects.toMatchObject({ problem: { action: 'saveArticle' } });
    await fresh.put(record(6));
    expect(await fresh.mayHoldArticles()).toBe(true);
  });
});
