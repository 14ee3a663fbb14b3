// What a page says about itself: its title, the date it was published and
// its language, read from markup (Open Graph, <meta>, microdata, JSON-LD).
// Every read goes through safe-dom.ts. Shared by the engine (engine.js), the
// save page (save.js) and the command-line scanner.

import { safeCall, safeGet } from './safe-dom.ts';

export function attr(el: Element, name: string): string | null {
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

export function pageTitle(html: Element): string {
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
export function publishedDate(html: Element, firstTime: string | null): string | null {
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
  for (const obj of jsonLdObjects(html)) {
    const date = firstString(obj.datePublished);
    if (date) (isArticleType(obj['@type']) ? articleDates : otherDates).push(date);
  }
  return [...articleDates, ...otherDates];
}

/** Every object in the page's JSON-LD blocks, breadth first. */
function jsonLdObjects(html: Element): Array<Record<string, unknown>> {
  const objects: Array<Record<string, unknown>> = [];
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
      objects.push(obj);
      for (const key of Object.keys(obj)) {
        const v = obj[key];
        if (v && typeof v === 'object') queue.push(v);
      }
    }
  }
  return objects;
}

/**
 * The name the page gives its publisher, most explicit first: Open Graph's
 * site name, the JSON-LD article's publisher (or a NewsMediaOrganization),
 * microdata, then <meta name=application-name>. Null when the markup does
 * not say; the caller may then look at what a reader sees.
 */
export function publisherName(html: Element): string | null {
  const og = metaContent(html, 'meta[property="og:site_name"]');
  if (og) return collapse(og);
  const objects = jsonLdObjects(html);
  for (const obj of objects) {
    if (!isArticleType(obj['@type'])) continue;
    const publisher = Array.isArray(obj.publisher) ? obj.publisher[0] : obj.publisher;
    const name = publisher && typeof publisher === 'object' ? firstString((publisher as Record<string, unknown>).name) : firstString(publisher);
    if (name?.trim()) return collapse(name);
  }
  for (const obj of objects) {
    const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
    const name = firstString(obj.name);
    if (name?.trim() && types.some((x) => typeof x === 'string' && /NewsMediaOrganization/.test(x))) return collapse(name);
  }
  const micro = first(html, '[itemprop="publisher"] [itemprop="name"]');
  const microName = micro ? (attr(micro, 'content') ?? safeGet(micro, 'textContent')) : null;
  if (typeof microName === 'string' && microName.trim()) return collapse(microName);
  const app = metaContent(html, 'meta[name="application-name"]');
  return app ? collapse(app) : null;
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
