import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundle, type OpenCorpus } from '../../../core/bundle.ts';
import { builtInDetectorPlan, shippedBundle as buildBundle } from '../../../scripts/built-in-plans.ts';
import { CorpusIndex } from '../../../core/corpus-index.ts';
import { rank } from '../../../core/rank.ts';
import { explainPassage } from '../../../core/rank-explain.ts';
import { buildQuery } from '../../../core/rank-query.ts';
import { search } from '../../../core/search.ts';
import { buildCorpus } from '../../../corpus/build.ts';

let open: OpenCorpus;
beforeAll(() => {
  open = openBundle(JSON.parse(JSON.stringify(buildBundle(buildCorpus(join(__dirname, '../../../corpus/articles'))))));
});

const pageAbout = (title: string, text: string, published: string | null = null) => {
  const topics = open.detector.detect(`${title}\n${text}`).map((t) => t.id);
  return { title, text, published, topics };
};

describe('rank: the page’s own story first', () => {
  it.each([
    [
      'the 2024 summit’s AI committee',
      () =>
        pageAbout(
          'World Internet Conference to launch AI committee',
          'The World Internet Conference will create an AI committee at its Wuzhen Summit in November, the forum’s secretary general Ren Xianliang told a news conference in Beijing. The theme this year is intelligence for good.',
          '2024-10-24',
        ),
      'wic-2024-ai-focus',
    ],
    [
      'Xi’s 2023 video address',
      () =>
        pageAbout(
          'Xi calls for cooperation on artificial intelligence',
          'In a video address to the 2023 World Internet Conference Wuzhen Summit, President Xi Jinping said countries should deepen exchanges on AI and cyberspace development.',
          '2023-11-08',
        ),
      'wic-2023-xi-ai-cyberspace',
    ],
    [
      'the 2022 opening with US tech CEOs',
      () =>
        pageAbout(
          'US tech chiefs join China’s internet conference by video',
          'IBM’s Arvind Krishna, Intel’s Pat Gelsinger and Cisco’s Chuck Robbins addressed the World Internet Conference virtually as Xi Jinping opened the event in Wuzhen after the Party Congress.',
          '2022-11-09',
        ),
      'wic-2022-xi-opens-summit',
    ],
    [
      'a Chinese page on the 2024 press conference',
      () =>
        pageAbout(
          '世界互联网大会将设立人工智能专业委员会',
          '世界互联网大会秘书长任贤良在北京举行的新闻发布会上介绍，2024年世界互联网大会乌镇峰会主题为智能向善，大会将成立人工智能专业委员会。',
          '2024-10-24',
        ),
      'wic-2024-ai-focus',
    ],
    [
      'AI rules around the world',
      () =>
        pageAbout(
          'From Bletchley to Brussels: the year AI rules arrived',
          'The AI Safety Summit produced the Bletchley Declaration, the European Union agreed the Artificial Intelligence Act and the United Nations set up a High-level Advisory Body on AI. Regulators now weigh oversight of AI.',
          '2023-12-15',
        ),
      'ai-governance-2023-cooperation',
    ],
  ] as const)('%s', (_name, page, articleId) => {
    const results = rank(open.index, page(), { top: 5 });
    expect(results[0]?.article.id).toBe(articleId);
    expect(results.length).toBeGreaterThan(1);
  });
});

