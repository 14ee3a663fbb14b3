// Reads the evaluation pages: the page-like texts of test/eval/set and
// test/eval/held-out (one file per script, cases separated by "=== id"), and
// the thirty whole HTML pages of test/eval/pages with their expected.json.
// Every case becomes the same shape: the page as the content script would
// see it, and what a careful reader expects of it.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPageText, type PageText } from '../../../shared/page-text.ts';

export type Script = 'en' | 'zh-Hans' | 'zh-Hant';

export interface EvalCase {
  id: string;
  script: Script;
  page: PageText;
  /** Topics the page must trigger. */
  topics: string[];
  /** Topics that may trigger or not. */
  optional: string[];
  /** Articles one of which must give the first passage; 'any' when none fits; null on pages about no topic. */
  first: string[] | 'any' | null;
  /** Set on pages built to look like a topic without being about it. */
  lookalike: string | null;
  tests: string;
}

const EVAL = fileURLToPath(new URL('../../eval', import.meta.url));

const SCRIPT_OF_FILE: Record<string, Script> = { 'en.txt': 'en', 'zh-hans.txt': 'zh-Hans', 'zh-hant.txt': 'zh-Hant' };

/** A page from a title, a date and paragraphs, laid out the way extractPageText lays out an article. */
export function pageFrom(title: string, paragraphs: readonly string[], published: string | null): PageText {
  const blocks: Array<[number, number]> = [];
  let text = '';
  for (const block of [title, ...paragraphs]) {
    if (text) text += '\n';
    blocks.push([text.length, text.length + block.length]);
    text += block;
  }
  return { title, text, segments: [], blocks, published, lang: null, truncated: false };
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'none');

/** The cases of one folder of page-like texts (test/eval/set or test/eval/held-out). */
export function readTextCases(folder: 'set' | 'held-out'): EvalCase[] {
  const dir = join(EVAL, folder);
  const out: EvalCase[] = [];
  for (const file of readdirSync(dir).filter((f) => f in SCRIPT_OF_FILE).sort()) {
    const chunks = readFileSync(join(dir, file), 'utf8').split(/^=== /m).slice(1);
    for (const chunk of chunks) {
      const lines = chunk.split('\n');
      const id = lines.shift()!.trim();
      const head: Record<string, string> = {};
      while (lines.length && /^[a-z]+:/.test(lines[0]!)) {
        const line = lines.shift()!;
        const colon = line.indexOf(':');
        head[line.slice(0, colon)] = line.slice(colon + 1).trim();
      }
      const paragraphs = lines
        .join('\n')
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      if (!head.title || !paragraphs.length || head.topics === undefined) {
        throw new Error(`${folder}/${file}: case "${id}" needs topics, title and at least one paragraph`);
      }
      const topics = list(head.topics);
      const first = head.first === undefined ? null : head.first === 'any' ? 'any' : list(head.first);
      if (topics.length && first === null) throw new Error(`${folder}/${file}: case "${id}" needs "first"`);
      out.push({
        id,
        script: SCRIPT_OF_FILE[file]!,
        page: pageFrom(head.title, paragraphs, head.published || null),
        topics,
        optional: list(head.optional),
        first: topics.length ? first : null,
        lookalike: head.lookalike ?? null,
        tests: head.tests ?? '',
      });
    }
  }
  return out;
}

interface HtmlExpectation {
  topics: string[];
  optional: string[];
  first: string[] | 'any' | null;
  note?: string;
}

/** Decoded by the charset the page declares, as `scan` does. */
function readHtml(file: string): string {
  const bytes = readFileSync(join(EVAL, 'pages', file));
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)))?.[1] ?? 'utf-8';
  return new TextDecoder(charset).decode(bytes);
}

// The two traditional-Chinese pages of the original thirty (Hong Kong, Taiwan).
const TRADITIONAL = new Set(['zh23-hk-trad-wic2023.html', 'zh25-tw-ai-basic-law.html']);

/** The thirty whole pages of test/eval/pages, read the way `scan` reads them. */
export function readHtmlCases(): EvalCase[] {
  const expected = JSON.parse(readFileSync(join(EVAL, 'expected.json'), 'utf8')) as Record<string, HtmlExpectation>;
  return readdirSync(join(EVAL, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file): EvalCase => {
      const want = expected[file];
      if (!want) throw new Error(`test/eval/expected.json has no entry for ${file}`);
      const { document } = parseHTML(readHtml(file));
      const isNegative = want.topics.length === 0;
      return {
        id: file,
        script: file.startsWith('en') ? 'en' : TRADITIONAL.has(file) ? 'zh-Hant' : 'zh-Hans',
        page: extractPageText(document as unknown as Document),
        topics: want.topics,
        optional: want.optional,
        first: want.first,
        lookalike: isNegative ? 'original' : null,
        tests: want.note ?? '',
      };
    });
}
