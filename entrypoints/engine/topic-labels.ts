// The background names topics in the "why this matched" line by their English
// label; the sidebar shows them in the reader's language, as its header does.

import { eventName } from '../../core/event-name.ts';
import type { PassageView } from '../../shared/messages.ts';

/** The passage with its topic and event names given by `label`; topics unchanged where the ids do not line up. */
export function withTopicLabels(p: PassageView, label: (id: string) => string): PassageView {
  const r = p.reasons;
  const topics = r.topicIds.length === r.topics.length ? r.topicIds.map(label) : r.topics;
  const event = r.eventTopicId ? (eventName(label(r.eventTopicId), p.article.published) ?? r.event) : r.event;
  return { ...p, reasons: { ...r, topics, event } };
}
