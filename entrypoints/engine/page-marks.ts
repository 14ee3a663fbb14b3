// Marks mentions in the page without breaking it. With the CSS Custom
// Highlight API nothing in the page's DOM changes; without it, each text node
// piece is wrapped in a <mark>, never inside form fields or editable regions
// (extraction never takes text from those).

import type { PageMatch } from '../../shared/messages.ts';
import { type PageText, rangesFor } from '../../shared/page-text.ts';
import { adoptSheet } from '../../shared/safe-document.ts';

/**
 * One mention, marked whole: for a pair ("law … bans") the phrase from its
 * first word to its last, not each word alone, so the marks a reader counts
 * on the page are the mentions the sidebar counts.
 */
export interface PageMention {
  topic: string;
  start: number;
  end: number;
}

const MENTION = 'related-coverage-mention';
const ACTIVE = 'related-coverage-active';
const MAX_MARKS = 1000;

const PAGE_MARK_CSS = `
::highlight(${MENTION}) { background-color: rgba(255, 196, 0, 0.35); text-decoration: underline 2px rgba(214, 140, 0, 0.9); }
::highlight(${ACTIVE}) { background-color: rgb(255, 179, 0); color: rgb(0, 0, 0); }
`;

const hasHighlights = () => typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;

export class PageMarks {
  mentions: PageMention[] = [];
  private styled = false;
  private ranges: Range[][] = [];
  private marks: HTMLElement[][] = [];
  private active = -1;

  apply(page: PageText, matches: ReadonlyArray<Pick<PageMatch, 'id' | 'mentions'>>): void {
    this.clear();
    if (!this.styled) {
      // Only a page with marks gets our stylesheet: adding one restyles the page.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(PAGE_MARK_CSS);
      adoptSheet(document, sheet);
      this.styled = true;
    }
    this.mentions = matches
      .flatMap((m) =>
        m.mentions.map((x) => ({ topic: m.id, start: x.start, end: x.end })),
      )
      .sort((a, b) => a.start - b.start)
      .slice(0, MAX_MARKS);
    const pieces = this.mentions.map((m) => rangesFor(page, m.start, m.end));
    if (hasHighlights()) {
      this.ranges = pieces.map((list) =>
        list.map((p) => {
          const r = new Range();
          r.setStart(p.node, p.startOffset);
          r.setEnd(p.node, p.endOffset);
          return r;
        }),
      );
      CSS.highlights.set(MENTION, new Highlight(...this.ranges.flat()));
      return;
    }
    // Wrapping splits text nodes; going backwards keeps earlier offsets valid.
    this.marks = pieces.map(() => []);
    const all = pieces.flatMap((list, i) => list.map((p) => ({ ...p, i })));
    for (let k = all.length - 1; k >= 0; k--) {
      const p = all[k]!;
      if (!p.node.isConnected || p.endOffset > p.node.length) continue;
      const mark = p.node.ownerDocument.createElement('mark');
      mark.setAttribute('data-related-coverage', '');
      mark.style.setProperty('background-color', 'rgba(255, 196, 0, 0.35)', 'important');
      mark.style.setProperty('color', 'inherit', 'important');
      const r = p.node.ownerDocument.createRange();
      r.setStart(p.node, p.startOffset);
      r.setEnd(p.node, p.endOffset);
      r.surroundContents(mark);
      this.marks[p.i]!.unshift(mark);
    }
  }

  /** Index of the mention under a viewport point, or -1. */
  mentionAt(x: number, y: number, target: EventTarget | null): number {
    if (this.marks.length) {
      const mark = target instanceof Element ? target.closest('mark[data-related-coverage]') : null;
      return mark ? this.marks.findIndex((list) => list.includes(mark as HTMLElement)) : -1;
    }
    const doc = document as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    };
    let node: Node | null = null;
    let offset = 0;
    const pos = doc.caretPositionFromPoint?.(x, y);
    if (pos) ({ offsetNode: node, offset } = pos);
    else {
      const r = document.caretRangeFromPoint?.(x, y);
      if (r) [node, offset] = [r.startContainer, r.startOffset];
    }
    if (!node) return -1;
    return this.ranges.findIndex((list) =>
      list.some((r) => {
        try {
          return r.isPointInRange(node!, offset);
        } catch {
          return false;
        }
      }),
    );
  }

  /** Marks mention `i` as the current one and brings it into view. */
  focus(i: number): void {
    if (i < 0 || i >= this.mentions.length) return;
    this.active = i;
    let rect: DOMRect | undefined;
    if (this.ranges.length) {
      CSS.highlights.set(ACTIVE, new Highlight(...this.ranges[i]!));
      rect = this.ranges[i]![0]?.getBoundingClientRect();
    } else {
      for (const m of this.marks.flat()) m.style.removeProperty('outline');
      for (const m of this.marks[i] ?? []) m.style.setProperty('outline', '2px solid rgb(214, 140, 0)', 'important');
      rect = this.marks[i]?.[0]?.getBoundingClientRect();
    }
    if (rect) {
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: smooth ? 'smooth' : 'auto' });
    }
  }

  get current(): number {
    return this.active;
  }

  clear(): void {
    if (hasHighlights()) {
      CSS.highlights.delete(MENTION);
      CSS.highlights.delete(ACTIVE);
    }
    for (const mark of this.marks.flat()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    this.marks = [];
    this.ranges = [];
    this.mentions = [];
    this.active = -1;
  }
}
