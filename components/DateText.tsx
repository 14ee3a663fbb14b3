// An article's date as the cards and lists show it: at the source's
// precision, in the reader's language (t.date), in a <time> only when the
// value is a real date, and "date unknown" (never a guess) otherwise.

import { parsePartialDate } from '../core/validate.ts';
import type { Translate } from '../shared/translate.ts';

/** An article's publication date (YYYY, YYYY-MM or YYYY-MM-DD, or null when unknown). */
export function PublishedDate({ t, value }: { t: Translate; value: string | null }) {
  const text = t.date(value);
  // <time> only for a date we could read; its datetime is the value as given.
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
