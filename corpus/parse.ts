// Parses one corpus article file (front matter + Markdown-ish body) into the
// shared types. Pure: no filesystem, so the extension can reuse it for
// articles a user adds, and tests can feed it strings.
import { isHttpUrl, isPartialDate } from '../core/validate';
import type { ArticleMeta, Lang, Passage } from '../core/types';

/** A problem in an article file, located so a person can go and fix it. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
  constructor(
    readonly file: string,
    /** 1-based. */
    readonly line: number,
    /** The message without the `file:line: ` prefix. */
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

export interface ParsedArticle {
  article: ArticleMeta;
  passages: Passage[];
  /** File name of the raw capture the passages were copied from, if recorded. */
  seed: string | null;
  /** Line of the `id:` key, so cross-file checks can point at it. */
  idLine: number;
}

const REQUIRED = ['id', 'headline', 'outlet', 'published', 'url', 'language'] as const;
const OPTIONAL = ['author', 'note', 'copy_url', 'seed'] as const;
type Key = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];
const KNOWN: readonly string[] = [...REQUIRED, ...OPTIONAL];

const UNKNOWN = 'unknown';
const FENCE = '---';
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Field {
  value: string;
  line: number;
}

export function parseArticleFile(
  fileName: string,
  text: string,
  origin: 'bundled' | 'user' = 'bundled',
): ParsedArticle {
  function fail(line: number, reason: string): never {
    throw new CorpusError(fileName, line, reason);
  }
  // Tolerate what editors on other systems add, so a saved file still parses.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);

  if (lines[0]?.trim() !== FENCE) {
    fail(1, `missing front matter: the file must start with a line "${FENCE}"`);
  }
  const closeIdx = lines.findIndex((l, i) => i > 0 && l.trim() === FENCE);
  if (closeIdx < 0) {
    fail(1, `front matter is never closed: add a line "${FENCE}" after the last key`);
  }
  const closeLine = closeIdx + 1;

  const fields = new Map<Key, Field>();
  for (let i = 1; i < closeIdx; i++) {
    const raw = lines[i] ?? '';
    const line = i + 1;
    if (raw.trim() === '') continue;
    const m = /^([A-Za-z_][\w-]*):(.*)$/.exec(raw);
    if (!m) fail(line, `expected "key: value", got "${raw}"`);
    const key = m[1]!;
    const value = m[2]!.trim();
    if (!KNOWN.includes(key)) {
      fail(line, `unknown key "${key}" (known keys: ${KNOWN.join(', ')})`);
    }
    const seen = fields.get(key as Key);
    if (seen) fail(line, `duplicate key "${key}" (first given on line ${seen.line})`);
    if (value === '') fail(line, `${key} is empty (write a value, or "${UNKNOWN}" where allowed)`);
    fields.set(key as Key, { value, line });
  }
  for (const key of REQUIRED) {
    if (!fields.has(key)) fail(closeLine, `missing required key "${key}"`);
  }
  const get = (key: (typeof REQUIRED)[number]): Field => fields.get(key)!;
  const opt = (key: (typeof OPTIONAL)[number]): Field | undefined => fields.get(key);

  const id = get('id');
  if (!KEBAB.test(id.value)) {
    fail(id.line, `id "${id.value}" is not lowercase kebab-case (e.g. wic-2022-xi-opens-summit)`);
  }
  const base = baseName(fileName);
  if (id.value !== base) {
    fail(id.line, `id "${id.value}" does not match the file name "${base}.md"`);
  }

  const published = get('published');
  if (published.value !== UNKNOWN && !isPartialDate(published.value)) {
    fail(
      published.line,
      `published "${published.value}" is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD, or ${UNKNOWN})`,
    );
  }

  const urlOf = (f: Field | undefined, key: string): string | null => {
    if (!f || f.value === UNKNOWN) return null;
    if (!isHttpUrl(f.value)) {
      fail(f.line, `${key} "${f.value}" is not an absolute http(s) URL (or ${UNKNOWN})`);
    }
    return f.value;
  };
  const url = urlOf(get('url'), 'url');
  const copyUrl = urlOf(opt('copy_url'), 'copy_url');

  const language = get('language');
  if (language.value !== 'en' && language.value !== 'zh') {
    fail(language.line, `language "${language.value}" is not supported (use en or zh)`);
  }

  const seed = opt('seed');
  if (seed && !/^[^/\\]+$/.test(seed.value)) {
    fail(seed.line, `seed "${seed.value}" must be a bare file name, not a path`);
  }

  const author = opt('author');
  const article: ArticleMeta = {
    id: id.value,
    headline: get('headline').value,
    outlet: get('outlet').value,
    published: published.value === UNKNOWN ? null : published.value,
    url,
    copyUrl,
    language: language.value as Lang,
    author: !author || author.value === UNKNOWN ? null : author.value,
    note: opt('note')?.value ?? null,
    origin,
  };
  const passages = parseBody(lines, closeIdx + 1, article.id, fail);
  if (passages.length === 0) {
    fail(closeLine, 'no passages: the body after the front matter is empty');
  }
  return { article, passages, seed: seed?.value ?? null, idLine: id.line };
}

// Paragraphs are separated by blank lines; lines inside one paragraph are
// joined with a space, as Markdown does, so long lines may be wrapped.
function parseBody(
  lines: string[],
  start: number,
  articleId: string,
  fail: (line: number, reason: string) => never,
): Passage[] {
  const passages: Passage[] = [];
  let para: string[] = [];
  let heading: { text: string; line: number; used: boolean } | null = null;

  const flush = () => {
    if (para.length === 0) return;
    const index = passages.length;
    passages.push({
      id: `${articleId}#${index}`,
      articleId,
      index,
      section: heading?.text ?? null,
      text: para.join(' '),
    });
    if (heading) heading.used = true;
    para = [];
  };
  const checkHeadingUsed = () => {
    if (heading && !heading.used) {
      fail(heading.line, `heading "${heading.text}" has no passage after it`);
    }
  };

  for (let i = start; i < lines.length; i++) {
    const line = i + 1;
    const t = (lines[i] ?? '').replace(/^[ \t]+|[ \t]+$/g, '');
    if (t === '') {
      flush();
      continue;
    }
    const h = /^(#{1,6})(?:[ \t]+(.*))?$/.exec(t);
    if (h) {
      if (h[1] !== '##') fail(line, `only "## " headings are allowed, got "${h[1]}"`);
      const text = (h[2] ?? '').trim();
      if (text === '') fail(line, 'heading is empty');
      flush();
      checkHeadingUsed();
      heading = { text, line, used: false };
      continue;
    }
    para.push(t);
  }
  flush();
  checkHeadingUsed();
  return passages;
}

function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  return last.replace(/\.md$/, '');
}
