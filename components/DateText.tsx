// Dates on the save and options pages, shown the way PassageCard shows an
// article's date: at the source's precision, in a <time> only when the value
// is a real date, and "date unknown" (never a guess) otherwise. A saved-at
// timestamp is shown as the reader's local calendar day.

import { formatPartialDate, parsePartialDate } from './format-date.ts';
import type { Translate } from './i18n-keys.ts';

/** The local calendar day (YYYY-MM-DD) of an ISO timestamp; null when it is not one. */
export function localDay(timestamp: unknown): string | null {
  if (typeof timestamp !== 'string' || timestamp.trim() === '') return null;
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  const year = d.getFullYear();
  if (year < 1000 || year > 9999) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local day of a timestamp in the reader's language ("8 Nov 2022", "2022年11月8日"). */
export function formatTimestampDay(timestamp: unknown, t: Translate): string {
  return formatPartialDate(localDay(timestamp), t);
}

/** An article's publication date (YYYY, YYYY-MM or YYYY-MM-DD, or null when unknown). */
export function PublishedDate({ t, value }: { t: Translate; value: string | null }) {
  const text = formatPartialDate(value, t);
  return parsePartialDate(value) ? (
    <time class="rc-date" dateTime={value!} data-testid="date">
      {text}
    </time>
  ) : (
    <span class="rc-date rc-unknown" data-testid="date">
      {text}
    </span>
  );
}