describe('rank: same people, body, instrument or event beats a shared topic', () => {
  it('a passage naming the page’s person outranks topic-only passages', () => {
    const page = pageAbout('Wuzhen forum head speaks', 'Ren Xianliang said the World Internet Conference wants more foreign firms.');
    const results = rank(open.index, page, { top: 10, perArticle: 10 });
    const naming = results.findIndex((r) => r.passage.text.includes('Ren Xianliang'));
    const topicOnly = results.findIndex((r) => !r.passage.text.includes('Ren') && r.reasons.topics.length > 0);
    expect(naming).toBeGreaterThanOrEqual(0);
    expect(topicOnly === -1 || naming < topicOnly).toBe(true);
    expect(results[naming]!.reasons.names).toContain('Ren Xianliang');
  });

  it('the same year’s coverage of the topic is marked as the same event and ranks first', () => {
    const page = pageAbout('World Internet Conference opens', 'The World Internet Conference opened in Wuzhen.', '2022-11-09');
    const [first] = rank(open.index, page);
    expect(first!.reasons.event).toBe('World Internet Conference, 2022');
    expect(first!.article.published?.startsWith('2022')).toBe(true);
    const other = rank(open.index, { ...page, published: '2024-11-20' })[0]!;
    expect(other.article.published?.startsWith('2024')).toBe(true);
  });

  it('keeps to at most perArticle passages of one article', () => {
    const page = pageAbout('AI governance', 'AI governance and the Global AI Governance Initiative, AI regulation, AI Act.');
    const results = rank(open.index, page, { top: 5, perArticle: 2 });
    const counts = new Map<string, number>();
    for (const r of results) counts.set(r.article.id, (counts.get(r.article.id) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  });

  it('explains a match with ranges that hold the matched text', () => {
    const page = pageAbout('Bletchley Declaration', 'The Bletchley Declaration came out of the AI Safety Summit.');
    const [first] = rank(open.index, page);
    expect(first!.matched).toContain('Bletchley Declaration');
    const highlighted = first!.highlights.map(([s, e]) => first!.passage.text.slice(s, e));
    for (const m of first!.matched) expect(highlighted).toContain(m);
  });

  it('finds nothing for a page that shares nothing', () => {
    expect(rank(open.index, { title: 'Zebra', text: 'Quokka xylophone.', topics: [] })).toEqual([]);
  });
});

describe('index changes', () => {
  it('round-trips through serialize and restore with identical rankings', () => {
    const page = pageAbout('Xi at Wuzhen', 'Xi Jinping, World Internet Conference, cyberspace, cooperation, digital divide.');
    const restored = CorpusIndex.restore(
      { version: 1, articles: [...open.index.articles.values()], passages: open.index.docs.map((d) => d.passage) },
      JSON.parse(JSON.stringify(open.index.serialize())),
      open.index.parts,
    );
    expect(rank(restored, page, { top: 8 })).toEqual(rank(open.index, page, { top: 8 }));
  });

  it('adds and removes articles, and ranks what is there', () => {
    const index = CorpusIndex.restore(
      { version: 1, articles: [...open.index.articles.values()], passages: open.index.docs.map((d) => d.passage) },
      open.index.serialize(),
      open.index.parts,
    );
    const article = {
      id: 'user-quokka',
      headline: 'Quokkas at the World Internet Conference',
      outlet: 'Test Times',
      published: '2025-11',
      url: null,
      copyUrl: null,
      language: 'en' as const,
      author: null,
      note: null,
      origin: 'user' as const,
    };
    index.addArticle(article, [
      { id: 'user-quokka#0', articleId: 'user-quokka', index: 0, section: null, text: 'A quokka visited the World Internet Conference in Wuzhen.' },
    ]);
    const page = pageAbout('Quokka news', 'The quokka at the World Internet Conference.');
    expect(rank(index, page)[0]!.article.id).toBe('user-quokka');
    expect(index.removeArticle('user-quokka')).toBe(true);
    expect(rank(index, page).some((r) => r.article.id === 'user-quokka')).toBe(false);
    const again = CorpusIndex.restore(
      { version: 1, articles: [...index.articles.values()], passages: index.docs.filter((d) => !d.deleted).map((d) => d.passage) },
      index.serialize(),
      index.parts,
    );
    expect(again.size).toBe(open.index.size);
  });

  it('refuses a serialized index that names passages the corpus lacks', () => {
    expect(() =>
      CorpusIndex.restore({ version: 1, articles: [], passages: [] }, open.index.serialize(), open.index.parts),
    ).toThrow(/which the corpus does not hold/);
  });
});

describe('search box', () => {
  it.each([
    ['Wuzen summit', 'Wuzhen'],
    ['goverance of AI', 'governance'],
    ['Ren Xianlang', 'Ren Xianliang'],
    ['任贤良', 'Ren Xianliang'],
  ])('forgives "%s"', (query, expected) => {
    const results = search(open.index, query);
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.passage.text).toContain(expected);
  });

  it('finds passages about a topic named in Chinese', () => {
    const results = search(open.index, '人工智能治理');
    expect(results[0]!.reasons.topics).toContain('AI governance');
  });

  it('returns nothing for nothing', () => {
    expect(search(open.index, '   ')).toEqual([]);
    expect(search(open.index, 'qqqqzzzz')).toEqual([]);
  });

  it('reads the shipped corpus file, which leaves the detector plan to the reader, and ranks as the whole bundle does', () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, '../../../public/corpus-index.json'), 'utf8'));
    expect(shipped.detector).toBeUndefined();
    expect(() => openBundle(shipped)).toThrow(/no detector plan/);
    const opened = openBundle(shipped, { detector: builtInDetectorPlan() });
    expect(opened.index.size).toBe(open.index.size);
    for (const [title, text] of [
      ['Wuzhen summit opens', 'The World Internet Conference opened in Wuzhen with talks on AI governance and data rules.'],
      ['人工智能治理', '世界互联网大会乌镇峰会讨论人工智能治理与数据安全。'],
      ['EU AI Act', 'Brussels agreed the Artificial Intelligence Act, a law on how AI systems are governed.'],
    ] as const) {
      const page = pageAbout(title, text);
      expect(page.topics.length).toBeGreaterThan(0);
      expect(opened.detector.detect(`${title}\n${text}`)).toEqual(open.detector.detect(`${title}\n${text}`));
      expect(rank(opened.index, page, { top: 8 })).toEqual(rank(open.index, page, { top: 8 }));
    }
  });
});

