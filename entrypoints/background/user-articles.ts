// What the save page and the options page ask of the background about the
// reader's own articles. Every change goes to the store first and to the
// search index after, so a failed write never leaves the index ahead of
// what is saved.

import { type ArticleDraft, recordFromDraft } from '../../core/user-articles.ts';
import { exportJson, exportMarkdown, parseImport } from '../../core/user-corpus-file.ts';
import type { UserArticleRecord } from '../../core/user-record.ts';
import { ProblemError } from '../../core/problem.ts';
import { uiTranslator } from '../../shared/i18n.ts';
import { markdownWords } from './markdown-words.ts';
import type { ArticleSummary, ImportOutcome, SaveOutcome } from '../../shared/messages.ts';
import { getCorpus, indexRecords, unindexArticle } from './corpus.ts';
import * as store from './user-store.ts';

/** The reader's articles, newest saved first. */
export async function listArticles(): Promise<ArticleSummary[]> {
  const records = await store.readAll();
  return records
    .map((r) => ({
      id: r.article.id,
      headline: r.article.headline,
      outlet: r.article.outlet,
      published: r.article.published,
      url: r.article.url,
      savedAt: r.savedAt,
      passages: r.passages.length,
    }))
    .sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
}

export async function getArticle(id: string): Promise<UserArticleRecord | null> {
  return (await store.get(id)) ?? null;
}

/**
 * Saves a draft. A new article whose id is already taken is not overwritten
 * unless `replace` says so: the caller shows the conflict and asks.
 */
export async function saveArticle(draft: ArticleDraft, options: { editing?: string; replace?: boolean }): Promise<SaveOutcome> {
  const previous = options.editing ? await store.get(options.editing) : undefined;
  if (options.editing && !previous) throw new ProblemError({ code: 'articleGone' });
  const record = recordFromDraft(draft, new Date(), previous);
  if (!previous) {
    const existing = await store.get(record.article.id);
    if (existing && !options.replace) {
      return { saved: false, conflict: { id: existing.article.id, headline: existing.article.headline, savedAt: existing.savedAt } };
    }
  }
  await store.put(record);
  const { index } = await getCorpus();
  indexRecords(index, [record]);
  return { saved: true, id: record.article.id, headline: record.article.headline };
}

export async function deleteArticle(id: string): Promise<void> {
  await store.remove(id);
  const { index } = await getCorpus();
  unindexArticle(index, id);
}

export async function exportArticles(kind: 'json' | 'markdown'): Promise<string> {
  const records = await store.readAll();
  return kind === 'json' ? exportJson(records, new Date()) : exportMarkdown(records, new Date(), markdownWords(uiTranslator()));
}

/**
 * Imports the good records of an export file and reports each bad one with
 * its reason. A record whose article is already saved in another version is
 * imported only if `decisions` says "replace"; otherwise it is reported as a
 * conflict for the reader to decide. Identical copies are skipped silently.
 */
export async function importArticles(text: string, decisions: Record<string, 'replace' | 'keep'>): Promise<ImportOutcome> {
  const parsed = parseImport(text);
  const fresh: UserArticleRecord[] = [];
  const conflicts: ImportOutcome['conflicts'] = [];
  const unchanged: string[] = [];
  for (const record of parsed.records) {
    const existing = await store.get(record.article.id);
    if (!existing) fresh.push(record);
    else if (JSON.stringify(existing) === JSON.stringify(record)) unchanged.push(record.article.headline);
    else if (decisions[record.article.id] === 'replace') fresh.push(record);
    else if (decisions[record.article.id] !== 'keep') {
      conflicts.push({
        id: record.article.id,
        headline: record.article.headline,
        savedAt: existing.savedAt,
        incomingSavedAt: record.savedAt,
      });
    }
  }
  if (fresh.length) {
    await store.putAll(fresh);
    const { index } = await getCorpus();
    indexRecords(index, fresh);
  }
  return { imported: fresh.map((r) => r.article.headline), unchanged, rejected: parsed.rejected, conflicts };
}
