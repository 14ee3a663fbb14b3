// Checks shared by every way an article enters the product (the corpus
// build, the reader's own saved articles, imports) and by every place that
// shows a date: one rule for what a date is.

export interface PartialDate {
  year: number;
  /** 1-12, or null when only the year is known. */
  month: number | null;
  /** 1-31, or null when the day is not known. */
  day: number | null;
}

/** The parts of a YYYY, YYYY-MM or YYYY-MM-DD date that exists; null for anything else. */
export function parsePartialDate(value: unknown): PartialDate | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > daysInMonth(year, month!))) return null;
  return { year, month, day };
}

export function isPartialDate(s: string): boolean {
  return parsePartialDate(s) !== null;
}

function daysInMonth(year: number, month: number): number {
  // Proleptic Gregorian, as ISO 8601 dates are.
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// `new URL` alone accepts things like "https:example.com"; a source address
// must be written out in full so a reader can follow it as is.
export function isHttpUrl(s: string): boolean {
  if (/\s/.test(s) || !/^https?:\/\/[^/?#]/i.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}
