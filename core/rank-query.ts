// What a page asks of the corpus: its most telling words, the entities and
// proper names it mentions, the topics it is about, and the years it is
// about. Terms every page of its topics shares (the topic's own vocabulary,
// the conference itself, "AI") weigh less than what this page alone says:
// they are what makes a passage fit every page, and a reader wants the
// passage that fits this one.

import { COMMON_WORDS } from './common-words.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { normalizeWord, tokenize } from './tokens.ts';

export interface PageQuery {
  title?: string;
  /** The page text the ranking may use (the content script sends the parts that matter). */
  text: string;
  /** Topics detected on the page. */
  topics: readonly string[];
  /** The page's publication date if it states one (YYYY[-MM[-DD]]). */
  published?: string | null;
}

export interface QueryTerm {
  term: string;
  weight: number;
  kind: 'word' | 'entity' | 'name' | 'topic' | 'articleTopic';
  /**
   * Sharing it can make a passage worth showing: names, entities but places,
   * topics, and words that are neither common nor the topic's own. Unset
   * means it cannot.
   */
  telling?: boolean;
}

export interface Query {
  terms: QueryTerm[];
  years: Set<string>;
}

// Relative worth of each kind of evidence. Words are BM25 (a passage full of
// the page's rare words scores ~5-15); naming the same person or instrument
// is worth about as much as several shared rare words.
// An idea (ethics, regulation) is shared by more pages than a person or a
// law, and says less about which passage is this page's.
export const WEIGHT = { word: 1, title: 2, entity: 2.5, concept: 1.2, place: 0.8, name: 1.5, topic: 1.2, articleTopic: 0.6 } as const;
/** Share of its weight a term keeps when every page of the topic has it. */
const GENERIC = 0.35;
/** Share of its weight an everyday word keeps ("including", "leaders", "city"). */
const EVERYDAY = 0.4;
const MAX_WORDS = 30;
/** A shared word is listed in why-matched when it weighs this share of the page's best telling word. */
export const WORD_SHARE = 0.3;

let newsStems: Set<string> | null = null;
/** Everyday words (IndexParts.everyday) and everyday news words: they never make a passage worth showing. */
export function isEverydayStem(index: CorpusIndex, stem: string): boolean {
  newsStems ??= new Set([...COMMON_WORDS].map(normalizeWord));
  return newsStems.has(stem) || (index.parts.everyday?.has(stem) ?? false);
}

// Roles whose words say what a topic is (not what it is not).
const OWN_ROLES = new Set(['name', 'support', 'acronym', 'clarifier', 'subject', 'stand-in', 'aspect', 'strong-aspect']);

/**
 * The stems and entities that every page of a topic shares: the words of the
 * topic's terms, and the entities that are the topic or its place (the
 * conference, Wuzhen). Computed once per index parts: topics are data.
 */
export interface TopicVocabulary {
  words: ReadonlySet<string>;
  entities: ReadonlySet<string>;
}

const topicVocabulary = new WeakMap<object, TopicVocabulary>();

/**
 * Worked out on first use, or shipped in the bundle (core/bundle.ts): on a
 * cold start, tokenising every topic term cost several milliseconds.
 */
export function vocabularyOf(index: CorpusIndex): TopicVocabulary {
  const parts = index.parts;
  if (parts.vocabulary) return parts.vocabulary;
  const cached = topicVocabulary.get(parts);
  if (cached) return cached;
  const plan = parts.detector.plan;
  const words = new Set<string>();
  const itself: string[] = plan.topics.flatMap((t) => [t.label, t.labelZh ?? '']);
  plan.scanner.terms.forEach(([text], i) => {
    const roles = plan.roles[i]!.map(([, r]) => r);
    if (!roles.some((r) => OWN_ROLES.has(r))) return;
    for (const t of tokenize(text)) if (!/[\u3400-\u9fff]/.test(t.term)) words.add(t.term);
    if (roles.includes('support') || roles.includes('clarifier')) itself.push(text);
  });
  const entities = new Set<string>();
  for (const text of itself) {
    for (const hit of parts.entities.find(text)) if (hit.key.startsWith('e:') && hit.start === 0 && hit.end === text.length) entities.add(hit.key);
  }
  const out = { words, entities };
  topicVocabulary.set(parts, out);
  return out;
}

