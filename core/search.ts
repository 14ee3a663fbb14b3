// The sidebar's search box: what a person types, over the whole corpus.
// Typed words are looked up in the index; a word the corpus does not hold is
// most likely a typo or another inflection, so Fuse.js finds the nearest
// words of the vocabulary ("Wuzen" -> "Wuzhen", "goverance" -> "governance")
// and of the entity names ("Ren Xianlang" -> Ren Xianliang). Fuse runs over
// the vocabulary, never over the passages: retrieval stays on the index.

import Fuse from 'fuse.js';
import type { CorpusIndex } from './corpus-index.ts';
import { type QueryTerm, type RankedPassage, explain, pickDiverse, retrieve } from './rank.ts';
import { tokenize } from './tokens.ts';

export interface SearchOptions {
  top?: number;
  perArticle?: number;
}

// Fuse scores run 0 (exact) to 1; past this a "correction" is a guess.
const MAX_FUZZ = 0.34;

interface FuzzyLists {
  revision: number;
  words: Fuse<string>;
  names: Fuse<{ name: string; key: string }>;
}

const cache = new WeakMap<CorpusIndex, FuzzyLists>();

function fuzzyLists(index: CorpusIndex): FuzzyLists {
  const cached = cache.get(index);
  if (cached && cached.revision === index.revision) return cached;
  const surfaces = [...index.surfaceForms().keys()].filter((w) => /^[a-z][a-z'’-]{2,}$/.test(w));
  const plan = index.parts.entities.plan;
  const names = plan.scanner.terms.map(([name], i) => ({ name, key: `e:${plan.owners[i]}` }));
  const lists: FuzzyLists = {
    revision: index.revision,
    words: new Fuse(surfaces, { includeScore: true, threshold: MAX_FUZZ, ignoreLocation: true, minMatchCharLength: 3 }),
    names: new Fuse(names, { keys: ['name'], includeScore: true, threshold: MAX_FUZZ, ignoreLocation: true }),
  };
  cache.set(index, lists);
  return lists;
}

/** The weighted index terms a typed query stands for, typos forgiven. */
export function searchTerms(index: CorpusIndex, query: string): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  const add = (term: string, weight: number, kind: QueryTerm['kind']) => {
    const idf = index.idf(term);
    if (idf <= 0) return;
    const w = weight * idf;
    const prev = terms.get(term);
    // Every word a reader typed is one they want to see matched.
    if (!prev || prev.weight < w) terms.set(term, { term, weight: w, kind, telling: true });
  };
  let lists: FuzzyLists | undefined;
  // A query naming a topic in either language ("人工智能治理") finds the passages
  // about it, whatever language they are written in.
  for (const t of index.parts.detector.detect(query)) add(`t:${t.id}`, 1, 'topic');
  for (const hit of index.parts.entities.find(query)) add(hit.key, 2.5, hit.key.startsWith('e:') ? 'entity' : 'name');
  for (const tok of tokenize(query)) {
    if (index.has(tok.term)) {
      add(tok.term, 1, 'word');
      continue;
    }
    const surface = query.slice(tok.start, tok.end).toLowerCase();
    if (!/^[a-z]{3,}$/.test(surface)) continue;
    lists ??= fuzzyLists(index);
    for (const r of lists.words.search(surface, { limit: 3 })) {
      const term = index.surfaceForms().get(r.item);
      if (term) add(term, 1 - (r.score ?? 1), 'word');
    }
  }
  if (query.trim().length >= 4 && ![...terms.values()].some((t) => t.kind === 'entity')) {
    lists ??= fuzzyLists(index);
    const best = lists.names.search(query.trim(), { limit: 1 })[0];
    if (best && (best.score ?? 1) <= MAX_FUZZ / 2) add(best.item.key, 2.5 * (1 - (best.score ?? 1)), 'entity');
  }
  return [...terms.values()];
}

export function search(index: CorpusIndex, query: string, options: SearchOptions = {}): RankedPassage[] {
  const top = options.top ?? 10;
  const terms = searchTerms(index, query);
  if (!terms.length) return [];
  const candidates = retrieve(index, terms, Math.max(50, top * 5));
  return pickDiverse(index, candidates, top, options.perArticle ?? top).map(([d, score]) =>
    explain(index, d, score, terms, null),
  );
}
