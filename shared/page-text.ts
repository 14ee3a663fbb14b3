// The visible article text of a page, exactly as detection sees it, with a
// map from every character back to the DOM Text node it came from.
//
// One module for two callers, so both see the same text: the content script
// (a live page, stepped in slices so a big page never blocks the main thread)
// and the command-line scanner (linkedom in Node). DOM APIs only, and only
// those linkedom has; every read goes through safe-dom.ts because the page
// may clobber document and form members.
//
// What counts as the article, in order:
// 1. a root: the <article> with the most text (those inside <main> first),
//    else <main>, else [role=main], else <body>; plus the page's <h1> when
//    it lies outside that root and the root has no <h1> of its own (many
//    sites put the headline in a header above the <article>);
// 2. inside it, everything a reader sees, minus what is never article text
//    (NEVER_TEXT, hidden elements) and, below the root, page furniture
//    (landmarks and widgets; see isFurniture);
// 3. block elements separate text with "\n", and so does <br>; inline
//    elements add nothing, so "World <b>Internet</b> Conference" stays one
//    phrase. A text node's own characters are kept as they are.
//
// The walk itself is page-text-walker.ts, which elements count is
// page-elements.ts, and the page's title and date page-metadata.ts.
//
// Ships in: engine.js, save (through the article reader), and the scan command.

import { Walker } from './page-text-walker.ts';

export interface TextSegment {
  node: Text;
  /** Offset in `text` of the node's first character. */
  start: number;
  /** Offset in `text` after the node's last character taken (a node cut by maxChars ends early). */
  end: number;
}

export interface PageText {
  /** og:title, else document.title; trimmed, inner whitespace collapsed. */
  title: string;
  /** The visible article text; "\n" between blocks and for <br>. */
  text: string;
  /**
   * In `text` order. Characters start..end of `text` are the node's data
   * from offset 0; characters between segments are "\n" separators, which
   * belong to no node.
   */
  segments: TextSegment[];
  /** [start, end) in `text` of each block (paragraph, heading, list item...), in order; separators excluded. */
  blocks: Array<[number, number]>;
  /** YYYY-MM-DD, YYYY-MM or YYYY as the page states it; null when unknown. Never guessed. */
  published: string | null;
  /** <html lang>, or null. */
  lang: string | null;
  /** True when the text was cut at `maxChars`. */
  truncated: boolean;
}

export interface PageTextOptions {
  /**
   * Elements hidden by CSS, which only a browser knows: the content script
   * passes `(el) => !el.checkVisibility()`. Called once per element not
   * already skipped; true skips the element and everything inside it.
   */
  isHidden?: (el: Element) => boolean;
  /** Stop after this many characters of text (default 1,000,000): a hostile page cannot make the text unbounded. */
  maxChars?: number;
}

export interface PageTextWalker {
  /** Works until performance.now() passes `deadlineMs` (always a little); true once finished. */
  step(deadlineMs: number): boolean;
  /** The finished text; finishes the walk first if it is not done. */
  result(): PageText;
}

export interface NodePiece {
  node: Text;
  startOffset: number;
  endOffset: number;
}

export function createPageTextWalker(doc: Document, options?: PageTextOptions): PageTextWalker {
  return new Walker(doc, options);
}

export function extractPageText(doc: Document, options?: PageTextOptions): PageText {
  return createPageTextWalker(doc, options).result();
}

/**
 * A range of `page.text` as pieces of Text nodes, in order, for DOM Ranges
 * (highlighting). Separators between nodes belong to no node and yield no
 * piece. Offsets are as of the walk: check that the page has not changed a
 * node (its data still holds the text) before using its piece.
 */
export function rangesFor(page: PageText, start: number, end: number): NodePiece[] {
  const out: NodePiece[] = [];
  const segs = page.segments;
  if (!(end > start)) return out;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segs[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.start >= end) break;
    const a = Math.max(start, s.start);
    const b = Math.min(end, s.end);
    if (b > a) out.push({ node: s.node, startOffset: a - s.start, endOffset: b - s.start });
  }
  return out;
}
