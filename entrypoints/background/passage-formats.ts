// Passages go out with their dates and "why" lists already formatted in the
// reader's language (shared/translate.ts Formatted). Here Intl is warm after
// its first use in the worker's life; on the reader's page, the first
// formatter the sidebar made cost one native call of 10-24 ms.

import type { PassageView } from '../../shared/messages.ts';
import { type Translate, listKey } from '../../shared/translate.ts';
import { whyLists } from '../../shared/why-lists.ts';

export function withFormats(passage: PassageView, t: Translate): PassageView {
  const dates: Record<string, string> = {};
  const published = passage.article.published;
  if (typeof published === 'string') dates[published] = t.date(published);
  const lists: Record<string, string> = {};
  for (const items of Object.values(whyLists(passage.reasons))) if (items.length) lists[listKey(items)] = t.list(items);
  return { ...passage, formatted: { lang: t.lang, dates, lists } };
}
