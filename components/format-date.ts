// An article's date, shown exactly as precisely as the source gives it:
// "2023", "Nov 2023", "8 Nov 2022" (2023年, 2023年11月, 2022年11月8日 in
// Chinese). Nothing is filled in: a year stays a year, and a value that is not
// a real YYYY, YYYY-MM or YYYY-MM-DD date is "date unknown", never a guess.

import type { MessageKey, Translate } from './i18n-keys.ts';

export interface PartialDateParts {
  year: number;
  /** 1-12, or null when only the year is known. */
  month: number | null;
  /** 1-31, or null when the day is not known. */
  day: number | null;
}

const MONTHS: readonly MessageKey[] = [
  'month1',
  'month2',
  'month3',
  'month4',
  'month5',
  'month6',
  'month7',
  'month8',
  'month9',
  'month10',
  'month11',
  'month12',
];

function daysIn(year: number, month: number): number {
  // Proleptic Gregorian, as ISO 8601 dates are.
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a YYYY, YYYY-MM or YYYY-MM-DD date; null for anything else. */
export function parsePartialDate(value: unknown): PartialDateParts | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > daysIn(year, month!))) return null;
  return { year, month, day };
}

/** The date in the reader's language, at the source's precision. */
export function formatPartialDate(value: unknown, t: Translate): string {
  const parts = parsePartialDate(value);
  if (!parts) return t('dateUnknown');
  const year = String(parts.year);
  if (parts.month === null) return t('dateYear', year);
  const month = t(MONTHS[parts.month - 1]!);
  if (parts.day === null) return t('dateMonth', [month, year]);
  return t('dateDay', [String(parts.day), month, year]);
}
