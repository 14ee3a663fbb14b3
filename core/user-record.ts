// The record of an article a reader saved into their own corpus, and its
// check: the same rules for what is read back from storage and what is
// imported from a file. Pure: the background and the extension pages call
// it, and it is tested in Node.

import type { ArticleMeta, Passage } from './types.ts';
import { isHttpUrl, isPartialDate } from './validate.ts';

/** Version of the stored record and of the export file. */
export const RECORD_FORMAT = 1;

export interface UserArticleRecord {
  format: typeof RECORD_FORMAT;
  article: ArticleMeta;
  passages: Passage[];
  /** ISO timestamps. */
  savedAt: string;
  updatedAt: string;
}

/** The limits the editor holds every article to (an import is held to them too). */
export const MAX_PARAGRAPHS = 2000;
export const MAX_PARAGRAPH_CHARS = 20_000;
const ID = /^user-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Why a record read back from storage or from an import file cannot be used.
 * `value`: what the file holds there, as JSON; `index`: a paragraph's, from 0.
 */
export type RecordProblem =
  | { code: 'notObject' }
  | { code: 'formatNewer'; format: number }
  | { code: 'formatUnknown'; value: string }
  | { code: 'noArticle' }
  | { code: 'idInvalid'; value: string }
  | { code: 'headlineEmpty' }
  | { code: 'outletEmpty' }
  | { code: 'publishedInvalid'; value: string }
  | { code: 'urlInvalid'; value: string }
  | { code: 'copyUrlInvalid'; value: string }
  | { code: 'languageInvalid'; value: string }
  | { code: 'authorInvalid' }
  | { code: 'noteInvalid' }
  | { code: 'originInvalid' }
  | { code: 'noPassages' }
  | { code: 'passageNotObject'; index: number }
  | { code: 'passageMismatch'; index: number }
  | { code: 'passageNoText'; index: number }
  | { code: 'passageSectionInvalid'; index: number }
  | { code: 'savedAtInvalid' }
  | { code: 'updatedAtInvalid' }
  /** Over the limits the editor holds every article to (import only). */
  | { code: 'passagesTooMany'; count: number; max: number }
  | { code: 'passageTooLong'; index: number; length: number; max: number }
  /** The same article appears earlier in the file. */
  | { code: 'duplicate' };

/** Checks a record read back from storage or from an import file, field by field; null when it can be used. */
export function recordProblem(raw: unknown): RecordProblem | null {
  if (!isObject(raw)) return { code: 'notObject' };
  if (raw.format !== RECORD_FORMAT) {
    return typeof raw.format === 'number' && raw.format > RECORD_FORMAT
      ? { code: 'formatNewer', format: raw.format }
      : { code: 'formatUnknown', value: json(raw.format) };
  }
  const a = raw.article;
  if (!isObject(a)) return { code: 'noArticle' };
  if (typeof a.id !== 'string' || !ID.test(a.id)) return { code: 'idInvalid', value: json(a.id) };
  if (typeof a.headline !== 'string' || !a.headline.trim()) return { code: 'headlineEmpty' };
  if (typeof a.outlet !== 'string' || !a.outlet.trim()) return { code: 'outletEmpty' };
  if (a.published !== null && (typeof a.published !== 'string' || !isPartialDate(a.published))) {
    return { code: 'publishedInvalid', value: json(a.published) };
  }
  if (a.url !== null && (typeof a.url !== 'string' || !isHttpUrl(a.url))) return { code: 'urlInvalid', value: json(a.url) };
  if (a.copyUrl !== null && (typeof a.copyUrl !== 'string' || !isHttpUrl(a.copyUrl))) {
    return { code: 'copyUrlInvalid', value: json(a.copyUrl) };
  }
  if (a.language !== 'en' && a.language !== 'zh') return { code: 'languageInvalid', value: json(a.language) };
  if (a.author !== null && typeof a.author !== 'string') return { code: 'authorInvalid' };
  if (a.note !== null && typeof a.note !== 'string') return { code: 'noteInvalid' };
  if (a.origin !== 'user') return { code: 'originInvalid' };
  if (!Array.isArray(raw.passages) || !raw.passages.length) return { code: 'noPassages' };
  for (const [index, p] of raw.passages.entries()) {
    if (!isObject(p)) return { code: 'passageNotObject', index };
    if (p.id !== `${a.id}#${index}` || p.articleId !== a.id || p.index !== index) return { code: 'passageMismatch', index };
    if (typeof p.text !== 'string' || !p.text.trim()) return { code: 'passageNoText', index };
    if (p.section !== null && typeof p.section !== 'string') return { code: 'passageSectionInvalid', index };
  }
  if (!isTimestamp(raw.savedAt)) return { code: 'savedAtInvalid' };
  if (!isTimestamp(raw.updatedAt)) return { code: 'updatedAtInvalid' };
  return null;
}

const isTimestamp = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** A value as the file writes it, short enough to quote back. */
function json(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
