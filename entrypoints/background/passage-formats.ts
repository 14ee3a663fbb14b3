// Dates and "why" lists in the reader's language, for the sidebar
// (shared/translate.ts Formatted). Here Intl is warm after its first use in
// the worker's life; on the reader's page, the first formatter the sidebar
// made cost one native call of 10-24 ms. Ranked passages go out without
// them: after a cold start that first use (about 10 ms: V8 lists ICU's
// locales) held the page's first answer back. The sidebar asks `formats`
// while it mounts, and by then warmFormatsSoon() has paid for it.

import type { FormatRequest, PassageView } from '../../shared/messages.ts';
import { type Formatted, type Translate, listKey } from '../../shared/translate.ts';
import { formatsNeeded } from '../../shared/why-lists.ts';

/** More than a sidebar ever shows (20 search results, 8 passages, three lists each): a request past these is not the sidebar's. */
const MAX_DATES = 100;
const MAX_LISTS = 300;
const MAX_ITEMS = 50;
const MAX_CHARS = 500;
/** A date as an article may give it, a timestamp included (shown as "date unknown" when it is not one). */
const MAX_DATE_CHARS = 40;

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** The request checked: what is wrong, and where, is said, not formatted. */
function checked(request: unknown): FormatRequest {
  const { dates, lists } = (request ?? {}) as Partial<Record<keyof FormatRequest, unknown>>;
  if (!Array.isArray(dates) || dates.length > MAX_DATES) throw new Error(`formats: "dates" must be a list of at most ${MAX_DATES} dates`);
  dates.forEach((d, i) => {
    if (!isText(d, MAX_DATE_CHARS)) throw new Error(`formats: date ${i + 1} must be a string of at most ${MAX_DATE_CHARS} characters`);
  });
  if (!Array.isArray(lists) || lists.length > MAX_LISTS) throw new Error(`formats: "lists" must be a list of at most ${MAX_LISTS} lists`);
  lists.forEach((items, i) => {
    if (!Array.isArray(items) || items.length > MAX_ITEMS || !items.every((s) => isText(s, MAX_CHARS))) {
      throw new Error(`formats: list ${i + 1} must hold at most ${MAX_ITEMS} strings of at most ${MAX_CHARS} characters`);
    }
  });
  return { dates, lists };
}

/** The sidebar's `formats` request, checked first: the limits are for what a message may carry. */
export function formatsFor(request: unknown, t: Translate): Formatted {
  return format(checked(request), t);
}

function format({ dates, lists }: FormatRequest, t: Translate): Formatted {
  const formatted: Formatted = { lang: t.lang, dates: {}, lists: {} };
  for (const d of dates) formatted.dates[d] = t.date(d);
  for (const items of lists) if (items.length) formatted.lists[listKey(items)] = t.list(items);
  return formatted;
}

/**
 * A search result with its date and lists formatted (a search comes when the
 * sidebar is open: Intl is warm). Not held to a message's limits: a passage
 * that shares more than MAX_ITEMS words with a query must not fail the search.
 */
export function withFormats(passage: PassageView, t: Translate): PassageView {
  return { ...passage, formatted: format(formatsNeeded(passage), t) };
}

let warming = false;

/**
 * Intl's first use in this worker, after the answer that will bring the
 * sidebar (which asks `formats` a frame or more later), not before it: the
 * formatters the passages most need (a full date, a list) are made once.
 */
export function warmFormatsSoon(t: () => Translate): void {
  if (warming) return;
  warming = true;
  setTimeout(() => void format({ dates: ['2000-01-01'], lists: [['a', 'b']] }, t()), 0);
}
