// @vitest-environment happy-dom
// The stylesheets: px only (a page's root font size must not reach in), a
// reset at the shadow boundary, dark mode, visible focus, the two docking
// layouts; and no component source that could render text as HTML.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POPUP_CSS } from '../../../components/styles/popup.ts';
import { SIDEBAR_CSS } from '../../../components/styles/sidebar.ts';

const sheets = { SIDEBAR_CSS, POPUP_CSS };

/** Declarations only: no comments, no selectors that happen to contain "em". */
const values = (css: string) =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/:\s*([^;{}]+);/g)].map((m) => m[1]!.trim());

describe.each(Object.entries(sheets))('%s', (_name, css) => {
  it('sizes in px, never rem or em', () => {
    for (const v of values(css)) expect(v, v).not.toMatch(/\d(\.\d+)?(r?em|ch|ex)\b/);
    expect(css).not.toMatch(/\d(r?em)\b/);
  });

  it('has a dark palette', () => {
    expect(css).toContain('@media (prefers-color-scheme: dark)');
  });

  it('shows keyboard focus', () => {
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:\s*2px solid/);
  });

  it('uses the system font with CJK fallbacks', () => {
    expect(css).toContain('system-ui');
    expect(css).toContain('"PingFang SC"');
    expect(css).toContain('"Microsoft YaHei"');
    expect(css).toContain('"Noto Sans CJK SC"');
  });

  it('parses as CSS', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    expect(sheet.cssRules.length).toBeGreaterThan(10);
  });
});

describe('sidebar stylesheet', () => {
  it('starts with a reset at the shadow boundary', () => {
    expect(SIDEBAR_CSS.trimStart().startsWith(':host { all: initial; }')).toBe(true);
    expect(SIDEBAR_CSS).toContain('box-sizing: border-box');
  });

  it('docks the panel right at 360px, full height, scrolling inside', () => {
    const panel = /\.rc-panel \{([^}]*)\}/.exec(SIDEBAR_CSS)![1]!;
    expect(panel).toContain('position: fixed');
    expect(panel).toContain('width: 360px');
    expect(panel).toContain('height: 100vh');
    expect(SIDEBAR_CSS).toMatch(/\.rc-body \{[^}]*overflow-y: auto/);
  });

  it('docks at the bottom, 55vh tall, when the layout inside the root says so', () => {
    // Inside the closed root, not on the host: a page can strip the host's attributes.
    expect(SIDEBAR_CSS).toMatch(/\[data-layout="bottom"\] \.rc-panel \{[^}]*height: 55vh/);
    expect(SIDEBAR_CSS).not.toMatch(/:host\(\[data-/);
  });

  it('docks the collapsed tab on the right edge, vertically centred', () => {
    const tab = /\.rc-tab \{([^}]*)\}/.exec(SIDEBAR_CSS)![1]!;
    expect(tab).toContain('right: 0');
    expect(tab).toContain('top: 50%');
    expect(tab).toContain('translateY(-50%)');
  });
});

describe('popup stylesheet', () => {
  it('is about 320px wide', () => {
    expect(POPUP_CSS).toMatch(/\.rc-popup \{[^}]*width: 320px/);
  });
});

describe('component sources', () => {
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../components');
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(d, e.name)) : /\.tsx?$/.test(e.name) ? [join(d, e.name)] : [],
    );

  /** The code without its comments (which may well mention what the code must not do). */
  const code = (file: string) =>
    readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');

  it.each(files(dir).map((f) => [f.slice(dir.length + 1), f]))('%s renders no HTML strings', (_name, file) => {
    const source = code(file);
    expect(source).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it.each(files(dir).map((f) => [f.slice(dir.length + 1), f]))('%s uses no extension or storage APIs', (_name, file) => {
    const source = code(file);
    expect(source).not.toMatch(/\b(browser|chrome)\.|wxt\/browser|localStorage|sessionStorage|indexedDB|\bfetch\(/);
  });
});
