// The walk behind page-text.ts: element by element in document order, in
// steps that stop at a deadline, so a big page never blocks the main thread.
// Shared by the engine (engine.js) and the command-line scanner.

import { MAX_PAGE_CHARS } from '../core/sparse-text.ts';
import { BLOCK, isElement, isFurniture, isHiddenByMarkup } from './page-elements.ts';
import { attr, pageTitle, publishedDate } from './page-metadata.ts';
import type { PageText, PageTextOptions, PageTextWalker, TextSegment } from './page-text.ts';
import { type NodeOps, nodeOps, safeCall, safeGet } from './safe-dom.ts';


/** Nodes walked between two looks at the clock: performance.now() is not free. */
const CLOCK_EVERY = 128;

const NOT_BLANK = /\S/;

export class Walker implements PageTextWalker {
  private readonly isHidden: ((el: Element) => boolean) | undefined;
  private readonly maxChars: number;
  private readonly html: Element | null;
  /** The subtrees to walk, in order: [outside h1?, root]. */
  private readonly roots: Node[] = [];
  private rootIndex = 0;
  private node: Node | null = null;
  private entering = true;

  private text = '';
  private readonly segments: TextSegment[] = [];
  private readonly blocks: Array<[number, number]> = [];
  private blockStart = 0;
  private pendingBlock = false;
  private pendingLine = false;
  // Whitespace-only text nodes between inline elements, held until real text
  // follows on the same line: "World</b> <i>Internet" needs its space, but
  // the indentation between two <p>s is not text.
  private readonly heldNodes: Text[] = [];
  private readonly heldData: string[] = [];
  private truncated = false;
  private done = false;
  /** datetime of the first <time> in the article's walked text. */
  private firstTime: string | null = null;
  private finished: PageText | null = null;

  constructor(
    private readonly doc: Document,
    options: PageTextOptions = {},
  ) {
    this.isHidden = options.isHidden;
    this.maxChars = options.maxChars ?? MAX_PAGE_CHARS;
    const html = safeGet(doc, 'documentElement');
    this.html = html && typeof html === 'object' ? (html as Element) : null;
    if (!this.html) {
      this.done = true;
      return;
    }
    const root = this.chooseRoot(this.html);
    const h1 = this.outsideHeadline(this.html, root);
    if (h1) this.roots.push(h1);
    this.roots.push(root);
    this.node = this.roots[0]!;
  }

  // --- choosing what to read -------------------------------------------

  private all(scope: Element, selector: string): Element[] {
    const list = safeCall(scope, 'querySelectorAll', selector) as ArrayLike<Element> | undefined;
    return list ? Array.from(list) : [];
  }

  /** Not hidden itself, and not inside anything hidden or any furniture. */
  private usable(el: Element): boolean {
    const ops = nodeOps(el);
    if (isHiddenByMarkup(ops, el, ops.localName(el)) || this.isHidden?.(el)) return false;
    // Up to <body>: its class list is the site's page type ("has-related-posts"), not a widget.
    for (let p = ops.parentNode(el); p && p !== this.html; ) {
      const pops = nodeOps(p);
      if (!isElement(pops, p)) break;
      const name = pops.localName(p);
      if (name === 'body') break;
      if (isHiddenByMarkup(pops, p, name) || (name !== 'header' && isFurniture(pops, p, name))) return false;
      p = pops.parentNode(p);
    }
    return true;
  }

  private chooseRoot(html: Element): Element {
    const mains = this.all(html, 'main').filter((m) => this.usable(m));
    const main = mains[0] ?? null;
    const articles = this.all(html, 'article').filter((a) => this.usable(a));
    const inMain = main ? articles.filter((a) => safeCall(main, 'contains', a) === true) : [];
    const pool = inMain.length ? inMain : articles;
    // One candidate needs no measuring: on a page of megabytes, reading its
    // whole text only to compare it with nothing would block the page.
    if (pool.length === 1) return pool[0]!;
    let best: Element | null = null;
    let bestLength = -1;
    for (const a of pool) {
      const content = safeGet(a, 'textContent');
      const length = typeof content === 'string' ? content.length : 0;
      if (length > bestLength) {
        best = a;
        bestLength = length;
      }
    }
    if (best) return best;
    if (main) return main;
    const roleMain = this.all(html, '[role="main"]').find((m) => this.usable(m));
    if (roleMain) return roleMain;
    const body = safeGet(this.doc, 'body');
    return body && typeof body === 'object' ? (body as Element) : html;
  }

  /** The page's <h1>, when the root has none of its own and one lies outside it. */
  private outsideHeadline(html: Element, root: Element): Element | null {
    if (safeCall(root, 'querySelector', 'h1') != null) return null;
    for (const h of this.all(html, 'h1')) {
      if (safeCall(root, 'contains', h) === true) continue;
      if (this.usable(h)) return h;
    }
    return null;
  }

  // --- the walk ----------------------------------------------------------

