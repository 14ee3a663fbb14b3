// retrieve() adds up scores over posting lists and keeps the best with a heap;
// the reference scores every passage from its own text and sorts them all.
// Random corpora, random edits (adds, removals) and random weighted queries.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../../core/corpus-index.ts';
import { Detector } from '../../../core/detect.ts';
import { EntityFinder } from '../../../core/entity-finder.ts';
import { type QueryTerm, retrieve } from '../../../core/rank.ts';
import { tokenize } from '../../../core/tokens.ts';
import { builtInDetectorPlan } from '../../../scripts/built-in-plans.ts';
import type { ArticleMeta } from '../../../core/types.ts';

const parts = { detector: new Detector(builtInDetectorPlan()), entities: new EntityFinder() };
const WORDS = ['summit', 'rules', 'quokka', 'cyberspace', 'Wuzhen', 'Xi Jinping', 'AI governance', 'cooperation', '治理', 'chips'];

const article = (id: string): ArticleMeta => ({
  id,
  headline: id,
  outlet: 'o',
  published: null,
  url: null,
  copyUrl: null,
  language: 'en',
  author: null,
  note: null,
  origin: 'user',
});

/** Every term a passage holds, counted the way the index counts them. */
function termsOf(index: CorpusIndex, d: number): Map<string, number> {
  const doc = index.docs[d]!;
  const counts = new Map<string, number>();
  for (const t of tokenize(doc.passage.text)) counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
  for (const h of parts.entities.find(doc.passage.text)) counts.set(h.key, (counts.get(h.key) ?? 0) + 1);
  // A topic counts its mentions, up to three; an article topic the tenths of
  // the article (passages and headline) about it, at least one.
  for (const t of parts.detector.detect(doc.passage.text)) counts.set(`t:${t.id}`, Math.min(3, t.mentions.length));
  const siblings = index.docs.filter((x) => x.article.id === doc.article.id && !x.deleted);
  for (const t of doc.articleTopics) {
    const about = siblings.filter((x) => x.topics.includes(t)).length;
    counts.set(`a:${t}`, Math.max(1, Math.round((10 * about) / (siblings.length + 1))));
  }
  return counts;
}

function naiveRetrieve(index: CorpusIndex, terms: QueryTerm[], pool: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const avg = index.averageLength || 1;
  index.docs.forEach((doc, d) => {
    if (doc.deleted) return;
    const counts = termsOf(index, d);
    let score = 0;
    let hit = false;
    for (const q of terms) {
      const tf = counts.get(q.term);
      if (!tf) continue;
      hit = true;
      if (q.kind === 'word') score += (q.weight * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * doc.length) / avg));
      else if (q.kind === 'topic') score += q.weight * (1 + 0.25 * (tf - 1));
      else if (q.kind === 'articleTopic') score += (q.weight * tf) / 10;
      else score += q.weight;
    }
    if (hit) out.push([d, score]);
  });
  return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, pool);
}

describe('retrieve against scoring every passage', () => {
  it('returns the same passages with the same scores', () => {
    const passage = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(fc.array(passage, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(7)),
        fc.array(fc.tuple(fc.constantFrom(...WORDS, 'e:xi-jinping', 'e:wuzhen', 't:wic', 'a:ai-governance'), fc.integer({ min: 1, max: 50 })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 12 }),
        (articles, removals, query, pool) => {
          const index = new CorpusIndex(parts);
          for (const [a, texts] of articles.entries()) {
            index.addArticle(
              article(`a${a}`),
              texts.map((text, i) => ({ id: `a${a}#${i}`, articleId: `a${a}`, index: i, section: null, text })),
            );
          }
          for (const r of removals) index.removeArticle(`a${r}`);
          const terms: QueryTerm[] = query.map(([w, weight]) => {
            const kind = w.startsWith('e:') ? 'entity' : w.startsWith('t:') ? 'topic' : w.startsWith('a:') ? 'articleTopic' : 'word';
            return { term: kind === 'word' ? (tokenize(w)[0]?.term ?? w) : w, weight: weight / 10, kind };
          });
          expect(retrieve(index, terms, pool)).toEqual(naiveRetrieve(index, terms, pool));
        },
      ),
      { numRuns: 200 },
    );
  });
});
