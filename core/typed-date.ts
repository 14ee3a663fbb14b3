// Dates as people write them, in English and Chinese: "2024年11月20日",
// "11月20日，2024年", "20 Nov 2024", "November 20, 2024", "2024/11/20". One
// reader for what a person types into the date field and for the date a
// page states in its text (a dateline). The result is the stored form:
// YYYY, YYYY-MM or YYYY-MM-DD, as precise as what was written and never
// more; a date no calendar has is not a date. Pure: no DOM.

import { parsePartialDate } from './validate.ts';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const SEP = '[\\s,，、]*';

/** Each pattern names its groups; the first that matches a real date wins. */
const PATTERNS: RegExp[] = [
  // 2024年11月20日, 2024年11月, 2024年 (日 or 号)
  /(?<y>\d{4})\s*年\s*(?:(?<m>\d{1,2})\s*月\s*(?:(?<d>\d{1,2})\s*[日号號])?)?/u,
  // 11月20日，2024年
  /(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号號][\s,，、]*(?<y>\d{4})\s*年?/u,
  // 2024-11-20, 2024/11/20, 2024.11.20, 2024-11, 2024
  /(?<![\d.])(?<y>\d{4})(?:(?<s>[-/.])(?<m>\d{1,2})(?:\k<s>(?<d>\d{1,2}))?)?(?![\d])/u,
  // 20 Nov 2024, 20 November, 2024
  new RegExp(`(?<![\\w])(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mn>${MONTH})${SEP}(?<y>\\d{4})(?!\\d)`, 'iu'),
  // Nov 20, 2024; November 20 2024
  new RegExp(`(?<![\\w])(?<mn>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?${SEP}(?<y>\\d{4})(?!\\d)`, 'iu'),
  // November 2024
  new RegExp(`(?<![\\w])(?<mn>${MONTH})${SEP}(?<y>\\d{4})(?!\\d)`, 'iu'),
];

/** Full-width digits (２０２４) read as the digits they are. */
function halfWidth(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function fromGroups(g: Record<string, string | undefined>): string | null {
  const year = g.y;
  if (!year) return null;
  const month = g.mn ? MONTHS[g.mn.toLowerCase().replace(/\.$/, '')] : g.m ? Number(g.m) : undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const value = month === undefined ? year : g.d ? `${year}-${pad(month)}-${pad(Number(g.d))}` : `${year}-${pad(month)}`;
  const parts = parsePartialDate(value);
  // A news date: not before the press had dates worth saving, nor centuries ahead.
  return parts && parts.year >= 1900 && parts.year <= 2199 ? value : null;
}

/**
 * A date as a person typed it, the whole text being the date (spaces and a
 * final full stop allowed); null when it is not one.
 */
export function parseTypedDate(typed: string): string | null {
  const s = halfWidth(typed).trim().replace(/[.。]$/u, '').trim();
  if (!s) return null;
  for (const pattern of PATTERNS) {
    const m = new RegExp(`^(?:${pattern.source})$`, pattern.flags).exec(s);
    if (m?.groups) {
      const d = fromGroups(m.groups);
      if (d) return d;
    }
  }
  return null;
}

/**
 * The first full or month-precise date written in a piece of text, such as
 * a dateline ("Wuzhen · 20 Nov 2024, 09:30"). A lone year is too weak to
 * date an article from running text and is not taken.
 */
export function findDateInText(text: string): string | null {
  const s = halfWidth(text);
  let best: { at: number; date: string } | null = null;
  for (const pattern of PATTERNS) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const m of s.matchAll(global)) {
      if (!m.groups || (!m.groups.m && !m.groups.mn)) continue;
      const d = fromGroups(m.groups);
      if (d && (!best || m.index < best.at)) best = { at: m.index, date: d };
      if (d) break;
    }
  }
  return best?.date ?? null;
}
