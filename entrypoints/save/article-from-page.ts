// Turns a page the reader wants to save into a draft article: Readability
// (Firefox's Reader View) finds the body; our own extraction is the fallback
// and supplies the date. Runs in the save page, on an inert copy of the page
// made with DOMParser: nothing of it executes or loads.
//
// Each fact comes from the page's own metadata first, then from what a
// reader sees (page-facts.ts); what neither says stays empty (null, or ''
// for the outlet) and the form says it was not found. Nothing is guessed
// from the address.

import { Readability } from '@mozilla/readability';
import type { ArticleDraft } from '../../core/user-articles.ts';
import { findDateInText } from '../../core/typed-date.ts';
import { isHttpUrl } from '../../core/validate.ts';
import type { PageForSaving } from '../../shared/messages.ts';
import { normaliseDate, publisherName } from '../../shared/page-metadata.ts';
import { extractPageText } from '../../shared/page-text.ts';
import { safeCall, safeGet } from '../../shared/safe-dom.ts';
import { allOf, authorFromByline, datelineDate, firstOf, headlineOf, isBylineBlock, outletOnPage, rawText } from './page-facts.ts';

// Headings are not passages (the corpus treats them the same way), and
// Readability repeats the headline as one.
const BLOCKS = 'p, li, blockquote, pre';
// What may hold a byline or dateline near the top of the article.
const TOP_BLOCKS = 'p, div, span, time, address, li';

export function draftFromPage(page: PageForSaving, parse: (html: string) => Document): ArticleDraft {
  const doc = parse(page.html);
  const ours = extractPageText(doc);
  const found = new Readability(defused(parse(page.html)), { charThreshold: 300 }).parse();
  let paragraphs: string[] = [];
  if (found?.content) {
    const body = parse(`<body>${found.content}</body>`);
    paragraphs = allOf(body, BLOCKS)
      // A list item or quote holding paragraphs is read through its paragraphs.
      .filter((el) => !firstOf(el, BLOCKS))
      // A block that is only a <time> is the dateline: the date is kept as the date.
      .filter((el) => {
        const time = firstOf(el, 'time');
        return !time || collapse(rawText(time)) !== collapse(rawText(el));
      })
      .map((el) => collapse(rawText(el)))
      .filter((text) => text.length > 0);
  }
  if (!paragraphs.length) {
    paragraphs = ours.blocks.map(([s, e]) => collapse(ours.text.slice(s, e))).filter((t) => t.length > 0);
  }
  // A byline or dateline Readability left in the text ("记者 王芳　2024年11月20日")
  // is the author and date, not paragraph 1; an editor's credit at the end is neither.
  const bylines: string[] = [];
  // Readability may keep a headline set as a plain block as paragraph 1.
  const shownHeadline = collapse(found?.title ?? '');
  if (paragraphs.length > 1 && (paragraphs[0] === shownHeadline || page.title.startsWith(paragraphs[0]!))) paragraphs.shift();
  while (paragraphs.length > 1 && bylines.length < 3 && isBylineBlock(paragraphs[0]!)) bylines.push(paragraphs.shift()!);
  while (paragraphs.length > 1 && isBylineBlock(paragraphs[paragraphs.length - 1]!)) paragraphs.pop();

  const url = isHttpUrl(page.url) ? page.url.replace(/#.*$/, '') : null;
  const html = safeGet(doc, 'documentElement') as Element;
  const outlet = publisherName(html) ?? (found?.siteName ? collapse(found.siteName) : null) ?? outletOnPage(doc);
  // The article's own <h1> is the headline as a reader sees it; else the
  // <title>, less the site name it adds.
  const ownH1 = collapse(rawText(firstOf(doc, 'article h1, main h1')));
  const firstH1 = firstOf(doc, 'h1');
  const anyH1 = firstH1 ? rawText(firstH1) : (found?.title ?? null);
  const top = topBlocks(doc);
  const text = paragraphs.join(' ');
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const author =
    authorFromByline(found?.byline) ??
    bylines.map(authorFromByline).find((a) => a !== null) ??
    top.filter(isBylineBlock).map(authorFromByline).find((a) => a !== null) ??
    null;
  return {
    headline: ownH1 || headlineOf(page.title || ours.title || found?.title || '', anyH1, outlet),
    outlet: outlet ?? '',
    author,
    published:
      normaliseDate(found?.publishedTime ?? null) ??
      ours.published ??
      (found?.byline ? findDateInText(found.byline) : null) ??
      datelineDate(bylines) ??
      datelineDate(top),
    url,
    language: cjk > text.length * 0.2 || (page.lang ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en',
    note: null,
    paragraphs,
  };
}

/**
 * The copy Readability reads, without the names a page could clobber with:
 * Readability calls document.querySelectorAll and form members directly, and
 * `<img name="querySelectorAll">` (or `<form><input id="querySelector">`)
 * would make the page unreadable. Names and a form's control ids play no part
 * in finding the article.
 */
function defused(doc: Document): Document {
  for (const el of allOf(doc, '[name]')) safeCall(el, 'removeAttribute', 'name');
  for (const el of allOf(doc, 'form [id], object[id]')) safeCall(el, 'removeAttribute', 'id');
  return doc;
}

/**
 * The first short blocks after the headline, where a byline and dateline
 * stand (outside navigation and asides), before the text proper begins.
 */
function topBlocks(doc: Document): string[] {
  const root = firstOf(doc, 'article') ?? firstOf(doc, 'main') ?? firstOf(doc, 'body');
  if (!root) return [];
  const h1 = firstOf(root, 'h1');
  const blocks: string[] = [];
  for (const el of allOf(root, TOP_BLOCKS)) {
    if (safeCall(el, 'closest', 'nav, aside, [role="navigation"], [aria-hidden="true"]')) continue;
    if (h1 && Number(safeCall(h1, 'compareDocumentPosition', el)) & Node.DOCUMENT_POSITION_PRECEDING) continue;
    if (firstOf(el, TOP_BLOCKS)) continue; // its children are read instead
    const t = collapse(rawText(el));
    if (!t) continue;
    if (t.length > 160) break; // the text has begun
    blocks.push(t);
    if (blocks.length >= 8) break;
  }
  return blocks;
}

/** Whitespace as a reader sees it: HTML collapses runs of it. */
function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
