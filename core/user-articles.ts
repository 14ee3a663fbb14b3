// Articles a reader saves into their own corpus: the record that is stored,
// its validation (the same rules for what is saved, what is read back and
// what is imported), and the export formats. Pure: the background and the
// extension pages call it, and it is tested in Node.

import type { ArticleMeta, Lang, Passage } from './types.ts';
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

const MAX_PARAGRAPHS = 2000;
const MAX_PARAGRAPH_CHARS = 20_000;
const ID = /^user-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Problems with a draft, each a sentence a reader can act on; empty when it can be saved. */
export function draftProblems(d: ArticleDraft): string[] {
  const problems: string[] = [];
  if (!d.headline.trim()) problems.push('The headline is empty.');
  if (!d.outlet.trim()) problems.push('The outlet is empty: say who published it.');
  if (d.published !== null && !isPartialDate(d.published)) {
    problems.push(`The date "${d.published}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty if unknown.`);
  }
  if (d.url !== null && !isHttpUrl(d.url)) {
    problems.push(`The address "${d.url}" is not a full http(s) address: copy it from the address bar, or leave it empty if unknown.`);
  }
  if (d.language !== 'en' && d.language !== 'zh') problems.push('The language must be English or Chinese.');
  const paragraphs = d.paragraphs.filter((p) => p.trim());
  if (!paragraphs.length) problems.push('There is no text: keep at least one paragraph.');
  if (paragraphs.length > MAX_PARAGRAPHS) problems.push(`There are ${paragraphs.length} paragraphs; at most ${MAX_PARAGRAPHS} can be saved.`);
  if (paragraphs.some((p) => p.length > MAX_PARAGRAPH_CHARS)) {
    problems.push(`A paragraph is longer than ${MAX_PARAGRAPH_CHARS} characters; split it.`);
  }
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
  const problems = draftProblems(d);
  if (problems.length) throw new Error(problems.join(' '));
  const id = previous?.article.id ?? articleId(d);
  const clean = (s: string | null) => (s?.trim() ? s.trim() : null);
  const article: ArticleMeta = {
    id,
    headline: d.headline.trim(),
    outlet: d.outlet.trim(),
    published: clean(d.published),
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
 * Checks a record read back from storage or from an import file, field by
 * field. Returns the reason it cannot be used, or null.
 */
export function recordProblem(raw: unknown): string | null {
  if (!isObject(raw)) return 'not a record (expected an object)';
  if (raw.format !== RECORD_FORMAT) {
    return typeof raw.format === 'number' && raw.format > RECORD_FORMAT
      ? `written by a newer version of the extension (format ${raw.format})`
      : `unknown record format ${JSON.stringify(raw.format)}`;
  }
  const a = raw.article;
  if (!isObject(a)) return 'no article';
  if (typeof a.id !== 'string' || !ID.test(a.id)) return `article id ${JSON.stringify(a.id)} is not a user article id (user-…)`;
  for (const key of ['headline', 'outlet'] as const) {
    if (typeof a[key] !== 'string' || !(a[key] as string).trim()) return `article ${key} is missing or empty`;
  }
  if (a.published !== null && (typeof a.published !== 'string' || !isPartialDate(a.published))) {
    return `published ${JSON.stringify(a.published)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD) or null`;
  }
  for (const key of ['url', 'copyUrl'] as const) {
    if (a[key] !== null && (typeof a[key] !== 'string' || !isHttpUrl(a[key] as string))) {
      return `${key} ${JSON.stringify(a[key])} is not an http(s) address or null`;
    }
  }
  if (a.language !== 'en' && a.language !== 'zh') return `language ${JSON.stringify(a.language)} is not en or zh`;
  for (const key of ['author', 'note'] as const) {
    if (a[key] !== null && typeof a[key] !== 'string') return `${key} must be text or null`;
  }
  if (a.origin !== 'user') return 'origin must be "user"';
  if (!Array.isArray(raw.passages) || !raw.passages.length) return 'no passages';
  for (const [i, p] of raw.passages.entries()) {
    if (!isObject(p)) return `passage ${i} is not an object`;
    if (p.id !== `${a.id}#${i}` || p.articleId !== a.id || p.index !== i) return `passage ${i} has the wrong id, article or index`;
    if (typeof p.text !== 'string' || !p.text.trim()) return `passage ${i} has no text`;
    if (p.section !== null && typeof p.section !== 'string') return `passage ${i} section must be text or null`;
  }
  for (const key of ['savedAt', 'updatedAt'] as const) {
    if (typeof raw[key] !== 'string' || Number.isNaN(Date.parse(raw[key] as string))) return `${key} is not a timestamp`;
  }
  return null;
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

/** For reading: one section per article, its facts, then its paragraphs as written. */
export function exportMarkdown(records: readonly UserArticleRecord[], now: Date): string {
  const lines = [`# My Related Coverage articles`, '', `Exported ${now.toISOString()}; ${records.length} articles.`, ''];
  for (const r of [...records].sort((a, b) => (a.article.headline < b.article.headline ? -1 : 1))) {
    const a = r.article;
    lines.push(`## ${a.headline}`, '');
    lines.push(`- Outlet: ${a.outlet}`);
    lines.push(`- Published: ${a.published ?? 'unknown'}`);
    lines.push(`- Address: ${a.url ?? 'unknown'}`);
    if (a.author) lines.push(`- Author: ${a.author}`);
    if (a.note) lines.push(`- Note: ${a.note}`);
    lines.push(`- Saved: ${r.savedAt}`, '');
    for (const p of r.passages) lines.push(p.text, '');
  }
  return lines.join('\n');
}

export interface ParsedImport {
  records: UserArticleRecord[];
  /** One per article that cannot be imported, with where it is in the file and why. */
  rejected: Array<{ position: number; id: string | null; reason: string }>;
}

/** Reads an export file; the file-level problem is thrown, record problems are listed. */
export function parseImport(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`This is not a JSON file (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!isObject(data) || data.kind !== EXPORT_KIND) {
    throw new Error('This JSON file is not a Related Coverage export (its "kind" is not related-coverage/user-corpus).');
  }
  if (typeof data.format !== 'number' || data.format > RECORD_FORMAT) {
    throw new Error(`This export was written by a newer version of the extension (format ${String(data.format)}); update the extension to import it.`);
  }
  if (!Array.isArray(data.articles)) throw new Error('This export has no list of articles.');
  const out: ParsedImport = { records: [], rejected: [] };
  const seen = new Set<string>();
  data.articles.forEach((raw, position) => {
    const problem = recordProblem(raw);
    const id = isObject(raw) && isObject(raw.article) && typeof raw.article.id === 'string' ? raw.article.id : null;
    if (problem) out.rejected.push({ position: position + 1, id, reason: problem });
    else if (seen.has(id!)) out.rejected.push({ position: position + 1, id, reason: 'the same article appears earlier in the file' });
    else {
      seen.add(id!);
      out.records.push(raw as UserArticleRecord);
    }
  });
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
