// What the background says to content scripts. It keeps nothing of the page:
// the request text is ranked and dropped with the call. Passages go out with
// their topics and event named in the reader's language. A page that has not
// had its topics found yet sends its text with its rank request: the
// background detects (page-detector.ts), builds the rank request the page
// would have built from that answer, and ranks, all in one message.

import { rank, type RankedPassage } from '../../core/rank.ts';
import { search } from '../../core/search.ts';
import type { PageRankRequest, PassageView, RankAnswer, RankRequest } from '../../shared/messages.ts';
import { uiTranslator } from '../../shared/i18n.ts';
import { rankRequest } from '../../shared/rank-request.ts';
import { getCorpus } from './corpus.ts';
import { detectPage, pageDetector, topicName } from './page-detector.ts';
import { withFormats } from './passage-formats.ts';
import { withTopicLabels } from './topic-labels.ts';

const TOP = 8;

// Ranked passages go out without their dates and lists formatted: the
// sidebar asks for them as it mounts (passage-formats.ts).
async function rankPage(request: RankRequest): Promise<PassageView[]> {
  const [{ index }, named] = await Promise.all([getCorpus(), namer()]);
  return rank(index, request, { top: TOP }).map((r) => named(toView(r)));
}

/**
 * `rank`: passages for the topics a page found (RankRequest), or, for a page
 * that sent its text (PageRankRequest), the topics in it first, as `detect`
 * answers them (`pageUrl`: the sender's address, for the site switch). A
 * failed ranking leaves the topics found standing: it comes back as `error`.
 */
export async function answerRank(request: RankRequest | PageRankRequest, pageUrl?: string): Promise<RankAnswer> {
  if (!isPageRankRequest(request)) return { passages: await rankPage(checkedRequest(request)), error: null, detected: null };
  // A long page's text in parts goes to `detect`: the blocks of a text with holes would rank blanks.
  const text = request.detect?.text;
  if (typeof text !== 'string') throw new Error('rank: "detect.text" must be the page’s whole text');
  const { title, published, blocks } = pageParts(request.page, text.length);
  // As for `detect` (index.ts): detection first, its storage read under way
  // while the corpus opens (once per worker) and the language is looked up.
  const detecting = detectPage(request.detect, pageUrl);
  void getCorpus().catch(() => undefined);
  uiTranslator();
  const detected = await detecting;
  if (!detected.matches.length) return { passages: [], error: null, detected };
  try {
    return { passages: await rankPage(rankRequest({ title, published, blocks, text }, detected.matches)), error: null, detected };
  } catch (e) {
    return { passages: [], error: e instanceof Error ? e.message : String(e), detected };
  }
}

/** A request for the topics a page found, checked: what is wrong is said, not met as a TypeError in the ranking. */
function checkedRequest(request: RankRequest): RankRequest {
  const { title, text, topics, published } = (request ?? {}) as Partial<Record<keyof RankRequest, unknown>>;
  if (typeof text !== 'string') throw new Error('rank: "text" must be a string (or "detect" the page’s text)');
  if (typeof title !== 'string') throw new Error('rank: "title" must be a string');
  if (!Array.isArray(topics) || !topics.every((id) => typeof id === 'string')) throw new Error('rank: "topics" must be a list of topic ids');
  if (published !== null && typeof published !== 'string') throw new Error('rank: "published" must be a date or null');
  return { title, text, topics, published };
}

function isPageRankRequest(request: RankRequest | PageRankRequest): request is PageRankRequest {
  return typeof request === 'object' && request !== null && 'detect' in request;
}

/** Past this many blocks a page's text was cut anyway (1,000,000 characters, a block at least a character and a break). */
const MAX_BLOCKS = 500_000;

/** The page's title, date and blocks as sent, checked: bad parts are refused with a reason, not ranked. */
function pageParts(page: PageRankRequest['page'] | undefined, textLength: number): PageRankRequest['page'] {
  const blocks = page?.blocks;
  if (!Array.isArray(blocks) || blocks.length > MAX_BLOCKS) throw new Error(`rank: "page.blocks" must be a list of at most ${MAX_BLOCKS} blocks`);
  const isSpan = (b: unknown) =>
    Array.isArray(b) && b.length === 2 && Number.isInteger(b[0]) && Number.isInteger(b[1]) && b[0] >= 0 && b[0] <= b[1] && b[1] <= textLength;
  const bad = blocks.findIndex((b) => !isSpan(b));
  if (bad >= 0) throw new Error(`rank: block ${bad + 1} must be a [start, end] pair within the page’s text (${textLength} characters)`);
  const title = typeof page?.title === 'string' ? page.title : '';
  const published = typeof page?.published === 'string' ? page.published : null;
  return { title, published, blocks };
}

export async function searchCorpus(query: string): Promise<PassageView[]> {
  const [{ index }, named] = await Promise.all([getCorpus(), namer()]);
  const t = uiTranslator();
  return search(index, query.slice(0, 200), { top: 20 }).map((r) => withFormats(named(toView(r)), t));
}

/** Names a passage's topics (the reader's own too) and its event as the sidebar shows them. */
async function namer(): Promise<(p: PassageView) => PassageView> {
  const { plan } = await pageDetector();
  const t = uiTranslator();
  return (p) => withTopicLabels(p, (id) => topicName(plan, id), (label, year) => t('eventName', [label, year]));
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
