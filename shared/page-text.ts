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

import { type NodeOps, nodeOps, safeCall, safeGet } from './safe-dom.ts';

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

const DEFAULT_MAX_CHARS = 1_000_000;

/** Nodes walked between two looks at the clock: performance.now() is not free. */
const CLOCK_EVERY = 128;

// Never article text, wherever they are; skipping one skips its subtree.
const NEVER_TEXT = new Set([
  // Code and styling, not prose.
  'script',
  'style',
  // Fallbacks the browser does not show: <noscript> (scripts run), <template>
  // (inert), video/audio/object/iframe/canvas fallback content.
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  // Graphics and formulas: their text is labels and glyphs, not sentences.
  'svg',
  'math',
  // Form controls: labels, values and options are interface, not article.
  'input',
  'textarea',
  'select',
  'option',
  'datalist',
  'button',
  // Ruby annotations (pinyin over Chinese characters): inline, they would
  // split a Chinese phrase in two (世<rt>shì</rt>界 reads as 世界).
  'rt',
  'rp',
]);

// Elements that start and end a block: text on either side is a different
// line. Everything else (including unknown and custom elements, which CSS
// makes inline by default) joins its text to its neighbours'.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
]);

// Below the root, page furniture: site navigation, sidebars, site headers and
// footers. These hold other stories' headlines ("related: Wuzhen summit
// opens") that would make a page look about a topic it only links to.
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer']);

// The same landmarks by ARIA role, plus dialogs (cookie and sign-up overlays).
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'alertdialog']);

// Widgets sites mark by class or id: share bars, "related stories",
// newsletter and subscription boxes, promos, adverts, comment threads, cookie
// banners. A keyword counts at the start of a word ("social-share",
// "relatedLinks", "js-comments"), not inside one ("unrelated"), and "shared"
// is not "share" ("shared-layout" wraps real content on some sites).
const WIDGET_WORDS = ['share(?!d)', 'sharing', 'social', 'related', 'newsletter', 'subscri', 'promo', 'advert', 'comment', 'cookie', 'consent'];
const WIDGET = new RegExp(
  `(?:^|[^A-Za-z])(?:${WIDGET_WORDS.join('|')})|[a-z](?:${WIDGET_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})`,
);

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!\s*important\s*)?(?:;|$)/i;
const VISIBILITY_HIDDEN = /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\s*(?:!\s*important\s*)?(?:;|$)/i;
const NOT_BLANK = /\S/;

/** Hidden or inert wherever it is: attributes and inline styles a reader cannot see past. */
function isHiddenByMarkup(ops: NodeOps, el: Node, name: string): boolean {
  if (NEVER_TEXT.has(name)) return true;
  // A closed <dialog> is display:none by the browser's own stylesheet.
  if (name === 'dialog') return ops.getAttribute(el, 'open') === null;
  if (!ops.hasAttributes(el)) return false;
  if (ops.getAttribute(el, 'hidden') !== null) return true;
  if (ops.getAttribute(el, 'inert') !== null) return true;
  if (ops.getAttribute(el, 'aria-hidden')?.trim().toLowerCase() === 'true') return true;
  // Editable regions are the reader's own text (comment boxes, editors), not the page's.
  const editable = ops.getAttribute(el, 'contenteditable');
  if (editable !== null) {
    const v = editable.trim().toLowerCase();
    if (v === '' || v === 'true' || v === 'plaintext-only') return true;
  }
  const style = ops.getAttribute(el, 'style');
  return style !== null && (DISPLAY_NONE.test(style) || VISIBILITY_HIDDEN.test(style));
}