/** What to look for: the page's most telling terms with their weights. */
export function buildQuery(index: CorpusIndex, page: PageQuery): Query {
  const whole = `${page.title ?? ''}\n${page.text}`;
  const hits = index.parts.entities.find(whole);
  const vocabulary = vocabularyOf(index);
  // A name counts once, as a name: its words are not also counted as words
  // ("Wuzhen" would otherwise score twice). Years count through the event
  // logic, not as words.
  const inName = coveredBy(hits);
  const counts = new Map<string, number>();
  const titleTerms = new Set<string>();
  const titleEnd = (page.title ?? '').length;
  for (const t of tokenize(whole)) {
    if (inName(t.start) || /^\d+$/.test(t.term)) continue;
    if (t.start < titleEnd) titleTerms.add(t.term);
    counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
  }
  const words: QueryTerm[] = [];
  for (const [term, tf] of counts) {
    const idf = index.idf(term);
    if (idf <= 0) continue;
    const boost = titleTerms.has(term) ? WEIGHT.title : WEIGHT.word;
    const generic = vocabulary.words.has(term) ? GENERIC : isEverydayStem(index, term) ? EVERYDAY : 1;
    words.push({ term, weight: boost * generic * (1 + Math.log(tf)) * idf, kind: 'word', ...(generic === 1 ? { telling: true } : {}) });
  }
  words.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  const terms = words.slice(0, MAX_WORDS);

  // An entity only implied by another's name (the EU, by the AI Act) counts half.
  const names = new Map<string, number>();
  for (const hit of hits) names.set(hit.key, (names.get(hit.key) ?? 0) + (hit.implied ? 0.5 : 1));
  const kinds = index.parts.entities.plan.kinds;
  for (const [key, n] of names) {
    const idf = index.idf(key);
    if (idf <= 0) continue;
    const kind = key.startsWith('e:') ? 'entity' : 'name';
    // A place says where, not who or what: many stories share Beijing.
    const place = kind === 'entity' && kinds[key.slice(2)] === 'place';
    const generic = vocabulary.entities.has(key) ? GENERIC : 1;
    const base = place ? WEIGHT.place : kind === 'entity' && kinds[key.slice(2)] === 'concept' ? WEIGHT.concept : WEIGHT[kind];
    const weight = base * generic * (n < 1 ? n : 1 + Math.log(n)) * idf;
    terms.push({ term: key, weight, kind, ...(place || generic < 1 ? {} : { telling: true }) });
  }
  for (const topic of page.topics) {
    terms.push({
      term: `t:${topic}`,
      weight: WEIGHT.topic * Math.max(index.idf(`t:${topic}`), 0.5),
      kind: 'topic',
      telling: true,
    });
    terms.push({
      term: `a:${topic}`,
      weight: WEIGHT.articleTopic * Math.max(index.idf(`a:${topic}`), 0.5),
      kind: 'articleTopic',
    });
  }
  return { terms, years: pageYears(whole, page.published ?? null) };
}

/**
 * Whether a position lies inside any of the spans: the spans merged once,
 * then a binary search per position (a scan of every hit per token cost a
 * long page tokens x hits).
 */
function coveredBy(spans: ReadonlyArray<{ start: number; end: number }>): (at: number) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start >= end) continue;
    const last = ends.length - 1;
    if (last >= 0 && start <= ends[last]!) ends[last] = Math.max(ends[last]!, end);
    else {
      starts.push(start);
      ends.push(end);
    }
  }
  return (at) => {
    // The last merged span that starts at or before `at`.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= at) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && at < ends[hi]!;
  };
}

/**
 * The years a page is about: its own date when it has one, and any year it
 * names more than once (or once in the title).
 */
export function pageYears(text: string, published: string | null): Set<string> {
  const years = new Set<string>();
  if (published && /^\d{4}/.test(published)) years.add(published.slice(0, 4));
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<![\d])(20[1-3]\d)(?![\d])/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const firstLine = text.slice(0, text.indexOf('\n') + 1 || text.length);
  for (const [y, n] of counts) if (n >= 2 || firstLine.includes(y)) years.add(y);
  return years;
}
