// Regression pages for what issue 10 saw real coverage do (test/golden/
// phenomena, see the README beside the golden pages): each page, in English,
// simplified or traditional Chinese, reproduces one thing in our own words,
// and its JSON says which topics must and must not be found and which
// articles and passages must or must not be shown. The page is read the way
// the extension reads it: extracted text, detection, then the rank request
// the content script would send, against the shipped corpus bundle.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundle, type OpenCorpus } from '../../../core/bundle.ts';
import { rank } from '../../../core/rank.ts';
import { buildCorpus } from '../../../corpus/build.ts';
import { shippedBundle } from '../../../scripts/built-in-plans.ts';
import { extractPageText } from '../../../shared/page-text.ts';
import { rankRequest } from '../../../shared/rank-request.ts';

const DIR = fileURLToPath(new URL('../../golden/phenomena', import.meta.url));

interface Expectation {
  tests: string;
  topics?: string[];
  notTopics?: string[];
  /** Articles one of which must give the first passage. */
  first?: string[];
  /** Passages that must be among the five shown, and that must not. */
  passages?: string[];
  notPassages?: string[];
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -5))
  .sort();

let open: OpenCorpus;
beforeAll(() => {
  open = openBundle(shippedBundle(buildCorpus(fileURLToPath(new URL('../../../corpus/articles', import.meta.url)))));
});

describe('regression pages (issue 10)', () => {
  it('cover English, simplified and traditional Chinese', () => {
    for (const prefix of ['en-', 'zh-hans-', 'zh-hant-']) expect(names.filter((n) => n.startsWith(prefix)).length).toBeGreaterThanOrEqual(12);
  });

  it.each(names)('%s', (name) => {
    const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
    expect(html, 'each page says what it tests').toMatch(/<!-- Regression page for issue 10[\s\S]*Tests: /);
    const want = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Expectation;
    const page = extractPageText(parseHTML(html).document as unknown as Document);
    const matches = open.detector.detect(page.text);
    const found = matches.map((m) => m.id);
    for (const t of want.topics ?? []) expect(found, `${name} must be about ${t}`).toContain(t);
    for (const t of want.notTopics ?? []) expect(found, `${name} must not be about ${t}`).not.toContain(t);
    if (!want.first && !want.passages && !want.notPassages) return;
    const shown = rank(open.index, rankRequest(page, matches), { top: 5 });
    if (want.first) expect(want.first, `${name}: first passage ${shown[0]?.passage.id}`).toContain(shown[0]?.article.id);
    const ids = shown.map((r) => r.passage.id);
    for (const p of want.passages ?? []) expect(ids, `${name} must show ${p}`).toContain(p);
    for (const p of want.notPassages ?? []) expect(ids, `${name} must not show ${p}`).not.toContain(p);
  });
});
