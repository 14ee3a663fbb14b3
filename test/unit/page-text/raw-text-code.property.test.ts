// The raw text without its scripts and styles, cut out between one code
// element and the next by Range reads, against the naive reference: a walk
// over every text node that skips those whose parent is code. Random trees
// mix text, inline and block elements, scripts and styles (some empty, some
// holding text that also appears outside them), and the SVG <style> a walk
// keeps. happy-dom, because linkedom has no Range that reads text (there the
// function says null, and the gate walks: tested below too).

import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { isCode, textWithoutCode } from '../../../shared/raw-text-code.ts';
import { pageOf, parse } from './helpers.ts';

type Tree = { tag: string; kids: Tree[] } | string;

const TEXTS = ['AI', ' rules ', 'var ai = 1;', '.x{}', 'World Internet Conference', '\n', '', '人工智能', 'AI rules'];
const TAGS = ['p', 'b', 'div', 'span', 'script', 'style', 'svg-style', 'noscript'];

const tree: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; kids: Tree[] }>((t) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constantFrom(...TEXTS), fc.record({ tag: fc.constantFrom(...TAGS), kids: t('kids') })),
  kids: fc.array(t('node'), { maxLength: 4 }),
})).kids;

function build(doc: Document, parent: Node, kids: Tree[]): void {
  for (const k of kids) {
    if (typeof k === 'string') {
      parent.appendChild(doc.createTextNode(k));
      continue;
    }
    const el = k.tag === 'svg-style' ? doc.createElementNS('http://www.w3.org/2000/svg', 'style') : doc.createElement(k.tag);
    parent.appendChild(el);
    build(doc, el, k.kids);
  }
}

/** What the gate's walk reads: every text node, less those whose parent is code. */
function walked(root: Node): string {
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 0x4);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!isCode(n.parentNode)) out += (n as Text).data;
  return out;
}

const codeHoldsElements = (root: Element) => [...root.querySelectorAll('script,style')].some((el) => isCode(el) && el.childElementCount > 0);

describe('textWithoutCode', () => {
  it('reads what a walk that skips code reads, or says null where code holds elements', () => {
    fc.assert(
      fc.property(tree, (kids) => {
        const doc = new Window().document as unknown as Document;
        build(doc, doc.body, kids);
        const got = textWithoutCode(doc.body, doc.body.textContent ?? '');
        if (codeHoldsElements(doc.body)) expect(got).toBeNull();
        else expect(got).toBe(walked(doc.body));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the text back as it is where there is no code', () => {
    const doc = new Window().document as unknown as Document;
    doc.body.innerHTML = '<p>AI <b>rules</b></p>';
    const text = doc.body.textContent!;
    expect(textWithoutCode(doc.body, text)).toBe(text);
  });

  it('says null where the DOM has no Range that reads text (linkedom)', () => {
    const doc = parse(pageOf('<p>AI</p><script>var ai = 1;</script>'));
    expect(textWithoutCode(doc.body, doc.body.textContent ?? '')).toBeNull();
  });
});
