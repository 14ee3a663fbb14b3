// What a reader sees on a page about the article, read where the markup is
// silent: the outlet named in the page's header or footer, a headline
// without the site name the <title> adds, a byline without its "Updated 3
// hours ago", and a dateline written in words. Each reader either finds the
// fact or returns null: the save form leaves the field empty rather than
// guess (the outlet is never the host name).

// Every DOM read goes through safe-dom.ts: the page's own markup could
// otherwise clobber document.querySelector (<img name="querySelector">) or a
// <form>'s members, even on the inert copy read here.

import { findDateInText } from '../../core/typed-date.ts';
import { attr } from '../../shared/page-metadata.ts';
import { safeCall, safeGet } from '../../shared/safe-dom.ts';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The elements under `root` matching `selector`, read as the page cannot redirect. */
export function allOf(root: Node, selector: string): Element[] {
  const list = safeCall(root, 'querySelectorAll', selector) as ArrayLike<Element> | undefined;
  return list ? Array.from(list) : [];
}
export function firstOf(root: Node, selector: string): Element | null {
  const el = safeCall(root, 'querySelector', selector);
  return el && typeof el === 'object' ? (el as Element) : null;
}
/** An element's text as written (not collapsed). */
export function rawText(el: Node | null | undefined): string {
  const t = el ? safeGet(el, 'textContent') : null;
  return typeof t === 'string' ? t : '';
}
const text = (el: Element | null | undefined) => collapse(rawText(el));

/** A name, not a sentence or a menu: short, and more than punctuation. */
function plausibleName(s: string | null | undefined): string | null {
  const t = collapse(s ?? '').replace(/^[\s|·•\-–—:：]+|[\s|·•\-–—:：.。]+$/gu, '');
  if (!t || t.length > 60 || t.split(' ').length > 8 || !/[\p{L}]/u.test(t)) return null;
  // A sentence is not a name; nor is a long run of Chinese characters.
  if (/[，。；！？;!?]/u.test(t) || (!/\s/.test(t) && /^\p{Script=Han}+$/u.test(t) && t.length > 20)) return null;
  return t;
}

/**
 * The outlet as the page's own header or footer names it: the home link
 * (its text or its logo's alt text), then the footer's copyright line
 * ("© 2024 Example Times. All rights reserved.", "版权所有 © 某某日报").
 */
export function outletOnPage(doc: Document): string | null {
  const homes = allOf(doc, 'header a[rel~="home"], a[rel~="home"], header .logo, header [class*="site-name"], header [class*="brand"]');
  for (const el of homes) {
    const img = firstOf(el, 'img[alt]');
    const name = plausibleName(img ? attr(img, 'alt') : null) ?? plausibleName(text(el));
    if (name && !/^(home|首页|首頁)$/iu.test(name)) return name;
  }
  for (const footer of allOf(doc, 'footer')) {
    // Runs of spaces, ideographic spaces and line breaks end a name, as they
    // separate the footer's items on screen.
    const line = rawText(footer).replace(/[ \t]{2,}|[\u3000\n\r]+/g, '\n');
    const m =
      /(?:©|\(c\)|copyright)[ \t]*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[ \t]*([^.,;|。，；©\n]+?)[ \t]*(?:[.,;|。，；\n]|all rights|版权所有|版權所有|$)/iu.exec(line) ??
      /(?:版权所有|版權所有)[ \t]*[:：]?[ \t]*(?:©[ \t]*)?(?:\d{4}[ \t]*)?([^.,;|。，；©\n]+?)[ \t]*(?:[.,;|。，；\n]|$)/u.exec(line);
    const name = plausibleName(m?.[1]);
    if (name) return name;
  }
  return null;
}

/** Separators a <title> puts between the headline and the site: " | ", " - ", "_", "——". */
const TITLE_SEPARATOR = /\s*(?:\s[|\-–—·]\s|[|｜_]|——|—)\s*/u;

/**
 * The headline without what the <title> adds: when the page's own <h1>
 * begins the title, the <h1>; else the title without a last part that names
 * the outlet.
 */
