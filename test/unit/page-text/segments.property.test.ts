// extractPageText on random nested DOMs, against a reference written the
// other way round: flatten the tree into text and break tokens, split into
// blocks and lines, trim whitespace-only text off each line's ends, drop
// empty lines. The walker must give the same text, blocks and segments, map
// every character to the right node, and rangesFor must cut any range into
// pieces that spell it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PageText, createPageTextWalker, extractPageText, rangesFor } from '../../../shared/page-text.ts';
import { checkSegments, parse } from './helpers.ts';

type Model = { kind: 'text'; data: string } | { kind: 'el'; tag: string; attr: [string, string] | null; children: Model[] };

// Inline and block tags, <br>, and tags or attributes that hide a subtree
// (script, button, template; aside/nav and a share widget are furniture
// below the <body> root).
const TAGS = ['div', 'p', 'span', 'b', 'i', 'a', 'li', 'ul', 'h2', 'section', 'br', 'script', 'button', 'template', 'aside', 'nav'];
const HIDING_TAGS = new Set(['script', 'button', 'template', 'aside', 'nav']);
const BLOCKS = new Set(['div', 'p', 'li', 'ul', 'h2', 'section', 'aside', 'nav']);
const ATTRS: Array<[string, string] | null> = [
  null,
  null,
  null,
  ['hidden', ''],
  ['style', 'display:none'],
  ['aria-hidden', 'true'],
  ['class', 'share-bar'],
  ['class', 'story'],
  ['aria-hidden', 'false'],
];

const textArb = fc
  .array(fc.constantFrom('a', 'B', 'W', ' ', '  ', '\n', '\u00a0', '\t', '世', '界', '-', "'", '.', '\u200b'), { maxLength: 6 })
  .map((cs): Model => ({ kind: 'text', data: cs.join('') }));

const { tree } = fc.letrec<{ tree: Model; node: Model }>((tie) => ({
  tree: fc.array(tie('node'), { maxLength: 6 }).map((children): Model => ({ kind: 'el', tag: 'body', attr: null, children })),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: textArb },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 4 }))
        .map(([tag, attr, children]): Model => ({ kind: 'el', tag, attr, children: tag === 'br' ? [] : children })),
    },
  ),
}));

/** Builds the model with DOM calls, so adjacent text nodes stay separate (a parser would merge them). */
function build(model: Model): { doc: Document; nodes: Map<Text, Model> } {
  const doc = parse('<!doctype html><html><head></head><body></body></html>');
  const nodes = new Map<Text, Model>();
  const add = (parent: Node, m: Model) => {
    if (m.kind === 'text') {
      const t = doc.createTextNode(m.data);
      nodes.set(t, m);
      parent.appendChild(t);
      return;
    }
    const el = doc.createElement(m.tag);
    if (m.attr) el.setAttribute(m.attr[0], m.attr[1]);
    parent.appendChild(el);
    for (const c of m.children) add(el, c);
  };
  if (model.kind === 'el') for (const c of model.children) add(doc.body, c);
  return { doc, nodes };
}

type Token = { t: 'text'; node: Text } | { t: 'block' } | { t: 'line' };

