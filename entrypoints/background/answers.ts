// What the background says to content scripts. It keeps nothing of the page:
// the request text is ranked and dropped with the call. Passages go out with
// their topics and event named in the reader's language.

import { rank, type RankedPassage } from '../../core/rank.ts';
import { search } from '../../core/search.ts';
import type { PassageView, RankRequest } from '../../shared/messages.ts';
import { uiTranslator } from '../../shared/i18n.ts';
import { getCorpus } from './corpus.ts';
import { pageDetector, topicName } from './page-detector.ts';
import { withFormats } from './passage-formats.ts';
import { withTopicLabels } from './topic-labels.ts';

const TOP = 8;

export async function rankPage(request: RankRequest): Promise<PassageView[]> {
  const [{ index }, named] = await Promise.all([getCorpus(), namer()]);
  return rank(index, request, { top: TOP }).map((r) => named(toView(r)));
}

export async function searchCorpus(query: string): Promise<PassageView[]> {
  const [{ index }, named] = await Promise.all([getCorpus(), namer()]);
  return search(index, query.slice(0, 200), { top: 20 }).map((r) => named(toView(r)));
}

/** Names a passage's topics (the reader's own too) and its event as the sidebar shows them, and formats its date and lists. */
async function namer(): Promise<(p: PassageView) => PassageView> {
  const { plan } = await pageDetector();
  const t = uiTranslator();
  return (p) => withFormats(withTopicLabels(p, (id) => topicName(plan, id), (label, year) => t('eventName', [label, year])), t);
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
