// Articles a reader saves into their own corpus: the record that is stored,
// its validation (the same rules for what is saved, what is read back and
// what is imported), and the export formats. Pure: the background and the
// extension pages call it, and it is tested in Node.

import type { ArticleMeta, Lang, Passage } from './types.ts';
import { ProblemError } from './problem.ts';
import { parseTypedDate } from './typed-date.ts';
import { isHttpUrl, isPartialDate } from './validate.ts';

/** Version of the stored record and of the export file. */
export const RECORD_FORMAT = 1;
export const EXPORT_KIND = 'related-coverage/user-corpus';

export interface UserArticleRecord {
  format: typeof RECORD_FORMAT;
  article: ArticleMeta;
  passages: Passage[];
  /** ISO timestamps. */
  savedAt: string;
  updatedAt: string;
}

/** What the save form edits: an article before it has an id. */
export interface ArticleDraft {
  headline: string;
  outlet: string;
  published: string | null;
  url: string | null;
  author: string | null;
  language: Lang;
  note: string | null;
  paragraphs: string[];
}

export interface UserCorpusExport {
  kind: typeof EXPORT_KIND;
  format: typeof RECORD_FORMAT;
  exportedAt: string;
  articles: UserArticleRecord[];
}

export const MAX_PARAGRAPHS = 2000;
export const MAX_PARAGRAPH_CHARS = 20_000;
const ID = /^user-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is wrong with a draft, one code per problem (the interface words it). */
export type ArticleProblem =
  | { code: 'headlineEmpty' }
  | { code: 'outletEmpty' }
  /** `value`: the date as typed. */
  | { code: 'dateInvalid'; value: string }
  /** `value`: the address as typed. */
  | { code: 'urlInvalid'; value: string }
  | { code: 'languageInvalid' }
  | { code: 'noText' }
  | { code: 'tooManyParagraphs'; count: number; max: number }
  | { code: 'paragraphTooLong'; max: number };

/** Problems with a draft; empty when it can be saved. */
export function draftProblems(d: ArticleDraft): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  if (!d.headline.trim()) problems.push({ code: 'headlineEmpty' });
  if (!d.outlet.trim()) problems.push({ code: 'outletEmpty' });
  // A date as typed ("2024年11月20日", "20 Nov 2024") is stored normalised by recordFromDraft.
  if (d.published !== null && parseTypedDate(d.published) === null) problems.push({ code: 'dateInvalid', value: d.published });
  if (d.url !== null && !isHttpUrl(d.url)) problems.push({ code: 'urlInvalid', value: d.url });
  if (d.language !== 'en' && d.language !== 'zh') problems.push({ code: 'languageInvalid' });
  const paragraphs = d.paragraphs.filter((p) => p.trim());
  if (!paragraphs.length) problems.push({ code: 'noText' });
  if (paragraphs.length > MAX_PARAGRAPHS) problems.push({ code: 'tooManyParagraphs', count: paragraphs.length, max: MAX_PARAGRAPHS });
  if (paragraphs.some((p) => p.length > MAX_PARAGRAPH_CHARS)) problems.push({ code: 'paragraphTooLong', max: MAX_PARAGRAPH_CHARS });
  return problems;
}

/** A short, stable, readable id: the headline's words plus a hash of what identifies the article. */
export function articleId(d: Pick<ArticleDraft, 'headline' | 'url'>): string {
  const words = d.headline
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 6)
    .join('-');
  return `user-${words ? `${words}-` : ''}${hash(`${d.url ?? ''}\n${d.headline.trim()}`)}`;
}