export function headlineOf(title: string, h1: string | null, outlet: string | null): string {
  const t = collapse(title);
  const h = collapse(h1 ?? '');
  if (h && t.startsWith(h) && TITLE_SEPARATOR.test(t.slice(h.length, h.length + 4))) return h;
  const parts = t.split(TITLE_SEPARATOR);
  if (parts.length > 1 && outlet) {
    const last = parts[parts.length - 1]!.toLowerCase();
    const o = outlet.toLowerCase();
    if (last === o || last.includes(o) || o.includes(last)) return collapse(parts.slice(0, -1).join(' | '));
  }
  return t;
}

/** Parts of a byline that are not the author: when it was written or updated, and where. */
const NOT_A_NAME =
  /^(?:updated|published|posted|last updated|更新|发布|發布|发表|發表|来源|來源|编辑|編輯|责任编辑|責任編輯)|\b(?:ago|min read|minutes? read)\b|前$|\b(?:today|yesterday)\b/iu;
const NAME_LABEL = /^(?:by\s+|written by\s+|作者\s*[:：]?\s*|文\s*[/／|]\s*|记者\s*|記者\s*|本报记者\s*|本報記者\s*|新华社记者\s*|新華社記者\s*)/iu;

const RELATIVE_TIME =
  /^(?:(?:updated|published|posted)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$|^\d+\s+min(?:ute)?s?\s+read$|^(?:更新于|更新於|发布于|發布於)?\s*\d+\s*(?:秒|分钟|分鐘|小时|小時|天)前$/iu;

/** Dates and times as bylines write them, taken out before the name is looked for. */
const DATE_OR_TIME =
  /\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号號])?)?|\d{1,2}\s*月\s*\d{1,2}\s*[日号號]|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}:\d{2}(?::\d{2})?|\b\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\b[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}/giu;

/**
 * The author's name from a byline as written: "By Li Wei · Updated 3 hours
 * ago" -> "Li Wei"; "作者：王芳 | 2024年11月20日" -> "王芳". Null when no
 * part of it is a name.
 */
export function authorFromByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  for (const piece of byline.split(/\s*(?:[·•|｜]|\s-\s|\s{2,}|　|\n)\s*/u)) {
    if (NOT_A_NAME.test(collapse(piece))) continue;
    const raw = collapse(piece.replace(DATE_OR_TIME, ' '));
    const part = raw.replace(NAME_LABEL, '').trim();
    // "记者 王芳 李明" stays whole; a label without a name does not count.
    if (!part || NOT_A_NAME.test(part) || /\d/.test(part)) continue;
    const name = plausibleName(part);
    if (name) return name;
  }
  return null;
}

/**
 * A block that is the byline or dateline, not the article's text: short, no
 * sentence in it, and it names the author with a label or is a date
 * ("记者 王芳　2024年11月20日", "By Li Wei", "20 Nov 2024 · 3 min read").
 */
export function isBylineBlock(block: string): boolean {
  const t = collapse(block);
  if (!t || t.length > 80 || /[。！？!?]$/u.test(t) || /\.\s/.test(t)) return false;
  if (NAME_LABEL.test(t) || /^(?:来源|來源|编辑|編輯|责任编辑|責任編輯)\s*[:：]/u.test(t)) return true;
  // "Updated 3 hours ago", "4 min read", "更新于3小时前": when, relative to the reading.
  if (RELATIVE_TIME.test(t)) return true;
  const date = findDateInText(t);
  // A dateline: a date and little else beside it.
  return date !== null && t.replace(/[\d\s年月日号號,，:：.\-/·|]/gu, '').length <= 24;
}

/**
 * The date written near the top of the article: in a byline or dateline
 * block among the first few, before the text proper begins.
 */
export function datelineDate(blocks: string[]): string | null {
  for (const block of blocks.slice(0, 6)) {
    if (isBylineBlock(block)) {
      const d = findDateInText(block);
      if (d) return d;
    }
  }
  return null;
}
