// @vitest-environment happy-dom
// Our shadow root's stylesheets where the browser refuses adoptedStyleSheets
// through the content script's wrapper (Firefox ESR 140): they must arrive as
// our own <style> elements, in order, and the closed root must never be
// handed to the page's objects (wrappedJSObject), whose setter a page can replace.

import { describe, expect, it } from 'vitest';
import { setSheets } from '../../../shared/safe-document.ts';

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

/** A shadow root whose adoptedStyleSheets setter throws, as ESR 140's wrapper does, and which records any use of its page side. */
function refusingRoot(): { root: ShadowRoot; pageTouched: () => boolean } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  root.append(document.createElement('main'));
  let touched = false;
  Object.defineProperty(root, 'adoptedStyleSheets', {
    get: () => {
      throw new Error('Accessing from Xray wrapper is not supported');
    },
    set: () => {
      throw new Error('Accessing from Xray wrapper is not supported');
    },
  });
  Object.defineProperty(root, 'wrappedJSObject', {
    get: () => {
      touched = true;
      return root;
    },
  });
  return { root, pageTouched: () => touched };
}

describe('setSheets', () => {
  it('adopts the sheets where the browser allows it', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    const sheets = [sheet('.a { color: red; }')];
    setSheets(root, sheets);
    expect(root.adoptedStyleSheets).toEqual(sheets);
    expect(root.querySelectorAll('style')).toHaveLength(0);
  });

  it('falls back to style elements of its own, in order, without touching the page side', () => {
    const { root, pageTouched } = refusingRoot();
    setSheets(root, [sheet('.host { color: red; }'), sheet('.panel { color: blue; }')]);
    const styles = [...root.querySelectorAll('style')];
    expect(styles.map((s) => s.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['.host { color: red; }', '.panel { color: blue; }']);
    // Before the UI, as adopted sheets are.
    expect(root.firstElementChild).toBe(styles[0]);
    expect(pageTouched()).toBe(false);
  });

  it('replaces its own style elements when set again', () => {
    const { root } = refusingRoot();
    setSheets(root, [sheet('.a { color: red; }')]);
    setSheets(root, [sheet('.b { color: blue; }')]);
    expect([...root.querySelectorAll('style')].map((s) => s.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['.b { color: blue; }']);
  });
});
