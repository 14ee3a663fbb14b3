import { parseHTML } from 'linkedom';
import { type PageText, type PageTextOptions, extractPageText } from '../../../shared/page-text.ts';

export function parse(html: string): Document {
  return parseHTML(html).document;
}

/** A full page around `body` (the <body> element's inner HTML). */
export function pageOf(body: string, head = ''): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

export function extract(body: string, options?: PageTextOptions, head = ''): PageText {
  return extractPageText(parse(pageOf(body, head)), options);
}

/** The text, for assertions that only care what was read. */
export function textOf(body: string, options?: PageTextOptions): string {
  return extract(body, options).text;
}

/** Every segment's characters really are its node's, and only "\n" lies between segments. */
export function checkSegments(page: PageText): void {
  let pos = 0;
  for (const seg of page.segments) {
    if (seg.start < pos) throw new Error(`segment at ${seg.start} overlaps the previous one (ends ${pos})`);
    const gap = page.text.slice(pos, seg.start);
    if (!/^\n?$/.test(gap)) throw new Error(`non-separator text ${JSON.stringify(gap)} at ${pos} belongs to no node`);
    if (seg.end <= seg.start) throw new Error(`empty segment at ${seg.start}`);
    if (page.text.slice(seg.start, seg.end) !== seg.node.data.slice(0, seg.end - seg.start)) {
      throw new Error(`segment at ${seg.start} does not match its node`);
    }
    pos = seg.end;
  }
  if (pos !== page.text.length) throw new Error(`text after the last segment: ${JSON.stringify(page.text.slice(pos))}`);
}
