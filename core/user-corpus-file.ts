// The reader's corpus as a file: the JSON export (read back by the import)
// and the Markdown export for reading. Pure: the background calls it, and it
// is tested in Node.

import { ProblemError } from './problem.ts';
import {
  MAX_PARAGRAPHS,
  MAX_PARAGRAPH_CHARS,
  RECORD_FORMAT,
  type RecordProblem,
  type UserArticleRecord,
  isObject,
  recordProblem,
} from './user-record.ts';

export const EXPORT_KIND = 'related-coverage/user-corpus';

export interface UserCorpusExport {
  kind: typeof EXPORT_KIND;
  format: typeof RECORD_FORMAT;
  exportedAt: string;
  articles: UserArticleRecord[];
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
