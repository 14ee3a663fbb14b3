// Ranking quality against people's judgments: the evaluation pages of
// test/eval, each with the corpus article(s) an editor said should come
// first (expected.json, written before the rules were read). Our ranker and
// MiniSearch get the same request for each page, and index the same bundled
// passages; the figure is how often an expected article is first, and how
// often it is among the top five.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildBundle, openBundle } from '../core/bundle.ts';
import { rank } from '../core/rank.ts';
import { buildCorpus } from '../corpus/build.ts';
import { extractPageText } from '../shared/page-text.ts';
import { rankRequest } from '../shared/rank-request.ts';
import { buildPeer, peerTop } from './minisearch-peer.ts';
import { ROOT } from './text.ts';

export interface QualityResult {
  /** Pages with an expected first article on which a topic was found. */
  pages: number;
  ours: { first: number; top5: number };
  peer: { first: number; top5: number };
}

interface Expectation {
  first: string[] | 'any' | null;
}

/** Decoded by the charset the page declares, as `scan` does. */
function readPage(path: string): string {
  const bytes = readFileSync(path);
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)))?.[1] ?? 'utf-8';
  return new TextDecoder(charset).decode(bytes);
}

export function rankQuality(evalDir = join(ROOT, 'test/eval')): QualityResult {
  const corpus = buildCorpus(join(ROOT, 'corpus/articles'));
  const { index, detector } = openBundle(buildBundle(corpus));
  const peer = buildPeer(corpus.passages);
  const articleOf = new Map(corpus.passages.map((p) => [p.id, p.articleId]));
  const expected = JSON.parse(readFileSync(join(evalDir, 'expected.json'), 'utf8')) as Record<string, Expectation>;
  const result: QualityResult = { pages: 0, ours: { first: 0, top5: 0 }, peer: { first: 0, top5: 0 } };
  for (const file of readdirSync(join(evalDir, 'pages')).filter((f) => f.endsWith('.html'))) {
    const want = expected[file]?.first;
    if (!Array.isArray(want)) continue;
    const { document } = parseHTML(readPage(join(evalDir, 'pages', file)));
    const page = extractPageText(document as unknown as Document);
    const matches = detector.detect(page.text);
    if (!matches.length) continue;
    const request = rankRequest(page, matches);
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
