// Ranks corpus passages by how closely they speak to what a page is about.
// The pieces, in order:
// - rank-query.ts: what the page asks (telling words, entities, names,
//   topics, years), with what every page of its topic shares weighing less;
// - rank-retrieve.ts: BM25 for words and idf-weighted constants for the rest,
//   over the posting lists of those terms only;
// - here: the same event (a passage from the same year's coverage of a
//   yearly event the page is about) is worth more, multiplied so it counts
//   beside word scores of any size;
// - rank-select.ts: only passages that share something telling qualify;
//   ties ordered by date, then corpus order; maximal marginal relevance;
// - rank-explain.ts: why each matched, as a reader would say it.

import type { CorpusIndex } from './corpus-index.ts';
import { eventName } from './event-name.ts';
import { buildQuery, type PageQuery, type QueryTerm } from './rank-query.ts';
import { explainPassage } from './rank-explain.ts';
import { retrieveWithEvidence } from './rank-retrieve.ts';
import { type Candidate, orderCandidates, qualifies, sameEvent, selectDiverse } from './rank-select.ts';
import type { ArticleMeta, Passage } from './types.ts';

export type { PageQuery, QueryTerm } from './rank-query.ts';
export { retrieve } from './rank-retrieve.ts';

export interface RankOptions {
  top?: number;
  /** At most this many passages from one article, unless nothing else qualifies. */
  perArticle?: number;
}

export interface MatchReasons {
  /** Gazetteer entities and other names shared with the page, as the passage writes them. */
  names: string[];
  /** "World Internet Conference, 2023" when the passage covers the page's event. */
  event: string | null;
  /** Id of the topic of that event. */
  eventTopicId: string | null;
  /** Labels of the page's topics the passage is about, and their ids. */
  topics: string[];
  topicIds: string[];
  /** Shared words and phrases, as the passage writes them. */
  words: string[];
}

export interface RankedPassage {
  passage: Passage;
  article: ArticleMeta;
  score: number;
  /** What made it match, most telling first, as written in the passage; empty when nothing telling is shared. */
  matched: string[];
  /** Character ranges of `matched` (and of the topic words it rests on) in the passage text. */
  highlights: Array<[number, number]>;
  reasons: MatchReasons;
}

/**
 * Coverage of the page's own event (its topic, its year) is worth this much
 * more. Multiplied, not added: an added constant vanishes beside word scores
 * of 40-100.
 */
const EVENT_BOOST = 1.5;
/**
 * A passage from an article about none of the page's topics keeps this share
 * of its score: sharing a body (the CAC) with a page on AI rules does not make
 * a passage about the 2022 conference the one to read first.
 */
const OFF_TOPIC = 0.4;

export function rank(index: CorpusIndex, page: PageQuery, options: RankOptions = {}): RankedPassage[] {
  const top = options.top ?? 5;
  const { terms, years } = buildQuery(index, page);
  // Only near-winners get the per-passage work of the event bonus.
  const candidates: Candidate[] = [];
  for (const r of retrieveWithEvidence(index, terms, Math.max(60, top * 12))) {
    if (!qualifies(r)) continue;
    const event = sameEvent(index, r.doc, page.topics, years);
    const onTopic = index.docs[r.doc]!.articleTopics.some((t) => page.topics.includes(t));
    // How specific the passage is, measured across many pages (passage-priors.ts).
    const doc = index.docs[r.doc]!;
    const score = r.score * doc.prior * (event ? 1 + EVENT_BOOST : 1) * (onTopic ? 1 : OFF_TOPIC);
    candidates.push({ ...r, score, event });
  }
  const ordered = orderCandidates(index, candidates, page.published ?? latest(years));
  return selectDiverse(index, ordered, top, options.perArticle ?? 2).map((c) => explain(index, c.doc, c.score, terms, c.event));
}

function latest(years: Set<string>): string | null {
  return [...years].sort().pop() ?? null;
}

/** Best first, at most `perArticle` from one article, so one story does not fill the list. */
export function pickDiverse(
  index: CorpusIndex,
  candidates: ReadonlyArray<[number, number]>,
  top: number,
  perArticle: number,
): Array<[number, number]> {
  const chosen: Array<[number, number]> = [];
  const count = new Map<string, number>();
  for (const c of candidates) {
    const articleId = index.docs[c[0]]!.article.id;
    const n = count.get(articleId) ?? 0;
    if (n >= perArticle) continue;
    count.set(articleId, n + 1);
    chosen.push(c);
    if (chosen.length >= top) break;
  }
  return chosen;
}

/** Says why a passage matched, in the passage's own words. */
export function explain(
  index: CorpusIndex,
  d: number,
  score: number,
  terms: QueryTerm[],
  eventTopic: string | null,
): RankedPassage {
  const doc = index.docs[d]!;
  const why = explainPassage(index, d, terms);
  const label = (id: string) => index.parts.detector.plan.topics.find((t) => t.id === id)?.label ?? id;
  const event = eventTopic ? eventName(label(eventTopic), doc.article.published) : null;
  return {
    passage: doc.passage,
    article: doc.article,
    score: Math.round(score * 1000) / 1000,
    matched: why.matched,
    highlights: why.highlights,
    reasons: {
      names: why.names,
      event,
      eventTopicId: event ? eventTopic : null,
      topics: why.topicIds.map(label),
      topicIds: why.topicIds,
      words: why.words,
    },
  };
}
