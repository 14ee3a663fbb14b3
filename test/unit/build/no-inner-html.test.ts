// @vitest-environment happy-dom
// The build's rewrite of the libraries' innerHTML writes (REVIEWER-NOTES.md):
// Preact's dead dangerouslySetInnerHTML branch throws instead, and
// Readability copies nodes instead of HTML and still reads every page
// exactly as the original does, including a page it has to read again from
// its cached copy and a picture inside <noscript>.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Readability as Original } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { withoutInnerHtml } from '../../../scripts/no-inner-html-plugin.ts';

const require = createRequire(import.meta.url);
const READABILITY = require.resolve('@mozilla/readability/Readability.js');
const PREACT = resolve(READABILITY, '../../../preact/dist/preact.mjs');

/** The rewritten Readability, loaded as the CommonJS module it is. */
function rewrittenReadability(): typeof Original {
  const code = withoutInnerHtml(readFileSync(READABILITY, 'utf8'), READABILITY)!;
  const module = { exports: {} as unknown };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports as typeof Original;
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const GOLDEN = join(import.meta.dirname, '../../golden/save');
const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} of a test page about the summit, long enough for a reader to count it as the article's text and not as the page's furniture around it.</p>`).join('');
const PAGES: Record<string, string> = {
  ...Object.fromEntries(
    readdirSync(GOLDEN)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f, readFileSync(join(GOLDEN, f), 'utf8')]),
  ),
  // Too little text for the first pass: Readability starts again from its copy of the page.
  'short page, read again': '<html><body><div class="sidebar">Menu</div><article><h1>Short</h1><p>Only a few words here.</p></article></body></html>',
  'picture in noscript': `<html><body><article><h1>Pictures</h1><figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="placeholder"><noscript><img src="https://images.example.org/photo.jpg" alt="The hall in Wuzhen"></noscript></figure>${paragraphs}</article></body></html>`,
};

describe('Readability without innerHTML writes', () => {
  const Rewritten = rewrittenReadability();

  it('has no innerHTML assignment left', () => {
    const code = withoutInnerHtml(readFileSync(READABILITY, 'utf8'), READABILITY)!;
    expect(code).not.toMatch(/\.innerHTML\s*=[^=]/);
  });

  it.each(Object.keys(PAGES))('reads %s as the original does', (name) => {
    const html = PAGES[name]!;
    const before = new Original(parse(html), { charThreshold: 300 }).parse();
    const after = new Rewritten(parse(html), { charThreshold: 300 }).parse();
    expect(after).toEqual(before);
  });

  it('keeps the picture from inside <noscript>', () => {
    const found = new Rewritten(parse(PAGES['picture in noscript']!), { charThreshold: 300 }).parse();
    expect(found?.content).toContain('https://images.example.org/photo.jpg');
  });
});

describe("Preact's dangerouslySetInnerHTML", () => {
  it('throws where it would have written HTML, and the rest is unchanged', () => {
    const code = readFileSync(PREACT, 'utf8');
    const out = withoutInnerHtml(code, PREACT)!;
    expect(out).not.toMatch(/\.innerHTML=[^=]/);
    expect(out).toContain('dangerouslySetInnerHTML is not supported');
    expect(out.length - code.length).toBeLessThan(200);
  });

  it('fails the build when the library changes shape', () => {
    expect(() => withoutInnerHtml('export const x = 1;', PREACT)).toThrow(/expected 1/);
  });
});