  step(deadlineMs: number): boolean {
    let budget = CLOCK_EVERY;
    while (!this.done) {
      if (--budget === 0) {
        if (performance.now() >= deadlineMs) return false;
        budget = CLOCK_EVERY;
      }
      this.advance();
    }
    return true;
  }

  /** One node: enter it (or leave it, coming back up), then move to the next. */
  private advance(): void {
    const node = this.node;
    if (!node) {
      this.nextRoot();
      return;
    }
    const ops = nodeOps(node);
    const walkRoot = this.roots[this.rootIndex]!;
    if (this.entering) {
      if (this.enter(ops, node, node === walkRoot)) {
        const child = ops.firstChild(node);
        if (child) {
          this.node = child;
          return;
        }
        this.leave(ops, node);
      }
    } else {
      this.leave(ops, node);
    }
    if (node === walkRoot || this.done) {
      this.nextRoot();
      return;
    }
    const next = ops.nextSibling(node);
    if (next) {
      this.node = next;
      this.entering = true;
    } else {
      // Null only if the page moved the node out from under the walk: stop.
      this.node = ops.parentNode(node);
      this.entering = false;
      if (!this.node) this.nextRoot();
    }
  }

  private nextRoot(): void {
    this.lineBreak(true);
    this.rootIndex++;
    if (this.done || this.rootIndex >= this.roots.length) {
      this.finish();
      return;
    }
    this.node = this.roots[this.rootIndex]!;
    this.entering = true;
  }

  /** True to walk the node's children. */
  private enter(ops: NodeOps, node: Node, isRoot: boolean): boolean {
    const type = ops.nodeType(node);
    if (type === 3) {
      this.textNode(node as Text, ops.data(node));
      return false;
    }
    if (type !== 1) return false;
    const name = ops.localName(node);
    if (isHiddenByMarkup(ops, node, name)) return false;
    if (!isRoot && isFurniture(ops, node, name)) return false;
    if (this.isHidden?.(node as Element)) return false;
    if (name === 'br') {
      this.lineBreak(false);
      return false;
    }
    if (BLOCK.has(name)) this.lineBreak(true);
    else if (name === 'time' && this.firstTime === null && this.rootIndex === this.roots.length - 1) {
      this.firstTime = ops.getAttribute(node, 'datetime');
    }
    return true;
  }

  private leave(ops: NodeOps, node: Node): void {
    if (BLOCK.has(ops.localName(node))) this.lineBreak(true);
  }

  private lineBreak(block: boolean): void {
    if (block) this.pendingBlock = true;
    else this.pendingLine = true;
    // Setting an array's length is not free in V8: only when there is something to drop.
    if (this.heldNodes.length) {
      this.heldNodes.length = 0;
      this.heldData.length = 0;
    }
  }

  private textNode(node: Text, data: string): void {
    if (!data) return;
    const lineStart = this.text.length === 0 || this.pendingBlock || this.pendingLine;
    if (!NOT_BLANK.test(data)) {
      if (!lineStart) {
        this.heldNodes.push(node);
        this.heldData.push(data);
      }
      return;
    }
    const separator = this.text.length > 0 && (this.pendingBlock || this.pendingLine) ? 1 : 0;
    if (this.text.length + separator >= this.maxChars) {
      this.truncated = true;
      this.done = true;
      return;
    }
    if (separator) {
      if (this.pendingBlock) {
        this.closeBlock();
        this.text += '\n';
        this.blockStart = this.text.length;
      } else if (this.pendingLine) {
        this.text += '\n';
      }
    }
    this.pendingBlock = false;
    this.pendingLine = false;
    if (this.heldNodes.length) {
      for (let i = 0; i < this.heldNodes.length; i++) this.take(this.heldNodes[i]!, this.heldData[i]!);
      this.heldNodes.length = 0;
      this.heldData.length = 0;
    }
    this.take(node, data);
  }

  private take(node: Text, data: string): void {
    if (this.done) return;
    const room = this.maxChars - this.text.length;
    let piece = data;
    if (piece.length > room) {
      piece = data.slice(0, Math.max(room, 0));
      this.truncated = true;
      this.done = true;
    }
    if (!piece) return;
    const start = this.text.length;
    this.text += piece;
    this.segments.push({ node, start, end: this.text.length });
  }

  private closeBlock(): void {
    if (this.text.length > this.blockStart) this.blocks.push([this.blockStart, this.text.length]);
  }

  private finish(): void {
    this.done = true;
    this.node = null;
  }

  result(): PageText {
    if (this.finished) return this.finished;
    while (!this.step(Infinity));
    this.closeBlock();
    const html = this.html;
    this.finished = {
      title: html ? pageTitle(html) : '',
      text: this.text,
      segments: this.segments,
      blocks: this.blocks,
      published: html ? publishedDate(html, this.firstTime) : null,
      lang: html ? attr(html, 'lang') : null,
      truncated: this.truncated,
    };
    return this.finished;
  }
}