describe('rank: what a reader wants in the list (issue 10)', () => {
  const userIndex = () =>
    CorpusIndex.restore(
      { version: 1, articles: [...open.index.articles.values()], passages: open.index.docs.map((d) => d.passage) },
      open.index.serialize(),
      open.index.parts,
    );
  const userArticle = (id: string, published: string | null, language: 'en' | 'zh' = 'en') => ({
    id,
    headline: id,
    outlet: 'Test Times',
    published,
    url: null,
    copyUrl: null,
    language,
    author: null,
    note: null,
    origin: 'user' as const,
  });

  it('shows nothing for a page that shares only everyday words', () => {
    const page = { title: 'Leaders gather in the city', text: 'Leaders, including several from the city, said the meeting was important.', topics: [] };
    expect(rank(open.index, page)).toEqual([]);
  });

  it('shows fewer than five when fewer qualify', () => {
    const index = userIndex();
    const page = { title: 'Quokka census', text: 'Rottnest quokka census counts more quokkas.', topics: [] };
    index.addArticle(userArticle('user-quokka', '2024-05'), [
      { id: 'user-quokka#0', articleId: 'user-quokka', index: 0, section: null, text: 'The Rottnest quokka census counted 12,000 quokkas.' },
    ]);
    const results = rank(index, page);
    expect(results.map((r) => r.article.id)).toEqual(['user-quokka']);
  });

  it('never shows a near-copy of a passage already shown', () => {
    const index = userIndex();
    const original = open.index.docs.find((d) => d.passage.id === 'wic-2024-ai-focus#8')!.passage.text;
    index.addArticle(userArticle('user-copy', '2024-10'), [
      { id: 'user-copy#0', articleId: 'user-copy', index: 0, section: null, text: original },
    ]);
    const page = pageAbout('WIC to set up an AI committee', 'The WIC will set up an AI committee at the Wuzhen Summit, Ren Xianliang said.', '2024-10-24');
    const ids = rank(index, page, { top: 8 }).map((r) => r.passage.id);
    expect(ids.filter((id) => id === 'wic-2024-ai-focus#8' || id === 'user-copy#0')).toHaveLength(1);
  });

  it('takes at most two passages of one article into the top five', () => {
    for (const page of [
      pageAbout('AI governance', 'AI governance, the Global AI Governance Initiative, AI regulation, the AI Act and the Bletchley Declaration.'),
      pageAbout('世界互联网大会', '世界互联网大会乌镇峰会，任贤良，人工智能专业委员会，智能向善。', '2024-10-24'),
    ]) {
      const counts = new Map<string, number>();
      for (const r of rank(open.index, page, { top: 5 })) counts.set(r.article.id, (counts.get(r.article.id) ?? 0) + 1);
      expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    }
  });

  it('names what is shared as a reader would: whole words and phrases, no fragments', () => {
    const page = pageAbout(
      'China-based start-ups at the forum’s AI sessions',
      'China-based executives of US businesses and AI start-ups spoke at the forum’s sessions on artificial intelligence (AI) and export controls at the World Internet Conference.',
      '2024-10-24',
    );
    const matched = rank(open.index, page, { top: 8 }).flatMap((r) => r.matched);
    expect(matched.length).toBeGreaterThan(0);
    for (const fragment of ['start', 'ups', 'forum’s', "forum's", 'China-based', 'Artificial', 'AI, Artificial']) expect(matched).not.toContain(fragment);
    const zh = rank(open.index, pageAbout('人工智能治理', '人工智能治理与全球人工智能治理倡议。'), { top: 8 }).flatMap((r) => r.matched);
    for (const fragment of ['人工', '智能']) expect(zh).not.toContain(fragment);
    // A concept shared whole is a term the passage uses, not a name.
    const results = rank(open.index, page, { top: 8 });
    expect(results.some((r) => r.reasons.words.includes('export controls'))).toBe(true);
    expect(results.flatMap((r) => r.reasons.names)).not.toContain('export controls');
  });

  it('does not list a word the page and a passage use in different phrases ("strike a deal" is not "strike a balance")', () => {
    const d = open.index.docs.findIndex((doc) => doc.passage.text.includes('strike a balance'));
    expect(d).toBeGreaterThanOrEqual(0);
    const why = (title: string, text: string) => explainPassage(open.index, d, buildQuery(open.index, pageAbout(title, text, '2024-02-01')).terms).matched;
    // The passage is explained for what it shares with the page (AI governance), and "strike" is not part of it.
    const matched = why('Negotiators race to strike a deal on AI rules', 'Governments hope to strike a deal on binding rules for artificial intelligence; the regulation of AI models is the sticking point.');
    expect(matched.length).toBeGreaterThan(0);
    expect(matched.join(' ')).not.toMatch(/strike/i);
  });

  it('breaks equal scores by the date nearer the page, then corpus order, in any language', () => {
    const index = userIndex();
    const text = 'Quokka researchers counted quokkas on Rottnest.';
    index.addArticle(userArticle('user-old', '2019-03'), [{ id: 'user-old#0', articleId: 'user-old', index: 0, section: null, text }]);
    index.addArticle(userArticle('user-new', '2024-03'), [{ id: 'user-new#0', articleId: 'user-new', index: 0, section: null, text }]);
    const order = (published: string) =>
      rank(index, { title: 'Quokka count', text: 'Rottnest quokka researchers counted quokkas.', topics: [], published }, { top: 2, perArticle: 1 }).map(
        (r) => r.article.id,
      );
    // A near-copy is shown once: whichever the rule puts first.
    expect(order('2024-05-01')).toEqual(['user-new']);
    expect(order('2019-05-01')).toEqual(['user-old']);
    const zhIndex = userIndex();
    const zhText = '短尾矮袋鼠研究人员在罗特尼斯岛清点数量。';
    zhIndex.addArticle(userArticle('zh-old', '2019-03', 'zh'), [{ id: 'zh-old#0', articleId: 'zh-old', index: 0, section: null, text: zhText }]);
    zhIndex.addArticle(userArticle('zh-new', '2024-03', 'zh'), [{ id: 'zh-new#0', articleId: 'zh-new', index: 0, section: null, text: zhText }]);
    const zhOrder = (published: string) =>
      rank(zhIndex, { title: '短尾矮袋鼠', text: '罗特尼斯岛短尾矮袋鼠研究人员清点数量。', topics: [], published }, { top: 1 }).map((r) => r.article.id);
    expect(zhOrder('2024-05-01')).toEqual(['zh-new']);
    expect(zhOrder('2019-05-01')).toEqual(['zh-old']);
  });
});
