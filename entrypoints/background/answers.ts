// What the background says to content scripts. It keeps nothing of the page:
// the request text is ranked and dropped with the call.

import { rank, type RankedPassage } from '../../core/rank.ts';
import { search } from '../../core/search.ts';
import type { PassageView, RankRequest } from '../../shared/messages.ts';
import { getCorpus } from './corpus.ts';

const TOP = 8;

export async function rankPage(request: RankRequest): Promise<PassageView[]> {
  const { index } = await getCorpus();
  return rank(index, request, { top: TOP }).map(toView);
}

export async function searchCorpus(query: string): Promise<PassageView[]> {
  const { index } = await getCorpus();
  return search(index, query.slice(0, 200), { top: 20 }).map(toView);
}

function toView(r: RankedPassage): PassageView {
  return {
    id: r.passage.id,
    text: r.passage.text,
    section: r.passage.section,
    article: r.article,
    score: r.score,
    matched: r.matched,
    highlights: r.highlights,
    reasons: r.reasons,
  };
}
