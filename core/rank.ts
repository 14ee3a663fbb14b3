// Ranks corpus passages by how closely they speak to what a page is about.
// The score adds up, for the page's most telling words, entities, proper
// names and topics, what each contributes to a passage (BM25 for words, an
// idf-weighted constant for the rest), then rewards the same event: a passage
// from the same year's coverage of a topic the page is about. The weights make
// "same people, body, instrument or event" outrank "shares the topic".

import type { CorpusIndex } from './corpus-index.ts';
import { tokenize } from './tokens.ts';
import type { ArticleMeta, Passage } from './types.ts';
import { eventName } from './event-name.ts';

export interface PageQuery {
  title?: string;
  /** The page text the ranking may use (the content script sends the parts that matter). */
  text: string;
  /** Topics detected on the page. */
  topics: readonly string[];
  /** The page's publication date if it states one (YYYY[-MM[-DD]]). */
  published?: string | null;
}

export interface RankOptions {
  top?: number;
  /** At most this many passages from one article, so one story does not fill the list. */
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
  /** Shared words, as the passage writes them. */
  words: string[];
}

export interface RankedPassage {
  passage: Passage;
  article: ArticleMeta;
  score: number;
  /** What made it match, most telling first, as written in the passage. */
  matched: string[];
  /** Character ranges of `matched` in the passage text. */
  highlights: Array<[number, number]>;
  reasons: MatchReasons;
}

// Relative worth of each kind of evidence. Words are BM25 (a passage full of
// the page's rare words scores ~5-15); naming the same person or instrument
// is worth about as much as several shared rare words.
const WEIGHT = { word: 1, title: 2, entity: 2.5, place: 0.8, name: 1.5, topic: 1.2, articleTopic: 0.6 } as const;
/**
 * Coverage of the page's own event (its topic, its year) is worth this much
 * more. Multiplied, not added: an added constant vanishes beside word scores
 * of 40-100.
 */
const EVENT_BOOST = 0.6;
const K1 = 1.2;
const B = 0.75;
const MAX_WORDS = 30;
/** A word is shown as evidence when it weighs this share of the page's best word. */
const WORD_SHARE = 0.3;
const MAX_MATCHED_WORDS = 6;
const MAX_TOPIC_MARKS = 2;

export interface QueryTerm {
  term: string;
  weight: number;
  kind: 'word' | 'entity' | 'name' | 'topic' | 'articleTopic';
}

/** What to look for: the page's most telling terms with their weights. */
export function buildQuery(index: CorpusIndex, page: PageQuery): { terms: QueryTerm[]; years: Set<string> } {
  const whole = `${page.title ?? ''}\n${page.text}`;
  const hits = index.parts.entities.find(whole);
  // A name counts once, as a name: its words are not also counted as words
  // ("Wuzhen" would otherwise score twice). Years count through the event
  // logic, not as words.
  const inName = (start: number) => hits.some((h) => h.start <= start && start < h.end);
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
    words.push({ term, weight: boost * (1 + Math.log(tf)) * idf, kind: 'word' });
  }
  words.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  const terms = words.slice(0, MAX_WORDS);

  const names = new Map<string, number>();
  for (const hit of hits) names.set(hit.key, (names.get(hit.key) ?? 0) + 1);
  const kinds = index.parts.entities.plan.kinds;
  for (const [key, n] of names) {
    const idf = index.idf(key);
    if (idf <= 0) continue;
    const kind = key.startsWith('e:') ? 'entity' : 'name';
    // A place says where, not who or what: many stories share Beijing.
    const weight = kind === 'entity' && kinds[key.slice(2)] === 'place' ? WEIGHT.place : WEIGHT[kind];
    terms.push({ term: key, weight: weight * (1 + Math.log(n)) * idf, kind });
  }
  for (const topic of page.topics) {
    terms.push({ term: `t:${topic}`, weight: WEIGHT.topic * Math.max(index.idf(`t:${topic}`), 0.5), kind: 'topic' });
    terms.push({
      term: `a:${topic}`,
      weight: WEIGHT.articleTopic * Math.max(index.idf(`a:${topic}`), 0.5),
      kind: 'articleTopic',
    });
  }
  return { terms, years: pageYears(whole, page.published ?? null) };
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

/** Accumulates scores over the query's posting lists; returns the best `top`. */
export function rank(index: CorpusIndex, page: PageQuery, options: RankOptions = {}): RankedPassage[] {
  const top = options.top ?? 5;
  const { terms, years } = buildQuery(index, page);
  // Only near-winners get the per-passage work of the event bonus.
  const candidates = retrieve(index, terms, Math.max(50, top * 10));
  const events = new Map<number, string>();
  for (const c of candidates) {
    const topic = sameEvent(index, c[0], page.topics, years);
    if (topic) {
      events.set(c[0], topic);
      c[1] *= 1 + EVENT_BOOST;
    }
  }
  candidates.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return pickDiverse(index, candidates, top, options.perArticle ?? 2).map(([d, score]) =>
    explain(index, d, score, terms, events.get(d) ?? null),
  );
}