/** Page furniture below the root (see FURNITURE_TAGS, FURNITURE_ROLES, WIDGET). */
function isFurniture(ops: NodeOps, el: Node, name: string): boolean {
  if (FURNITURE_TAGS.has(name)) return true;
  // A <header> is the site's banner unless it holds the headline: the
  // article's own header (h1, byline, date) is article text.
  if (name === 'header') return safeCall(el, 'querySelector', 'h1') == null;
  if (!ops.hasAttributes(el)) return false;
  const role = ops.getAttribute(el, 'role');
  if (role !== null && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  const cls = ops.getAttribute(el, 'class');
  if (cls !== null && WIDGET.test(cls)) return true;
  const id = ops.getAttribute(el, 'id');
  return id !== null && WIDGET.test(id);
}

const isElement = (ops: NodeOps, n: Node) => ops.nodeType(n) === 1;

class Walker implements PageTextWalker {
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
    this.maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
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

// --- metadata ------------------------------------------------------------

function attr(el: Element, name: string): string | null {
  const v = safeCall(el, 'getAttribute', name);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t ? t : null;
}

function first(html: Element, selector: string): Element | null {
  const el = safeCall(html, 'querySelector', selector);
  return el && typeof el === 'object' ? (el as Element) : null;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function pageTitle(html: Element): string {
  const og = first(html, 'meta[property="og:title"]');
  const ogTitle = og ? attr(og, 'content') : null;
  if (ogTitle) return collapse(ogTitle);
  // What document.title returns (the first <title>, whitespace collapsed),
  // read from the element: the same on every DOM, shadowed or not.
  const el = first(html, 'title');
  const title = el ? safeGet(el, 'textContent') : null;
  return typeof title === 'string' ? collapse(title) : '';
}

/**
 * The first date the page states in, most explicit first: Open Graph, <meta
 * name=date>, schema.org microdata, JSON-LD, then the first <time datetime>
 * in the article text (last: it may date an event, not the article). A value
 * that is not a real calendar date is passed over, not repaired.
 */
function publishedDate(html: Element, firstTime: string | null): string | null {
  const sources: Array<() => string | null> = [
    () => metaContent(html, 'meta[property="article:published_time"]'),
    () => metaContent(html, 'meta[name="date"]'),
    () => {
      const el = first(html, '[itemprop="datePublished"]');
      return el ? (attr(el, 'content') ?? attr(el, 'datetime')) : null;
    },
  ];
  for (const source of sources) {
    const d = normaliseDate(source());
    if (d) return d;
  }
  for (const candidate of jsonLdDates(html)) {
    const d = normaliseDate(candidate);
    if (d) return d;
  }
  return normaliseDate(firstTime);
}

function metaContent(html: Element, selector: string): string | null {
  const el = first(html, selector);
  return el ? attr(el, 'content') : null;
}

const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_JSON_LD_VALUES = 20_000;

/** datePublished values of JSON-LD blocks: those of *Article / *Posting objects first. */
function jsonLdDates(html: Element): string[] {
  const articleDates: string[] = [];
  const otherDates: string[] = [];
  const scripts = safeCall(html, 'querySelectorAll', 'script[type]') as ArrayLike<Element> | undefined;
  for (let i = 0; scripts && i < scripts.length; i++) {
    const script = scripts[i]!;
    if (attr(script, 'type')?.toLowerCase() !== 'application/ld+json') continue;
    const source = safeGet(script, 'textContent');
    if (typeof source !== 'string' || source.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue; // a broken block says nothing; the others still may
    }
    // Breadth first with a budget, iteratively: @graph, arrays and nested
    // objects, however deep a hostile page makes them.
    const queue: unknown[] = [data];
    for (let q = 0; q < queue.length && q < MAX_JSON_LD_VALUES; q++) {
      const value = queue[q];
      if (!value || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        for (const v of value) queue.push(v);
        continue;
      }
      const obj = value as Record<string, unknown>;
      const date = firstString(obj['datePublished']);
      if (date) (isArticleType(obj['@type']) ? articleDates : otherDates).push(date);
      for (const key of Object.keys(obj)) {
        const v = obj[key];
        if (v && typeof v === 'object') queue.push(v);
      }
    }
  }
  return [...articleDates, ...otherDates];
}

function firstString(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return null;
}

function isArticleType(t: unknown): boolean {
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && /Article|Posting/.test(x));
}

const DATE = /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?(?=$|[T\s])/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?=$|T)/;

/**
 * "2024-11-20T09:30:00+08:00" -> "2024-11-20"; "2024/11" -> "2024-11";
 * "20241120" -> "2024-11-20". The date is taken as written, never shifted
 * to another time zone: the page's own calendar day is the one it states.
 * Null for anything else, or for a date no calendar has (2023-02-29) or
 * out of 1900..2199 (a year a news page was not published in).
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = DATE.exec(s) ?? COMPACT_DATE.exec(s);
  if (!m) return null;
  const compact = m.length === 4;
  const year = Number(m[1]);
  const month = compact ? m[2] : m[3];
  const day = compact ? m[3] : m[4];
  if (year < 1900 || year > 2199) return null;
  if (month === undefined) return String(year);
  const mo = Number(month);
  if (mo < 1 || mo > 12) return null;
  const yyyyMm = `${year}-${String(mo).padStart(2, '0')}`;
  if (day === undefined) return yyyyMm;
  const d = Number(day);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  if (d < 1 || d > days) return null;
  return `${yyyyMm}-${String(d).padStart(2, '0')}`;
}
