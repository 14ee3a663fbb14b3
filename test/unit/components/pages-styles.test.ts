// @vitest-environment happy-dom
// The save and options pages' stylesheet: the same rules as the popup's and
// the sidebar's (px only, dark mode, visible focus, CJK fonts), and a
// readable column.

import { describe, expect, it } from 'vitest';
import { PAGES_CSS } from '../../../components/styles/pages.ts';
import { POPUP_CSS } from '../../../components/styles/popup.ts';
import { SWITCH } from '../../../components/styles/shared.ts';

/** Declarations only: no comments, no selectors that happen to contain "em". */
const values = (css: string) =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/:\s*([^;{}]+);/g)].map((m) => m[1]!.trim());

describe('PAGES_CSS', () => {
  it('sizes in px, never rem or em', () => {
    for (const v of values(PAGES_CSS)) expect(v, v).not.toMatch(/\d(\.\d+)?(r?em|ch|ex)\b/);
    expect(PAGES_CSS).not.toMatch(/\d(r?em)\b/);
  });

  it('has a dark palette', () => {
    expect(PAGES_CSS).toContain('@media (prefers-color-scheme: dark)');
  });

  it('shows keyboard focus', () => {
    expect(PAGES_CSS).toMatch(/:focus-visible\s*\{[^}]*outline:\s*2px solid/);
  });

  it('uses the system font with CJK fallbacks', () => {
    for (const font of ['system-ui', '"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"']) expect(PAGES_CSS).toContain(font);
  });

  it('keeps the page to a readable column about 760px wide', () => {
    expect(PAGES_CSS).toMatch(/\.rc-page \{[^}]*max-width: 760px/);
  });

  it('parses as CSS', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGES_CSS);
    expect(sheet.cssRules.length).toBeGreaterThan(30);
  });

  it('draws switches with the one rule set the popup uses, and no rule of its own', () => {
    for (const css of [PAGES_CSS, POPUP_CSS]) {
      expect(css.split(SWITCH)).toHaveLength(2);
      expect(css.replace(SWITCH, '')).not.toContain('.rc-switch');
    }
  });
});
