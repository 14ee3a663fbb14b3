// A topic's name in the interface's language (Translate.lang, the tag of the
// locale file in use): the built-in topics carry a label per script; the
// reader's own topics have the one name the reader gave them.
//
// Ships in: background.js (the names in its answers to pages) and the popup.

interface Labelled {
  label: string;
  labelZh?: string;
  labelZhTW?: string;
}

export function topicLabel(topic: Labelled, lang: string): string {
  if (lang === 'zh-TW') return topic.labelZhTW || topic.labelZh || topic.label;
  if (lang.startsWith('zh')) return topic.labelZh || topic.label;
  return topic.label;
}