function hash(s: string): string {
  // FNV-1a, 32 bits: enough to tell articles apart, short enough to read.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A record from a valid draft. `previous` keeps the id and first save time when editing. */
export function recordFromDraft(d: ArticleDraft, now: Date, previous?: UserArticleRecord): UserArticleRecord {
  const [problem] = draftProblems(d);
  if (problem) throw new ProblemError(problem);
  const id = previous?.article.id ?? articleId(d);
  const clean = (s: string | null) => (s?.trim() ? s.trim() : null);
  const article: ArticleMeta = {
    id,
    headline: d.headline.trim(),
    outlet: d.outlet.trim(),
    published: d.published === null ? null : parseTypedDate(d.published),
    url: clean(d.url),
    copyUrl: null,
    language: d.language,
    author: clean(d.author),
    note: clean(d.note),
    origin: 'user',
  };
  const passages = d.paragraphs
    .filter((p) => p.trim())
    .map((text, index): Passage => ({ id: `${id}#${index}`, articleId: id, index, section: null, text }));
  const at = now.toISOString();
  return { format: RECORD_FORMAT, article, passages, savedAt: previous?.savedAt ?? at, updatedAt: at };
}

/** The draft a record was made from, for editing it again. */
export function draftFromRecord(r: UserArticleRecord): ArticleDraft {
  const a = r.article;
  return {
    headline: a.headline,
    outlet: a.outlet,
    published: a.published,
    url: a.url,
    author: a.author,
    language: a.language,
    note: a.note,
    paragraphs: r.passages.map((p) => p.text),
  };
}

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

export function exportJson(records: readonly UserArticleRecord[], now: Date): string {
  const file: UserCorpusExport = {
    kind: EXPORT_KIND,
    format: RECORD_FORMAT,
    exportedAt: now.toISOString(),
    articles: [...records].sort((a, b) => (a.article.id < b.article.id ? -1 : 1)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The words of the Markdown export, in the reader's language (the caller
 * builds them from the locale files). Dates arrive as stored: `date` words a
 * YYYY[-MM[-DD]] date or null, `day` an ISO timestamp.
 */
export interface MarkdownWords {
  title: string;
  summary(count: number, exportedAt: string): string;
  fact(field: 'outlet' | 'published' | 'address' | 'author' | 'note' | 'saved', value: string): string;
  unknown: string;
  date(published: string | null): string;
  day(timestamp: string): string;
}

/** For reading: one section per article, its facts, then its paragraphs as written. */
export function exportMarkdown(records: readonly UserArticleRecord[], now: Date, w: MarkdownWords): string {
  const lines = [`# ${w.title}`, '', w.summary(records.length, now.toISOString()), ''];
  for (const r of [...records].sort((a, b) => (a.article.headline < b.article.headline ? -1 : 1))) {
    const a = r.article;
    lines.push(`## ${a.headline}`, '');
    lines.push(`- ${w.fact('outlet', a.outlet)}`);
    lines.push(`- ${w.fact('published', w.date(a.published))}`);
    lines.push(`- ${w.fact('address', a.url ?? w.unknown)}`);
    if (a.author) lines.push(`- ${w.fact('author', a.author)}`);
    if (a.note) lines.push(`- ${w.fact('note', a.note)}`);
    lines.push(`- ${w.fact('saved', w.day(r.savedAt))}`, '');
    for (const p of r.passages) lines.push(p.text, '');
  }
  return lines.join('\n');
}

export interface ParsedImport {
  records: UserArticleRecord[];
  /** One per article that cannot be imported, with where it is in the file (from 1) and why. */
  rejected: Array<{ position: number; id: string | null; problem: RecordProblem }>;
}

/** Why an import file cannot be read at all. */
export type ImportFileProblem =
  /** `detail`: the JSON parser's message. */
  | { code: 'notJson'; detail: string }
  | { code: 'notExport' }
  | { code: 'newerFormat'; format: string }
  | { code: 'noArticles' };

/** Reads an export file; a file-level problem is thrown (ProblemError), record problems are listed. */
export function parseImport(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ProblemError({ code: 'notJson', detail: e instanceof Error ? e.message : String(e) });
  }
  if (!isObject(data) || data.kind !== EXPORT_KIND) throw new ProblemError({ code: 'notExport' });
  if (typeof data.format !== 'number' || data.format > RECORD_FORMAT) {
    throw new ProblemError({ code: 'newerFormat', format: String(data.format) });
  }
  if (!Array.isArray(data.articles)) throw new ProblemError({ code: 'noArticles' });
  const out: ParsedImport = { records: [], rejected: [] };
  const seen = new Set<string>();
  data.articles.forEach((raw, position) => {
    const problem = recordProblem(raw) ?? sizeProblem(raw as UserArticleRecord);
    const id = isObject(raw) && isObject(raw.article) && typeof raw.article.id === 'string' ? raw.article.id : null;
    if (problem) out.rejected.push({ position: position + 1, id, problem });
    else if (seen.has(id!)) out.rejected.push({ position: position + 1, id, problem: { code: 'duplicate' } });
    else {
      seen.add(id!);
      out.records.push(raw as UserArticleRecord);
    }
  });
  return out;
}

/**
 * An imported article is held to the editor's limits (draftProblems): no more
 * paragraphs, and none longer, than a reader could save by hand. Records
 * already in storage are not checked again, so nothing saved is lost.
 */
function sizeProblem(r: UserArticleRecord): RecordProblem | null {
  if (r.passages.length > MAX_PARAGRAPHS) return { code: 'passagesTooMany', count: r.passages.length, max: MAX_PARAGRAPHS };
  const index = r.passages.findIndex((p) => p.text.length > MAX_PARAGRAPH_CHARS);
  if (index >= 0) return { code: 'passageTooLong', index, length: r.passages[index]!.text.length, max: MAX_PARAGRAPH_CHARS };
  return null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
