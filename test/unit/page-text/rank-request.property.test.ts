// The rank request holds the lead and every block with a mention. The block
// of a mention is found by binary search (a long page has thousands of blocks
// and mentions); it must pick what a scan of the blocks picks: the first
// block that overlaps the mention, none where it falls between blocks.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankRequest } from '../../../shared/rank-request.ts';
import type { PageText } from '../../../shared/page-text.ts';

/** Blocks in text order, apart, with gaps of separators between them. */
const page = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 60 }).map((sizes) => {
  const blocks: Array<[number, number]> = [];
  let text = '';
  sizes.forEach(([gap, len], i) => {
    text += '\n'.repeat(gap);
    const word = `b${i} `.repeat(len).slice(0, len);
    blocks.push([text.length, text.length + word.length]);
    text += word;
  });
  return { title: 'A title', text, segments: [], blocks, published: null, lang: null, truncated: false } satisfies PageText;
});

/** The request as a scan of the blocks for each mention makes it. */
function naive(p: PageText, mentions: Array<{ start: number; end: number }>): string {
  const wanted = new Set<number>();
  p.blocks.forEach(([s, e], i) => {
    if (i < 3 && e > s) wanted.add(i);
  });
  for (const m of mentions) {
    const i = p.blocks.findIndex(([s, e]) => m.start < e && s < m.end);
    if (i >= 0) wanted.add(i);
  }
  let text = '';
  for (const i of [...wanted].sort((a, b) => a - b)) text += (text ? '\n' : '') + p.text.slice(...p.blocks[i]!);
  return text;
}

describe('the rank request', () => {
  it('holds the same blocks as a scan of the blocks for each mention', () => {
    fc.assert(
      fc.property(
        page.chain((p) =>
          fc.tuple(
            fc.constant(p),
            fc.array(
              fc.tuple(fc.nat(p.text.length), fc.integer({ min: 1, max: 12 })).map(([start, len]) => ({ start, end: Math.min(p.text.length + 1, start + len) })),
              { maxLength: 20 },
            ),
          ),
        ),
        ([p, mentions]) => {
          expect(rankRequest(p, [{ id: 'wic', mentions }]).text).toBe(naive(p, mentions));
        },
      ),
      { numRuns: 300 },
    );
  });
});
