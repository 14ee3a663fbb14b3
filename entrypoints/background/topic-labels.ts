// Ranking names topics in the "why this matched" line by their English
// label; the sidebar shows them in the reader's language, as its header does,
// and names a shared event the way the reader's language does ("World
// Internet Conference, 2023", "2023年世界互联网大会"). The background renames
// them before a passage goes to the page (answers.ts).

import type { PassageView } from '../../shared/messages.ts';

/** The passage with its topic and event names given by `label` and `event`; topics unchanged where the ids do not line up. */
export function withTopicLabels(
  p: PassageView,
  label: (id: string) => string,
  event: (topicLabel: string, year: string) => string,
): PassageView {
  const r = p.reasons;
  const topics = r.topicIds.length === r.topics.length ? r.topicIds.map(label) : r.topics;
  const year = p.article.published?.slice(0, 4);
  const named = r.eventTopicId && year ? event(label(r.eventTopicId), year) : r.event;
  return { ...p, reasons: { ...r, topics, event: named } };
}
