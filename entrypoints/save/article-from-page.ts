// Turns a page the reader wants to save into a draft article: Readability
// (Firefox's Reader View) finds the body; our own extraction is the fallback
// and supplies the date. Runs in the save page, on an inert copy of the page
// made with DOMParser: nothing of it executes or loads.

import { Readability } from '@mozilla/readability';
import type { ArticleDraft } from '../../core/user-articles.ts';
import { isHttpUrl } from '../../core/validate.ts';
import type { PageForSaving } from '../../shared/messages.ts';
import { normaliseDate } from '../../shared/page-metadata.ts';
import { extractPageText } from '../../shared/page-text.ts';

// Headings are not passages (the corpus treats them the same way), and
// Readability repeats the headline as one.
const BLOCKS = 'p, li, blockquote, pre';

export function draftFromPage(page: PageForSaving, parse: (html: string) => Document): ArticleDraft {
  const doc = parse(page.html);
  const ours = extractPageText(doc);
  const found = new Readability(parse(page.html), { charThreshold: 300 }).parse();
  let paragraphs: string[] = [];
  if (found?.content) {
    const body = parse(`<body>${found.content}</body>`);
    paragraphs = [...body.querySelectorAll(BLOCKS)]
      // A list item or quote holding paragraphs is read through its paragraphs.
      .filter((el) => !el.querySelector(BLOCKS))
      // A block that is only a <time> is the dateline: the date is kept as the date.
      .filter((el) => {
        const time = el.querySelector('time');
        return !time || collapse(time.textContent ?? '') !== collapse(el.textContent ?? '');
      })
      .map((el) => collapse(el.textContent ?? ''))
      .filter((text) => text.length > 0);
  }
  if (!paragraphs.length) {
    paragraphs = ours.blocks.map(([s, e]) => collapse(ours.text.slice(s, e))).filter((t) => t.length > 0);
  }
  const url = isHttpUrl(page.url) ? page.url.replace(/#.*$/, '') : null;
  const text = paragraphs.join(' ');
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  return {
    headline: collapse(found?.title || page.title || ours.title),
    outlet: collapse(found?.siteName || (url ? new URL(url).hostname.replace(/^www\./, '') : '')),
    author: found?.byline ? collapse(found.byline) : null,
    published: normaliseDate(found?.publishedTime ?? null) ?? ours.published,
    url,
    language: cjk > text.length * 0.2 || (page.lang ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en',
    note: null,
    paragraphs,
  };
}

/** Whitespace as a reader sees it: HTML collapses runs of it. */
function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
