// @vitest-environment happy-dom
// Golden pages for the save form's pre-fill: each test/golden/save/<name>.html
// is a page written for the case its comment names, and <name>.json what a
// person reading the page would fill in. The JSON is a claim, not a snapshot.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFromPage } from '../../../entrypoints/save/article-from-page.ts';

const DIR = join(import.meta.dirname, '../../golden/save');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

interface Golden {
  url: string;
  expected: {
    headline: string;
    outlet: string;
    author: string | null;
    published: string | null;
    language: 'en' | 'zh';
    url: string | null;
    paragraphs: number;
    firstParagraph: string;
  };
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

describe('save form pre-fill on golden pages', () => {
  it('has pages, each with its expected JSON', () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) expect(readdirSync(DIR)).toContain(`${name}.json`);
  });

  for (const name of names) {
    it(name, () => {
      const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
      const golden = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Golden;
      const doc = parse(html);
      const draft = draftFromPage(
        { html, url: golden.url, title: doc.title, lang: doc.documentElement.getAttribute('lang') },
        parse,
      );
      const e = golden.expected;
      expect({
        headline: draft.headline,
        outlet: draft.outlet,
        author: draft.author,
        published: draft.published,
        language: draft.language,
        url: draft.url,
        paragraphs: draft.paragraphs.length,
      }).toEqual({ ...e, firstParagraph: undefined });
      expect(Object.keys(e)).toContain('firstParagraph');
      expect(draft.paragraphs[0]?.startsWith(e.firstParagraph)).toBe(true);
    });
  }
});
