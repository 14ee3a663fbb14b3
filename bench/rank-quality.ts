// Ranking quality against people's judgments: every evaluation page (the
// page-like texts of test/eval/set and the whole pages of test/eval/pages),
// each with the corpus article(s) an editor said should come first, written
// before the engine saw them. Our ranker and MiniSearch get the same request
// for each page and index the same bundled passages; the figure is how often
// an expected article is first, and how often it is among the top five.

import { join } from 'node:path';
import { openBundle } from '../core/bundle.ts';
import { rank } from '../core/rank.ts';
import { buildCorpus } from '../corpus/build.ts';
import { shippedBundle } from '../scripts/built-in-plans.ts';
import { rankRequest } from '../shared/rank-request.ts';
import { readHtmlCases, readTextCases } from '../test/unit/eval/eval-cases.ts';
import { buildPeer, peerTop } from './minisearch-peer.ts';
import { ROOT } from './text.ts';

export interface QualityResult {
  /** Pages with an expected first article on which a topic was found. */
  pages: number;
  ours: { first: number; top5: number };
  peer: { first: number; top5: number };
}

export function rankQuality(): QualityResult {
  const corpus = buildCorpus(join(ROOT, 'corpus/articles'));
  const { index, detector } = openBundle(shippedBundle(corpus));
  const peer = buildPeer(corpus.passages);
  const articleOf = new Map(corpus.passages.map((p) => [p.id, p.articleId]));
  const result: QualityResult = { pages: 0, ours: { first: 0, top5: 0 }, peer: { first: 0, top5: 0 } };
  for (const c of [...readTextCases('set'), ...readHtmlCases()]) {
    const want = c.first;
    if (!Array.isArray(want)) continue;
    const matches = detector.detect(c.page.text);
    if (!matches.length) continue;
    const request = rankRequest(c.page, matches);
    const ours = rank(index, request, { top: 5 }).map((r) => r.article.id);
    const theirs = peerTop(peer, request, 5).map((id) => articleOf.get(id) ?? '');
    result.pages++;
    for (const [list, tally] of [
      [ours, result.ours],
      [theirs, result.peer],
    ] as const) {
      if (want.includes(list[0] ?? '')) tally.first++;
      if (list.some((id) => want.includes(id))) tally.top5++;
    }
  }
  return result;
}
