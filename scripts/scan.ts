// npm run scan -- [--json] [--top N] FILE_OR_URL...
// Reads HTML pages (files, or http(s) URLs it fetches), takes the visible
// article text the way the content script does, and prints each page's
// topics and best passages: for a person, or with --json one object a line.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { type CorpusBundle, openBundle } from '../core/bundle.ts';
import { rank, type RankedPassage } from '../core/rank.ts';
import { builtInDetectorPlan } from './built-in-plans.ts';
import { extractPageText } from '../shared/page-text.ts';
import { rankRequest } from '../shared/rank-request.ts';

const USAGE = `usage: npm run scan -- [--json] [--top N] FILE_OR_URL...

Prints the topics each page talks about and the corpus passages that speak
to it, best first (5 unless --top says otherwise).
  --json     one JSON object per input, each on its own line
             (use "npm run --silent scan" so npm prints nothing else)
  --top N    how many passages per page`;

interface Options {
  json: boolean;
  top: number;
  inputs: string[];
}

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = { json: false, top: 5, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--top' || arg.startsWith('--top=')) {
      const value = arg.startsWith('--top=') ? arg.slice(6) : argv[++i];
      if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) {
        throw new UsageError(`--top needs a whole number of 1 or more, got ${value === undefined ? 'nothing' : `"${value}"`}`);
      }
      options.top = Number(value);
    } else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg === '--') continue;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (!options.inputs.length) throw new UsageError('give at least one file or URL to scan');
  return options;
}

class UsageError extends Error {}

/** Reads a page's bytes and decodes them by the charset the page declares. */
async function readPage(source: string): Promise<string> {
  let bytes: Uint8Array;
  let headerType: string | null = null;
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
    } catch (e) {
      throw new Error(`could not fetch it (${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)})`);
    }
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
    headerType = response.headers.get('content-type');
    bytes = new Uint8Array(await response.arrayBuffer());
  } else {
    try {
      bytes = readFileSync(source);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new Error(
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a page' : code === 'EACCES' ? 'not allowed to read it' : String(e),
      );
    }
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset =
    /charset=["']?([\w-]+)/i.exec(headerType ?? '')?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

interface PageReport {
  source: string;
  topics: Array<{ id: string; label: string; mentions: number }>;
  passages: Array<{
    articleId: string;
    title: string;
    outlet: string;
    published: string | null;
    url: string | null;
    text: string;
    score: number;
    matched: string[];
  }>;
}

function scanHtml(source: string, html: string, corpus: ReturnType<typeof openBundle>, top: number): { report: PageReport; ranked: RankedPassage[] } {
  const { document } = parseHTML(html);
  const page = extractPageText(document as unknown as Document);
  const matches = corpus.detector.detect(page.text);
  const ranked = matches.length ? rank(corpus.index, rankRequest(page, matches), { top }) : [];
  return {
    ranked,
    report: {
      source,
      topics: matches.map((m) => ({ id: m.id, label: m.label, mentions: m.mentions.length })),
      passages: ranked.map((r) => ({
        articleId: r.article.id,
        title: r.article.headline,
        outlet: r.article.outlet,
        published: r.article.published,
        url: r.article.url,
        text: r.passage.text,
        score: r.score,
        matched: r.matched,
      })),
    },
  };
}

function forPeople({ report, ranked }: { report: PageReport; ranked: RankedPassage[] }): string {
  const lines = [report.source];
  if (!report.topics.length) {
    lines.push('  Neither topic is mentioned.');
    return lines.join('\n');
  }
  lines.push(`  Topics: ${report.topics.map((t) => `${t.label} (${t.mentions} mention${t.mentions === 1 ? '' : 's'})`).join(', ')}`);
  if (!ranked.length) lines.push('  No passage of the corpus speaks to it.');
  ranked.forEach((r, i) => {
    const a = r.article;
    lines.push(`  ${i + 1}. ${a.outlet}, ${a.published ?? 'date unknown'}: ${a.headline}  [score ${r.score}]`);
    lines.push(`     “${r.passage.text.length > 240 ? `${r.passage.text.slice(0, 237)}...` : r.passage.text}”`);
    const why = [
      r.reasons.event && `same event: ${r.reasons.event}`,
      r.reasons.names.length && `names: ${r.reasons.names.join(', ')}`,
      r.reasons.topics.length && `topics: ${r.reasons.topics.join(', ')}`,
      r.reasons.words.length && `words: ${r.reasons.words.join(', ')}`,
    ].filter(Boolean);
    if (why.length) lines.push(`     why: ${why.join('; ')}`);
    lines.push(`     ${a.url ?? (a.copyUrl ? `${a.copyUrl} (a copy; the original address is unknown)` : 'source address unknown')}`);
  });
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message) console.error(`scan: ${e.message}`);
    console.error(USAGE);
    return e.message ? 2 : 0;
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const corpus = openBundle(JSON.parse(readFileSync(join(root, 'public', 'corpus-index.json'), 'utf8')) as CorpusBundle, {
    detector: builtInDetectorPlan(),
  });
  let failures = 0;
  for (const source of options.inputs) {
    let html: string;
    try {
      html = await readPage(source);
    } catch (e) {
      failures++;
      console.error(`scan: ${source}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const result = scanHtml(source, html, corpus, options.top);
    console.log(options.json ? JSON.stringify(result.report) : `${forPeople(result)}\n`);
  }
  return failures ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
