// Retrieval: scores accumulated over the posting lists of the query's terms
// only, so a query costs what its terms cost, not what the corpus holds.
// Besides the score, it counts for each passage the telling terms it shares
// with the page (see QueryTerm.telling): what decides whether a passage is
// worth showing at all.

import type { CorpusIndex } from './corpus-index.ts';
import type { QueryTerm } from './rank-query.ts';

const K1 = 1.2;
const B = 0.75;
/** Each topic mention past the first adds this share of the topic's weight. */
export const TOPIC_TF_GAIN = 0.25;

export interface Retrieved {
  doc: number;
  score: number;
  /** Telling words shared with the page. */
  tellingWords: number;
  /** Telling names, entities and topics shared with the page. */
  tellingOthers: number;
}

/** The `pool` best passages for weighted terms, as [doc, score], best first. */
export function retrieve(index: CorpusIndex, terms: readonly QueryTerm[], pool: number): Array<[number, number]> {
  return retrieveWithEvidence(index, terms, pool).map((r): [number, number] => [r.doc, r.score]);
}

// Telling-term counts per passage, two per passage (words, others): reused
// across queries like the score accumulator.
let tellingScratch = new Uint16Array(0);

/**
 * Each passage's word count, -1 once deleted, in one typed array: the loops
 * below read it for every posting, and at 100,000 passages reading it from
 * each passage's object cost more than the arithmetic. Rebuilt when the
 * index changes.
 */
const lengthsOf = new WeakMap<CorpusIndex, { revision: number; lengths: Float64Array }>();

function docLengths(index: CorpusIndex): Float64Array {
  const kept = lengthsOf.get(index);
  if (kept?.revision === index.revision && kept.lengths.length === index.docs.length) return kept.lengths;
  const lengths = new Float64Array(index.docs.length);
  index.docs.forEach((doc, d) => {
    lengths[d] = doc.deleted ? -1 : doc.length;
  });
  lengthsOf.set(index, { revision: index.revision, lengths });
  return lengths;
}

export function retrieveWithEvidence(index: CorpusIndex, terms: readonly QueryTerm[], pool: number): Retrieved[] {
  if (index.scratch.length < index.docs.length) index.scratch = new Float64Array(index.docs.length * 2 + 16);
  if (tellingScratch.length < index.docs.length * 2) tellingScratch = new Uint16Array(index.docs.length * 4 + 32);
  const scores = index.scratch;
  const telling = tellingScratch;
  const lengths = docLengths(index);
  const touched: number[] = [];
  const avg = index.averageLength || 1;
  for (const q of terms) {
    const list = index.postingsOf(q.term);
    if (!list) continue;
    const { docs, tfs } = list;
    const w = q.weight;
    // One loop per kind of term, with what is constant for the term worked out once.
    const slot = q.telling ? (q.kind === 'word' ? 0 : 1) : -1;
    const kind = q.kind === 'word' ? 0 : q.kind === 'topic' ? 1 : q.kind === 'articleTopic' ? 2 : 3;
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k]!;
      const length = lengths[d]!;
      if (length < 0) continue;
      const tf = tfs[k]!;
      // Words: BM25. A passage that says more of the topic is more about it;
      // an article's topic counts by the share of the article about it, in tenths.
      const add =
        kind === 0
          ? (w * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avg))
          : kind === 1
            ? w * (1 + TOPIC_TF_GAIN * (tf - 1))
            : kind === 2
              ? (w * tf) / 10
              : w;
      if (scores[d] === 0) touched.push(d);
      scores[d]! += add;
      if (slot >= 0) telling[2 * d + slot]!++;
    }
  }
  const best = topByScore(touched, scores, pool).map(
    (d): Retrieved => ({ doc: d, score: scores[d]!, tellingWords: telling[2 * d]!, tellingOthers: telling[2 * d + 1]! }),
  );
  for (const d of touched) {
    scores[d] = 0;
    telling[2 * d] = 0;
    telling[2 * d + 1] = 0;
  }
  return best;
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
