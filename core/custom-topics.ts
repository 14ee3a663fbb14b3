// Topics a reader defines: a name and the phrases that mean it. They become
// ordinary topic definitions (names only), so the detector applies the same
// rules as to the built-in ones: word boundaries for Latin script, none for
// Chinese, case only for acronyms.

import { planDetector } from './detect.ts';
import type { Lang } from './types.ts';
import type { TopicDefinition } from './topic-schema.ts';

export interface CustomTopic {
  id: string;
  label: string;
  /** The phrases; `lang` only documents what the reader meant: matching follows the script. */
  terms: Array<{ text: string; lang: Lang | null }>;
}

export const MAX_CUSTOM_TOPICS = 50;
export const MAX_TERMS = 200;

export function customTopicId(label: string, taken: ReadonlySet<string>): string {
  const base =
    'custom-' +
    (label
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'topic');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function toTopicDefinition(t: CustomTopic): TopicDefinition {
  return { id: t.id, label: t.label.trim(), names: t.terms.map((x) => x.text.trim()).filter(Boolean) };
}

/** What is wrong with a topic, as sentences a reader can act on; empty when usable. */
export function customTopicProblems(t: CustomTopic, others: readonly CustomTopic[] = []): string[] {
  const problems: string[] = [];
  if (!t.label.trim()) problems.push('Give the topic a name.');
  if (others.some((o) => o.id !== t.id && o.label.trim().toLowerCase() === t.label.trim().toLowerCase())) {
    problems.push(`There is already a topic called "${t.label.trim()}".`);
  }
  const terms = t.terms.filter((x) => x.text.trim());
  if (!terms.length) problems.push('Add at least one word or phrase that means this topic.');
  if (terms.length > MAX_TERMS) problems.push(`A topic can have at most ${MAX_TERMS} phrases.`);
  for (const term of terms) {
    try {
      planDetector([{ id: 'check', label: 'check', names: [term.text.trim()] }]);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      problems.push(`"${term.text.trim()}" cannot be looked for: ${why.replace(/^term "[^"]*" /, '')}.`);
    }
  }
  return problems;
}

export function isCustomTopicList(v: unknown): v is CustomTopic[] {
  return (
    Array.isArray(v) &&
    v.length <= MAX_CUSTOM_TOPICS &&
    v.every(
      (t) =>
        typeof t === 'object' &&
        t !== null &&
        typeof t.id === 'string' &&
        /^custom-[a-z0-9-]+$/.test(t.id) &&
        typeof t.label === 'string' &&
        Array.isArray(t.terms) &&
        t.terms.every(
          (x: unknown) =>
            typeof x === 'object' &&
            x !== null &&
            typeof (x as { text?: unknown }).text === 'string' &&
            [null, 'en', 'zh'].includes((x as { lang?: unknown }).lang as string | null),
        ),
    )
  );
}
