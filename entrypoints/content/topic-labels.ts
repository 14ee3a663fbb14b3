// The background names topics in the "why this matched" line by their English
// label; the sidebar shows them in the reader's language, as its header does.

import type { PassageView } from '../../shared/messages.ts';

/** The passage with its topic and event names given by `label`; unchanged where the ids do not line up. */
export function withTopicLabels(p: PassageView, label: (id: string) => string): PassageView {
  const r = p.reasons;
  if (!r) return p;
  const ids = Array.isArray(r.topicIds) ? r.topicIds : [];
  const topics = ids.length === r.topics?.length ? ids.map(label) : r.topics;
  const year = p.article?.published?.slice(0, 4);
  const event = r.event && r.eventTopicId && year ? `${label(r.eventTopicId)}, ${year}` : r.event;
  return { ...p, reasons: { ...r, topics, event } };
}