/** The `pool` best passages for weighted terms, as [doc, score], best first. */
export function retrieve(index: CorpusIndex, terms: readonly QueryTerm[], pool: number): Array<[number, number]> {
  if (index.scratch.length < index.docs.length) index.scratch = new Float64Array(index.docs.length * 2 + 16);
  const scores = index.scratch;
  const touched: number[] = [];
  const avg = index.averageLength || 1;
  for (const q of terms) {
    const list = index.postingsOf(q.term);
    if (!list) continue;
    const { docs, tfs } = list;
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k]!;
      const doc = index.docs[d]!;
      if (doc.deleted) continue;
      let add = q.weight;
      if (q.kind === 'word') {
        const tf = tfs[k]!;
        add = (q.weight * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / avg));
      }
      if (scores[d] === 0) touched.push(d);
      scores[d]! += add;
    }
  }
  const best = topByScore(touched, scores, pool).map((d): [number, number] => [d, scores[d]!]);
  for (const d of touched) scores[d] = 0;
  return best;
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

/** Same event: coverage from a year the page is about, of an event (a yearly summit) the page is about. */
function sameEvent(index: CorpusIndex, d: number, topics: readonly string[], years: Set<string>): string | null {
  const doc = index.docs[d]!;
  const year = doc.article.published?.slice(0, 4);
  if (!year || !years.has(year)) return null;
  const events = index.parts.detector.plan.topics.filter((t) => t.event).map((t) => t.id);
  return topics.find((t) => events.includes(t) && doc.articleTopics.includes(t)) ?? null;
}

/** The `k` best documents, without sorting everything touched (a min-heap). */
function topByScore(touched: number[], scores: Float64Array, k: number): number[] {
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && better(heap[m]!, heap[l]!)) m = l;
      if (r < heap.length && better(heap[m]!, heap[r]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const d of touched) {
    if (heap.length < k) {
      heap.push(d);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!better(heap[p]!, heap[i]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (better(d, heap[0]!)) {
      heap[0] = d;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1));
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
  const text = doc.passage.text;
  const wanted = new Map(terms.map((q) => [q.term, q]));
  const spans: Array<{ start: number; end: number; weight: number; kind: QueryTerm['kind'] }> = [];
  for (const hit of index.parts.entities.find(text)) {
    const q = wanted.get(hit.key);
    if (q) spans.push({ start: hit.start, end: hit.end, weight: q.weight, kind: q.kind });
  }
  const topicTerms = terms.filter((q) => q.kind === 'topic' && doc.topics.includes(q.term.slice(2)));
  if (topicTerms.length) {
    for (const t of index.parts.detector.detect(text)) {
      const q = topicTerms.find((x) => x.term === `t:${t.id}`);
      if (!q) continue;
      // The passage is about the page's topic: show where, briefly, after
      // the names and words it shares with the page.
      for (const m of t.mentions.slice(0, MAX_TOPIC_MARKS)) {
        if (!spans.some((s) => s.start < m.end && m.start < s.end)) {
          spans.push({ start: m.start, end: m.end, weight: 0, kind: 'topic' });
        }
      }
    }
  }
  // Words are evidence only when they weigh something next to the page's
  // best word: "news" or "Thursday" would only add noise to a highlight.
  const strongest = Math.max(0, ...terms.filter((q) => q.kind === 'word').map((q) => q.weight));
  const wordTerms = new Set<string>();
  for (const tok of tokenize(text)) {
    const q = wanted.get(tok.term);
    if (!q || q.kind !== 'word' || q.weight < strongest * WORD_SHARE) continue;
    if (!wordTerms.has(tok.term) && wordTerms.size >= MAX_MATCHED_WORDS) continue;
    if (!spans.some((s) => s.start < tok.end && tok.start < s.end)) {
      wordTerms.add(tok.term);
      spans.push({ start: tok.start, end: tok.end, weight: q.weight, kind: 'word' });
    }
  }
  const byWeight = [...spans].sort((a, b) => b.weight - a.weight || a.start - b.start);
  const seen = new Set<string>();
  const matched: string[] = [];
  const names: string[] = [];
  const words: string[] = [];
  for (const s of byWeight) {
    const surface = text.slice(s.start, s.end);
    const key = surface.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    matched.push(surface);
    if (s.kind === 'word') words.push(surface);
    else if (s.kind === 'entity' || s.kind === 'name') names.push(surface);
  }
  const label = (id: string) => index.parts.detector.plan.topics.find((t) => t.id === id)?.label ?? id;
  const topicLabels = topicTerms.map((q) => label(q.term.slice(2)));
  const event = eventTopic ? eventName(label(eventTopic), doc.article.published) : null;
  return {
    passage: doc.passage,
    article: doc.article,
    score: Math.round(score * 1000) / 1000,
    matched,
    highlights: spans.map((s): [number, number] => [s.start, s.end]).sort((a, b) => a[0] - b[0]),
    reasons: {
      names,
      event,
      eventTopicId: event ? eventTopic : null,
      topics: topicLabels,
      topicIds: topicTerms.map((q) => q.term.slice(2)),
      words: words.slice(0, 6),
    },
  };
}
