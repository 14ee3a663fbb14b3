// The lists a passage's "why" line names (components/WhyLine.tsx), and with
// its date what its card formats: one rule for the line, for the sidebar
// that asks the background to format them (sidebar-ui/passage-formats.ts)
// and for the background that formats search results' ahead
// (background/passage-formats.ts), so that the reader's page makes no Intl
// formatter for them.
//
// Ships in: sidebar-ui.js, background.js.

import type { FormatRequest, PassageView } from './messages.ts';

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];

/** The names, topics and telling words of a passage's reasons, each left out when empty or not text. */
export function whyLists(reasons: PassageView['reasons'] | undefined): { names: string[]; topics: string[]; words: string[] } {
  return { names: strings(reasons?.names), topics: strings(reasons?.topics), words: strings(reasons?.words) };
}

/** The date and the non-empty lists a passage's card formats (t.date, t.list). */
export function formatsNeeded(passage: PassageView): FormatRequest {
  const published = passage.article.published;
  return {
    dates: typeof published === 'string' ? [published] : [],
    lists: Object.values(whyLists(passage.reasons)).filter((items) => items.length > 0),
  };
}
