// From scored candidates to the list a reader sees:
// - only passages that share something telling with the page (a name, an
//   entity, a topic, or two uncommon words) qualify: no filler, and fewer
//   than asked for when fewer qualify;
// - equal scores are ordered by one rule for every language: the article
//   closer in date to the page first, then corpus order;
// - the best passage covering the page's own event (its yearly summit, its
//   year) comes first;
// - maximal marginal relevance: a passage that repeats one already chosen
//   is worth less, a near-copy nothing, and one article gives at most
//   `perArticle` passages unless nothing else qualifies.

import type { CorpusIndex } from './corpus-index.ts';
import type { Retrieved } from './rank-retrieve.ts';
import { tokenize } from './tokens.ts';

export interface Candidate extends Retrieved {
  /** Topic id of the page's event this passage covers, if any. */
  event: string | null;
}

/** Two passages sharing this share of their words (Jaccard) say the same thing. */
const NEAR_DUPLICATE = 0.6;
/** How much of a passage's score its likeness to one already chosen takes away. */
const REDUNDANCY = 0.5;
/** Scores closer than this are equal: what is shown is rounded to three decimals. */
const EPSILON = 5e-4;

export function qualifies(c: Retrieved): boolean {
  return c.tellingOthers > 0 || c.tellingWords >= 2;
}

/** Months since year 0 of a partial date; the middle of the year or month when that is all it says. */
function monthOf(date: string | null | undefined): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? '');
  if (!m) return null;
  return Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 5.5);
}

/**
 * Best first; equal scores: the article nearer the page's date first (an
 * undated page or article counts as farthest), then corpus order.
 */
export function orderCandidates(index: CorpusIndex, candidates: Candidate[], pageDate: string | null): Candidate[] {
  const page = monthOf(pageDate);
  const distance = (c: Candidate) => {
    const month = monthOf(index.docs[c.doc]!.article.published);
    return page === null || month === null ? Infinity : Math.abs(month - page);
  };
  return candidates.sort((a, b) => {
    if (Math.abs(a.score - b.score) > EPSILON) return b.score - a.score;
    const da = distance(a);
    const db = distance(b);
    return da !== db ? (da < db ? -1 : 1) : a.doc - b.doc;
  });
}

/** Picks up to `top` of the ordered candidates: see the header. */
export function selectDiverse(index: CorpusIndex, ordered: readonly Candidate[], top: number, perArticle: number): Candidate[] {
  const words = new Map<number, Set<string>>();
  const wordsOf = (d: number) => {
    let set = words.get(d);
    if (!set) {
      set = new Set(tokenize(index.docs[d]!.passage.text).map((t) => t.term));
      words.set(d, set);
    }
    return set;
  };
  const chosen: Candidate[] = [];
  const perArticleCount = new Map<string, number>();
  const likeness = (c: Candidate) => Math.max(0, ...chosen.map((s) => jaccard(wordsOf(c.doc), wordsOf(s.doc))));
  const pick = (capped: boolean): boolean => {
    let best: Candidate | null = null;
    let bestValue = -Infinity;
    for (const c of ordered) {
      // Likeness only takes away: past this point nothing can win.
      if (c.score <= bestValue + EPSILON) break;
      if (chosen.includes(c)) continue;
      const article = index.docs[c.doc]!.article.id;
      if (capped && (perArticleCount.get(article) ?? 0) >= perArticle) continue;
      const like = likeness(c);
      if (like >= NEAR_DUPLICATE) continue;
      const value = c.score * (1 - REDUNDANCY * like);
      // `ordered` already holds the tie rule: the first of equals stays.
      if (value > bestValue + EPSILON) {
        best = c;
        bestValue = value;
      }
    }
    if (!best) return false;
    chosen.push(best);
    const article = index.docs[best.doc]!.article.id;
    perArticleCount.set(article, (perArticleCount.get(article) ?? 0) + 1);
    return true;
  };
  // The page's own event first: a page about the 2024 summit reads the 2024
  // coverage before anything else, however many names another passage shares.
  const ownEvent = ordered.find((c) => c.event);
  if (ownEvent && top > 0) {
    chosen.push(ownEvent);
    perArticleCount.set(index.docs[ownEvent.doc]!.article.id, 1);
  }
  while (chosen.length < top && pick(true));
  // Nothing else qualifies: more of one article is better than an empty slot.
  while (chosen.length < top && pick(false));
  return chosen;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Same event: coverage from a year the page is about, of an event (a yearly summit) the page is about. */
export function sameEvent(index: CorpusIndex, d: number, topics: readonly string[], years: Set<string>): string | null {
  const doc = index.docs[d]!;
  const year = doc.article.published?.slice(0, 4);
  if (!year || !years.has(year)) return null;
  const events = index.parts.detector.plan.topics.filter((t) => t.event).map((t) => t.id);
  return topics.find((t) => events.includes(t) && doc.articleTopics.includes(t)) ?? null;
}