/** The reference: tokens -> blocks -> lines -> trimmed lines -> text. */
function reference(doc: Document): { text: string; blocks: Array<[number, number]>; segments: Array<[Text, number, number]> } {
  const tokens: Token[] = [];
  const visit = (node: Node, isRoot: boolean) => {
    if (node.nodeType === 3) {
      tokens.push({ t: 'text', node: node as Text });
      return;
    }
    const el = node as Element;
    const tag = el.localName;
    if (!isRoot) {
      if (HIDING_TAGS.has(tag)) return;
      if (el.hasAttribute('hidden') || el.getAttribute('style') === 'display:none') return;
      if (el.getAttribute('aria-hidden') === 'true' || el.getAttribute('class') === 'share-bar') return;
    }
    if (tag === 'br') {
      tokens.push({ t: 'line' });
      return;
    }
    const block = isRoot || BLOCKS.has(tag);
    if (block) tokens.push({ t: 'block' });
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c, false);
    if (block) tokens.push({ t: 'block' });
  };
  visit(doc.body, true);

  const blocks: Text[][][] = [[[]]];
  for (const tok of tokens) {
    const block = blocks[blocks.length - 1]!;
    if (tok.t === 'block') blocks.push([[]]);
    else if (tok.t === 'line') block.push([]);
    else block[block.length - 1]!.push(tok.node);
  }
  const blank = (n: Text) => !/\S/.test(n.data);
  let text = '';
  const outBlocks: Array<[number, number]> = [];
  const segments: Array<[Text, number, number]> = [];
  for (const lines of blocks) {
    const kept = lines
      .map((line) => {
        let a = 0;
        let b = line.length;
        while (a < b && blank(line[a]!)) a++;
        while (b > a && blank(line[b - 1]!)) b--;
        return line.slice(a, b).filter((n) => n.data.length > 0);
      })
      .filter((line) => line.length > 0);
    if (!kept.length) continue;
    if (text) text += '\n';
    const start = text.length;
    kept.forEach((line, i) => {
      if (i) text += '\n';
      for (const n of line) {
        segments.push([n, text.length, text.length + n.data.length]);
        text += n.data;
      }
    });
    outBlocks.push([start, text.length]);
  }
  return { text, blocks: outBlocks, segments };
}

function same(page: PageText, ref: ReturnType<typeof reference>) {
  expect(page.text).toBe(ref.text);
  expect(page.blocks).toEqual(ref.blocks);
  expect(page.segments.map((s) => [s.start, s.end])).toEqual(ref.segments.map(([, a, b]) => [a, b]));
  for (const [i, s] of page.segments.entries()) expect(s.node === ref.segments[i]![0]).toBe(true);
}

describe('extractPageText on random DOMs', () => {
  it('matches the reference, and every character maps to its node', () => {
    fc.assert(
      fc.property(tree, (model) => {
        const { doc } = build(model);
        const page = extractPageText(doc);
        checkSegments(page);
        same(page, reference(doc));
      }),
      { numRuns: 600 },
    );
  });

  it('rangesFor pieces spell the range, separators left out', () => {
    fc.assert(
      fc.property(tree, fc.nat(), fc.nat(), (model, x, y) => {
        const { doc } = build(model);
        const page = extractPageText(doc);
        const n = page.text.length + 1;
        const [start, end] = [x % n, y % n].sort((a, b) => a - b) as [number, number];
        const covered = new Array<boolean>(page.text.length).fill(false);
        for (const s of page.segments) for (let k = s.start; k < s.end; k++) covered[k] = true;
        let expected = '';
        for (let k = start; k < end; k++) if (covered[k]) expected += page.text[k];
        const pieces = rangesFor(page, start, end);
        for (const p of pieces) {
          expect(p.startOffset).toBeGreaterThanOrEqual(0);
          expect(p.endOffset).toBeGreaterThan(p.startOffset);
          expect(p.endOffset).toBeLessThanOrEqual(p.node.data.length);
        }
        expect(pieces.map((p) => p.node.data.slice(p.startOffset, p.endOffset)).join('')).toBe(expected);
        // Only separators are left out: nothing else lies outside the segments.
        for (let k = 0; k < page.text.length; k++) if (!covered[k]) expect(page.text[k]).toBe('\n');
      }),
      { numRuns: 600 },
    );
  });

  it('the walker stepped one slice at a time gives the same result', () => {
    fc.assert(
      fc.property(tree, (model) => {
        const { doc } = build(model);
        // Big enough to take many slices (the walker looks at the clock every 128 nodes).
        doc.body.innerHTML = doc.body.innerHTML.repeat(40);
        const walker = createPageTextWalker(doc);
        while (!walker.step(-1));
        same(walker.result(), reference(doc));
      }),
      { numRuns: 200 },
    );
  });
});
