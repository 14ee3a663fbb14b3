// A topic is data. The detector knows these rule kinds and nothing about any
// particular topic, so a new topic (built in or the user's) needs no code.
//
// Writing terms:
// - Case does not matter, except in acronyms: a word with two or more
//   capitals and no lower-case letter but a plural "s" (AI, A.I., WIC, LLMs)
//   matches only as written. "Wuzhen" also finds "WUZHEN"; "AI" never finds "Ai".
// - A space or hyphen matches any run of spaces, line breaks, dashes or
//   zero-width spaces; straight and typographic quotes are the same.
// - Latin words match whole: "law" does not find "lawyer". Chinese (and other
//   text without spaces) matches anywhere.
// - `(a|b)` writes alternatives and `(s)` an optional part: "regulat(e|es|ion)",
//   "model(s)". One level, no nesting.

import { expandTerm } from './terms.ts';

export interface TopicDefinition {
  /** Stable id: lower-case kebab-case. */
  id: string;
  label: string;
  /** Label in simplified Chinese, for the zh-CN interface. */
  labelZh?: string;
  /** Label in traditional Chinese as written in Taiwan, for the zh-TW interface. */
  labelZhTW?: string;
  /** Unambiguous names and aliases: each occurrence is a mention and one is enough. */
  names: string[];
  /** Count only on a page already about the topic: alone they mean something else too (a town, a person). */
  support?: string[];
  /** Acronyms that count only when the page makes their meaning clear. */
  acronyms?: AcronymRule[];
  /** The topic discussed in other words: a subject near an aspect, in one sentence. */
  cooccurrence?: CooccurrenceRule;
  /**
   * A recurring event (a yearly conference): coverage of it from the same
   * year is about the same event. A theme (AI governance) is not an event.
   */
  event?: boolean;
}

export interface AcronymRule {
  acronym: string;
  /** Besides the topic's names, words that settle the acronym as this topic (e.g. "Wuzhen"). */
  clarifiers?: string[];
  /** Phrases that give the acronym another meaning (e.g. "Women, Infants, and Children"). */
  otherMeanings: string[];
}

export interface CooccurrenceRule {
  /** What the topic is about: "AI", "artificial intelligence", "人工智能". */
  subjects: string[];
  /** What is said of it, weakly: "rules", "policy", "规范". `minPairs` of them make the topic. */
  aspects: string[];
  /** What is said of it, decisively: "regulation", "oversight", "治理". One pair makes the topic. */
  strongAspects?: string[];
  /**
   * Words that stand for a subject once the page has named one before them:
   * "the technology", "such models", "该技术". They pair like a subject.
   */
  standIns?: string[];
  /** Longer phrases that take an aspect word to another domain: "corporate governance". */
  blockers?: string[];
  /** Most characters between a subject and a weak aspect, in one sentence. */
  maxGap: number;
  /**
   * Most characters between a subject and a strong aspect, in one sentence
   * ("governance frameworks ... the use of AI" is often 50-80 apart); by
   * default `maxGap`.
   */
  strongGap?: number;
  /**
   * Weak pairs needed before the topic counts without any name. Evidence is
   * counted per sentence: the distinct aspects said of a subject there, a
   * sentence counting at most as much as one strong pair.
   */
  minPairs: number;
}

export type Role =
  | 'name'
  | 'support'
  | 'acronym'
  | 'clarifier'
  | 'other-meaning'
  | 'subject'
  | 'stand-in'
  | 'aspect'
  | 'strong-aspect'
  | 'blocker';

/** Every term of a topic with the role it plays, expanded from (a|b) groups. */
export function topicTerms(topic: TopicDefinition): Array<{ text: string; role: Role }> {
  const out: Array<{ text: string; role: Role }> = [];
  const add = (list: readonly string[] | undefined, role: Role) => {
    for (const raw of list ?? []) for (const text of expandTerm(raw)) out.push({ text, role });
  };
  add(topic.names, 'name');
  add(topic.support, 'support');
  for (const rule of topic.acronyms ?? []) {
    add([rule.acronym], 'acronym');
    add(rule.clarifiers, 'clarifier');
    add(rule.otherMeanings, 'other-meaning');
  }
  add(topic.cooccurrence?.subjects, 'subject');
  add(topic.cooccurrence?.standIns, 'stand-in');
  add(topic.cooccurrence?.aspects, 'aspect');
  add(topic.cooccurrence?.strongAspects, 'strong-aspect');
  add(topic.cooccurrence?.blockers, 'blocker');
  return out;
}

/**
 * The topic with other spellings of its terms added: each list gains, after
 * each term, what `variants` says the same term is in another region's words
 * (人工智慧治理 beside 人工智能治理). Term lists are written once; this runs at
 * build time with OpenCC's phrase tables (scripts/opencc-scripts.ts).
 */
export function withVariants(topic: TopicDefinition, variants: (term: string) => string[]): TopicDefinition {
  const more = (list: readonly string[] | undefined) =>
    list && [...new Set(list.flatMap((raw) => expandTerm(raw).flatMap((t) => [t, ...variants(t)])))];
  const c = topic.cooccurrence;
  return {
    ...topic,
    names: more(topic.names)!,
    ...(topic.support ? { support: more(topic.support) } : {}),
    ...(topic.acronyms
      ? {
          acronyms: topic.acronyms.map((a) => ({
            ...a,
            ...(a.clarifiers ? { clarifiers: more(a.clarifiers) } : {}),
            otherMeanings: more(a.otherMeanings)!,
          })),
        }
      : {}),
    ...(c
      ? {
          cooccurrence: {
            ...c,
            subjects: more(c.subjects)!,
            aspects: more(c.aspects)!,
            ...(c.strongAspects ? { strongAspects: more(c.strongAspects) } : {}),
            ...(c.standIns ? { standIns: more(c.standIns) } : {}),
            ...(c.blockers ? { blockers: more(c.blockers) } : {}),
          },
        }
      : {}),
  };
}
