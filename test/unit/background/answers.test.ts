// A page's first request carries its text (entrypoints/background/answers.ts):
// the background detects and ranks in one message. That answer must be the
// one the two messages it replaces give (`detect`, then `rank` with the
// request the page built from the topics found), keep the settings `detect`
// applies, refuse parts that do not make a page, and keep the topics found
// when the ranking fails. WXT's fake browser and fake-indexeddb stand in.

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { answerRank } from '../../../entrypoints/background/answers.ts';
import * as corpus from '../../../entrypoints/background/corpus.ts';
import { detectPage, usePlan } from '../../../entrypoints/background/page-detector.ts';
import type { PageRankRequest } from '../../../shared/messages.ts';
import type { PageText } from '../../../shared/page-text.ts';
import { rankRequest } from '../../../shared/rank-request.ts';
import { sitesOff } from '../../../shared/settings.ts';
import { readLocale } from '../components/helpers.ts';
import { readTextCases } from '../eval/eval-cases.ts';

vi.mock('../../../entrypoints/background/corpus.ts', { spy: true });

const CASES = readTextCases('set');

const asked = (page: PageText, off: string[] = []): PageRankRequest => ({
  detect: { text: page.text, off },
  page: { title: page.title, published: page.published, blocks: page.blocks },
});

describe('detection and ranking in one message', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    const en = readLocale('en');
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => en[key]?.message ?? '', getUILanguage: () => 'en' });
    usePlan(null);
    vi.mocked(corpus.getCorpus).mockRestore();
  });

  it('answers what `detect` and then `rank` answer, for every evaluation page', async () => {
    let ranked = 0;
    for (const c of CASES) {
      const one = await answerRank(asked(c.page), 'https://news.example/a');
      const detected = await detectPage({ text: c.page.text, off: [] }, 'https://news.example/a');
      expect(one.detected).toEqual(detected);
      const two = detected.matches.length ? (await answerRank(rankRequest(c.page, detected.matches))).passages : [];
      expect(one.passages).toEqual(two);
      expect(one.error).toBeNull();
      if (two.length) ranked++;
    }
    // The comparison is about something: most evaluation pages have passages.
    expect(ranked).toBeGreaterThan(CASES.length / 3);
  });

  it('applies the settings `detect` applies: topics off, a site off', async () => {
    const c = CASES.find((x) => x.page.text.length > 0 && x.page.blocks.length > 3)!;
    const all = await answerRank(asked(c.page));
    const ids = all.detected!.matches.map((m) => m.id);
    expect(ids.length).toBeGreaterThan(0);
    const none = await answerRank(asked(c.page, ids));
    expect(none).toEqual({ passages: [], error: null, detected: { matches: [], off: [...ids].sort(), siteOff: false } });
    await sitesOff.set(['news.example']);
    const siteOff = await answerRank(asked(c.page), 'https://www.news.example/b');
    expect(siteOff.detected).toMatchObject({ matches: [], siteOff: true });
    expect(siteOff.passages).toEqual([]);
  });

  it('refuses blocks that are not spans of the text, and a text in parts, saying which and why', async () => {
    const page = CASES[0]!.page;
    const bad = (blocks: unknown) => answerRank({ ...asked(page), page: { title: '', published: null, blocks: blocks as never } });
    await expect(bad(undefined)).rejects.toThrow(/"page.blocks" must be a list/);
    await expect(bad([[0, 2], [5, 2]])).rejects.toThrow(/block 2 must be a \[start, end\] pair/);
    await expect(bad([['0', 3]])).rejects.toThrow(/block 1 must be a \[start, end\] pair/);
    await expect(bad([[0, page.text.length + 1]])).rejects.toThrow(`within the page’s text (${page.text.length} characters)`);
    // A text in parts (a long page's) goes to `detect`, not here.
    const parts = { ...asked(page), detect: { text: { length: 10, pieces: [] } as never, off: [] } };
    await expect(answerRank(parts)).rejects.toThrow(/"detect.text" must be the page’s whole text/);
  });

  it('refuses a request for found topics that lacks a part, naming it', async () => {
    const good = { title: 'A title', text: 'Some text.', topics: ['wic'], published: null };
    await expect(answerRank({ ...good, text: undefined } as never)).rejects.toThrow(/"text" must be a string/);
    await expect(answerRank({ ...good, title: 3 } as never)).rejects.toThrow(/"title" must be a string/);
    await expect(answerRank({ ...good, topics: 'wic' } as never)).rejects.toThrow(/"topics" must be a list/);
    await expect(answerRank({ ...good, published: 2020 } as never)).rejects.toThrow(/"published" must be a date or null/);
    await expect(answerRank(null as never)).rejects.toThrow(/"text" must be a string/);
  });

  it('keeps the topics found when the ranking fails, and says why', async () => {
    const c = CASES.find((x) => x.page.blocks.length > 3)!;
    const good = await answerRank(asked(c.page));
    expect(good.detected!.matches.length).toBeGreaterThan(0);
    vi.mocked(corpus.getCorpus).mockRejectedValue(new Error('the corpus could not be read'));
    const failed = await answerRank(asked(c.page));
    expect(failed).toEqual({ passages: [], error: 'the corpus could not be read', detected: good.detected });
  });
});
