// How specific each passage is, measured across many pages. A passage that
// lists every instrument of its field ("the UN's advisory body, the Bletchley
// Declaration, the AI Act...") ranks near the top of almost any page of its
// topic and tells none of them much; a reader wants the one that speaks to
// their page. The pages it is measured on are the corpus's own passages,
// each read as a short page about its article's topics, the way rank() reads
// a page; a passage's prior falls with the share of those pages (from other
// articles) whose top three it enters. Measured at build time for the
// bundled corpus; a reader's own articles keep 1.

import type { CorpusIndex } from './corpus-index.ts';
import { buildQuery } from './rank-query.ts';
import { retrieve } from './rank-retrieve.ts';

/** How hard a passage in every probe's top three is pushed down: to 1 / (1 + HUBNESS). */
const HUBNESS = 4;
const TOP = 3;

export function measurePriors(index: CorpusIndex): void {
  const entered = new Float64Array(index.docs.length);
  const probes = new Map<string, number>();
  index.docs.forEach((probe) => {
    if (probe.deleted) return;
    const topics = probe.articleTopics;
    if (!topics.length) return;
    const { terms } = buildQuery(index, { text: probe.passage.text, topics });
    // Its own article would always win: the probe asks the rest of the corpus.
    const best = retrieve(index, terms, TOP + index.passagesOf(probe.article.id).length)
      .filter(([d]) => index.docs[d]!.article.id !== probe.article.id)
      .slice(0, TOP);
    for (const t of topics) probes.set(t, (probes.get(t) ?? 0) + 1);
    for (const [d] of best) entered[d]!++;
  });
  index.docs.forEach((doc, d) => {
    if (doc.deleted) return;
    const possible = doc.articleTopics.reduce((n, t) => Math.max(n, probes.get(t) ?? 0), 0);
    const share = possible ? Math.min(1, entered[d]! / possible) : 0;
    doc.prior = Math.round(1000 / (1 + HUBNESS * share)) / 1000;
  });
}
