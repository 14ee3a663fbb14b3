// Marks mentions in the page without breaking it: with the CSS Custom
// Highlight API, which every browser the manifests accept has (Chromium 105,
// Firefox 140), nothing in the page's DOM changes.

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

export class PageMarks {
  mentions: PageMention[] = [];
  private styled = false;
  private ranges: Range[][] = [];
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
    this.ranges = this.mentions.map((m) =>
      rangesFor(page, m.start, m.end).map((p) => {
        const r = new Range();
        r.setStart(p.node, p.startOffset);
        r.setEnd(p.node, p.endOffset);
        return r;
      }),
    );
    CSS.highlights.set(MENTION, new Highlight(...this.ranges.flat()));
  }

  /** Index of the mention under a viewport point, or -1. */
  mentionAt(x: number, y: number): number {
    const pos = document.caretPositionFromPoint(x, y);
    if (!pos) return -1;
    const { offsetNode: node, offset } = pos;
    return this.ranges.findIndex((list) =>
      list.some((r) => {
        try {
          return r.isPointInRange(node, offset);
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
    CSS.highlights.set(ACTIVE, new Highlight(...this.ranges[i]!));
    const rect = this.ranges[i]![0]?.getBoundingClientRect();
    if (rect) {
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: smooth ? 'smooth' : 'auto' });
    }
  }

  get current(): number {
    return this.active;
  }

  clear(): void {
    CSS.highlights.delete(MENTION);
    CSS.highlights.delete(ACTIVE);
    this.ranges = [];
    this.mentions = [];
    this.active = -1;
  }
}
