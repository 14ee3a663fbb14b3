// Topics a reader defines: a name and the phrases that mean it. They become
// ordinary topic definitions (names only), so the detector applies the same
// rules as to the built-in ones: word boundaries for Latin script, none for
// Chinese, case only for acronyms.

import { planDetector } from './detect.ts';
import { type TermProblem, TermError } from './terms.ts';
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

/** What is wrong with a reader's topic, as data for the interface. `term`: as typed. */
export type TopicProblem =
  | { code: 'nameEmpty' }
  | { code: 'nameTaken'; name: string }
  | { code: 'noTerms' }
  | { code: 'tooManyTerms'; max: number }
  | (TermProblem & { term: string });

/** What is wrong with a topic; empty when usable. */
export function customTopicProblems(t: CustomTopic, others: readonly CustomTopic[] = []): TopicProblem[] {
  const problems: TopicProblem[] = [];
  if (!t.label.trim()) problems.push({ code: 'nameEmpty' });
  if (others.some((o) => o.id !== t.id && o.label.trim().toLowerCase() === t.label.trim().toLowerCase())) {
    problems.push({ code: 'nameTaken', name: t.label.trim() });
  }
  const terms = t.terms.filter((x) => x.text.trim());
  if (!terms.length) problems.push({ code: 'noTerms' });
  if (terms.length > MAX_TERMS) problems.push({ code: 'tooManyTerms', max: MAX_TERMS });
  for (const term of terms) {
    try {
      planDetector([{ id: 'check', label: 'check', names: [term.text.trim()] }]);
    } catch (e) {
      if (!(e instanceof TermError)) throw e;
      problems.push({ ...e.problem, term: term.text.trim() });
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
