// Articles a reader saves into their own corpus, as the save form edits them:
// the draft, its problems, and the record made from it (core/user-record.ts
// checks records read back; core/user-corpus-file.ts exports and imports
// them). Pure: the background and the extension pages call it, and it is
// tested in Node.

import type { ArticleMeta, Lang, Passage } from './types.ts';
import { ProblemError } from './problem.ts';
import { parseTypedDate } from './typed-date.ts';
import { MAX_PARAGRAPHS, MAX_PARAGRAPH_CHARS, RECORD_FORMAT, type UserArticleRecord } from './user-record.ts';
import { isHttpUrl } from './validate.ts';

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
