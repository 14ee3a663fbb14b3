// The evaluation pages of test/eval: topics and the first passage's article,
// against what the evaluator wrote before seeing the rules.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundle, type OpenCorpus } from '../../../core/bundle.ts';
import { shippedBundle as buildBundle } from '../../../scripts/built-in-plans.ts';
import { rank } from '../../../core/rank.ts';
import { buildCorpus } from '../../../corpus/build.ts';
import { extractPageText } from '../../../shared/page-text.ts';
import { rankRequest } from '../../../shared/rank-request.ts';

const dir = join(__dirname, '../../eval');
interface Expectation {
  topics: string[];
  optional: string[];
  first: string[] | 'any' | null;
}
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expectation>;
const pages = readdirSync(join(dir, 'pages')).filter((f) => f.endsWith('.html'));

/** Decoded by the charset the page declares, as `scan` does. */
function read(file: string): string {
  const bytes = readFileSync(join(dir, 'pages', file));
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)))?.[1] ?? 'utf-8';
  return new TextDecoder(charset).decode(bytes);
}

let open: OpenCorpus;
beforeAll(() => {
  open = openBundle(buildBundle(buildCorpus(join(__dirname, '../../../corpus/articles'))));
});

describe('evaluation pages', () => {
  it('has an expectation for every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    for (const page of pages) expect(expected[page], page).toBeDefined();
  });

  it.each(pages)('%s', (file) => {
    const want = expected[file]!;
    const { document } = parseHTML(read(file));
    const page = extractPageText(document as unknown as Document);
    const matches = open.detector.detect(page.text);
    const got = matches.map((m) => m.id).filter((id) => !want.optional.includes(id));
    expect(got.sort()).toEqual(want.topics.filter((id) => !want.optional.includes(id)).sort());
    if (Array.isArray(want.first) && matches.length) {
      const [first] = rank(open.index, rankRequest(page, matches));
      expect(want.first).toContain(first?.article.id);
    }
  });
});
