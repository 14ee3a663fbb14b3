// DOM clobbering: in a browser, named elements shadow members of `document`
// and of every <form> (`<img name="querySelector">` makes
// document.querySelector an <img>). linkedom does not do that, so these tests
// do it by hand, the way a browser exposes it: as own properties of the
// object. Extraction must read through them as if they were not there.
//
// (linkedom keeps nodeType, localName and parentNode as own data properties,
// so those cannot be shadowed here; in a browser they live on Node.prototype
// and Element.prototype like the rest, and are read from there.)

import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../../shared/page-text.ts';
import { checkSegments, parse } from './helpers.ts';

const PAGE = `<!doctype html><html lang="en"><head><title>Doc title</title>
<meta property="article:published_time" content="2024-11-20"></head><body>
<img name="querySelector"><img name="querySelectorAll"><img name="body"><img name="title" id="title">
<form name="documentElement"><img name="getAttribute"></form>
<main><article>
<h1>World <b>Internet</b> Conference</h1>
<form id="f"><input name="attributes"><input name="firstChild"><input name="nextSibling"><input name="hasAttributes">
<label>A form label</label> and <span>text after</span></form>
<p>Last paragraph.</p>
</article></main></body></html>`;

function shadow(obj: object, name: string, value: unknown) {
  Object.defineProperty(obj, name, { value, configurable: true, enumerable: true, writable: true });
}

describe('DOM clobbering', () => {
  it('pages with clobbering names parse and read normally', () => {
    const page = extractPageText(parse(PAGE));
    expect(page.text).toBe('World Internet Conference\nA form label and text after\nLast paragraph.');
    expect(page.title).toBe('Doc title');
    expect(page.published).toBe('2024-11-20');
    expect(page.lang).toBe('en');
    checkSegments(page);
  });

  it('reads the same text when document and form members are shadowed as a browser would', () => {
    const clean = extractPageText(parse(PAGE));
    const doc = parse(PAGE);
    const img = doc.querySelector('img')!;
    const form = doc.getElementById('f')!;
    const input = form.querySelector('input')!;
    for (const name of ['querySelector', 'querySelectorAll', 'body', 'documentElement', 'title', 'head', 'getElementsByTagName']) {
      shadow(doc, name, img);
    }
    for (const name of [
      'firstChild',
      'nextSibling',
      'attributes',
      'getAttribute',
      'hasAttributes',
      'hasAttribute',
      'textContent',
      'querySelector',
      'contains',
      'closest',
      'children',
    ]) {
      shadow(form, name, input);
    }
    // The shadowing works: a naive read would get the <img>/<input>.
    expect((doc as unknown as { body: unknown }).body).toBe(img);
    expect((form as unknown as { firstChild: unknown }).firstChild).toBe(input);

    const page = extractPageText(doc);
    expect(page.text).toBe(clean.text);
    expect(page.title).toBe(clean.title);
    expect(page.published).toBe(clean.published);
    expect(page.lang).toBe(clean.lang);
    expect(page.blocks).toEqual(clean.blocks);
    checkSegments(page);
  });

  it('a clobbered form as the article root is still read', () => {
    const doc = parse('<!doctype html><html><body><form id="f"><input name="firstChild"><p>Inside a form.</p></form></body></html>');
    const form = doc.getElementById('f')!;
    shadow(form, 'firstChild', form.querySelector('input'));
    shadow(form, 'getAttribute', () => 'hidden');
    expect(extractPageText(doc).text).toBe('Inside a form.');
  });
});
