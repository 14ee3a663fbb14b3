// What the content script sends for ranking: not the page, only what the
// ranking needs: the title, the lead and the paragraphs that mention a topic.
//
// Ships in: engine.js, background.js (a page that sends its text with its
// rank request, entrypoints/background/answers.ts) and the scan command.

import type { PageMatch, RankRequest } from './messages.ts';
import type { PageText } from './page-text.ts';

const LEAD_BLOCKS = 3;
const MAX_CHARS = 16_000;

/** The topics found and where: the detector's own matches (the scan command) or the background's answer (engine.js). */
type Found = ReadonlyArray<Pick<PageMatch, 'id' | 'mentions'>>;

/** The parts of an extracted page the request is made of. */
export type RankedPage = Pick<PageText, 'title' | 'text' | 'blocks' | 'published'>;

export function rankRequest(page: RankedPage, matches: Found): RankRequest {
  const wanted = new Set<number>();
  page.blocks.forEach(([s, e], i) => {
    if (i < LEAD_BLOCKS && e > s) wanted.add(i);
  });
  for (const m of matches) {
    for (const mention of m.mentions) {
      const i = blockAt(page.blocks, mention.start, mention.end);
      if (i >= 0) wanted.add(i);
    }
  }
  let text = '';
  for (const i of [...wanted].sort((a, b) => a - b)) {
    const [s, e] = page.blocks[i]!;
    const block = page.text.slice(s, e);
    if (text.length + block.length + 1 > MAX_CHARS) break;
    text += (text ? '\n' : '') + block;
  }
  return { title: withoutSiteName(page.title).slice(0, 500), text, topics: matches.map((m) => m.id), published: page.published };
}

/**
 * The first block that overlaps [start, end), or -1. Blocks are in text order
 * and apart, so a binary search: a long page has thousands of blocks and
 * mentions, and a scan of the blocks for each mention made a long task.
 */
function blockAt(blocks: ReadonlyArray<[number, number]>, start: number, end: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < blocks.length && blocks[lo]![0] < end ? lo : -1;
}

/**
 * "Wuzhen summit opens | The Morning Ledger": the site's name says nothing
 * about the story, and title words weigh double in ranking.
 */
export function withoutSiteName(title: string): string {
  const m = /^(.*\S)\s+[|–—-]\s+([^|–—]{1,40})$/.exec(title.trim());
  return m && m[1]!.length > m[2]!.length ? m[1]! : title.trim();
}
