// @vitest-environment happy-dom
// One passage in an article's card: text stays text, marks only where the
// ranges say, the "why this matched" line, and citing it (copy a citation,
// with a visible confirmation; open the source at the passage).

import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PassageCard } from '../../../components/PassageCard.tsx';
import { allByTestId, byTestId, fakeT, localeT, mount, passage } from './helpers.ts';

const card = (p = passage(), t = fakeT) => mount(<PassageCard t={t} passage={p} />);

describe('passage text', () => {
  it('marks only the given ranges', () => {
    const root = card(passage({ text: 'Leaders met in Wuzhen to discuss cyberspace.', highlights: [[15, 21], [33, 43]] }));
    const marks = [...root.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Wuzhen', 'cyberspace']);
    expect(byTestId(root, 'passage-text').textContent).toBe('Leaders met in Wuzhen to discuss cyberspace.');
  });

  it('keeps markup in the text as text', () => {
    const text = 'Before <img src=x onerror=alert(1)> and <script>alert(2)</script> after <b>bold</b>';
    const root = card(passage({ text, highlights: [[7, 35]], section: '<b>S</b>' }, { headline: '<script>alert(3)</script>', outlet: '<i>Outlet</i>' }));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('i')).toBeNull();
    expect(byTestId(root, 'passage-text').textContent).toBe(text);
    expect(root.querySelector('mark')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('survives garbage ranges', () => {
    const root = card(passage({ text: 'abcdef', highlights: [[4, 2], [-3, 2], [1, 3], [NaN, 1], [5, 100]] as never }));
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['ab', 'f']);
    expect(byTestId(root, 'passage-text').textContent).toBe('abcdef');
  });

  it('tags the text with the article language', () => {
    const root = card(passage({}, { language: 'zh' }));
    expect(byTestId(root, 'passage-text').getAttribute('lang')).toBe('zh');
  });
});

describe('why this matched', () => {
  const reasons = {
    event: 'World Internet Conference, 2023',
    eventTopicId: 'wic',
    names: ['Xi Jinping', 'Wuzhen'],
    topics: [],
    topicIds: [],
    words: ['cooperation', 'cyberspace'],
  };

  it('lists the reasons, leaving out empty ones', () => {
    const root = card(passage({ reasons }), localeT('en'));
    const why = byTestId(root, 'why');
    expect(why.textContent).toBe(
      'Why this matched: Same event: World Internet Conference, 2023 · Names: Xi Jinping and Wuzhen · Words: cooperation and cyberspace',
    );
    expect(why.textContent).not.toContain('Topics');
  });

  it('passes each part to its message', () => {
    const root = card(passage({ reasons: { event: null, eventTopicId: null, names: [], topics: ['AI governance'], topicIds: [], words: ['safety'] } }));
    expect(byTestId(root, 'why').textContent).toBe('whyLabel whyTopics(AI governance) · whyWords(safety)');
  });

  it('joins lists the way each language does (Intl.ListFormat)', () => {
    const names = ['乌镇', '习近平', '李强'];
    const root = card(passage({ reasons: { event: null, eventTopicId: null, names, topics: [], topicIds: [], words: [] } }), localeT('zh_CN'));
    expect(byTestId(root, 'why').textContent).toBe('匹配原因： 名称：乌镇、习近平和李强');
    const en = card(passage({ reasons: { event: null, eventTopicId: null, names: ['Wuzhen', 'Xi Jinping', 'Li Qiang'], topics: [], topicIds: [], words: [] } }), localeT('en'));
    expect(byTestId(en, 'why').textContent).toBe('Why this matched: Names: Wuzhen, Xi Jinping, and Li Qiang');
  });

  it('has no line when nothing explains the match', () => {
    const root = card(passage({ reasons: { event: null, eventTopicId: null, names: [], topics: [], topicIds: [], words: [] } }));
    expect(allByTestId(root, 'why')).toHaveLength(0);
  });
});

describe('citing', () => {
  const cited = passage(
    { text: 'Leaders met in Wuzhen to discuss cooperation in cyberspace.' },
    { outlet: 'Example News', headline: 'Wuzhen summit opens', published: '2023-11-08' },
  );

  it('copies the citation as plain text and says so', async () => {
    const onCopy = vi.fn(async () => true);
    const root = mount(<PassageCard t={localeT('en')} passage={cited} onCopy={onCopy} />);
    expect(byTestId(root, 'copy-status').textContent).toBe('');
    await act(async () => byTestId(root, 'copy-citation').click());
    await vi.waitFor(() => expect(byTestId(root, 'copy-status').textContent).toBe('Citation copied.'));
    expect(onCopy).toHaveBeenCalledWith(
      '“Leaders met in Wuzhen to discuss cooperation in cyberspace.”\n— Example News, “Wuzhen summit opens”, Nov 8, 2023\nhttps://news.example.com/wic-2023',
    );
    expect(byTestId(root, 'copy-status').getAttribute('role')).toBe('status');
  });

  it('copies it as Markdown', async () => {
    const onCopy = vi.fn(async () => true);
    const root = mount(<PassageCard t={localeT('en')} passage={cited} onCopy={onCopy} />);
    await act(async () => byTestId(root, 'copy-markdown').click());
    await vi.waitFor(() => expect(byTestId(root, 'copy-status').textContent).toBe('Citation copied as Markdown.'));
    expect(onCopy).toHaveBeenCalledWith(
      '> Leaders met in Wuzhen to discuss cooperation in cyberspace.\n\n— Example News, “[Wuzhen summit opens](<https://news.example.com/wic-2023>)”, Nov 8, 2023',
    );
  });

  it('says so when the browser refuses, or the copy throws', async () => {
    for (const onCopy of [vi.fn(async () => false), vi.fn(async () => Promise.reject(new Error('denied')))]) {
      const root = mount(<PassageCard t={fakeT} passage={cited} onCopy={onCopy} />);
      await act(async () => byTestId(root, 'copy-citation').click());
      await vi.waitFor(() => expect(byTestId(root, 'copy-status').textContent).toBe('copyFailed'));
    }
  });

  it('offers no copy buttons without a way to copy', () => {
    const root = card(cited);
    expect(allByTestId(root, 'copy-citation')).toHaveLength(0);
    expect(allByTestId(root, 'copy-markdown')).toHaveLength(0);
  });

  it('opens the source at the passage, in a new tab, with a text fragment', () => {
    const link = byTestId<HTMLAnchorElement>(card(cited), 'open-at-passage');
    expect(link.getAttribute('href')).toBe(
      'https://news.example.com/wic-2023#:~:text=Leaders%20met%20in%20Wuzhen%20to%20discuss%20cooperation%20in%20cyberspace.',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('has no "open at this passage" without a web address', () => {
    for (const url of [null, 'javascript:alert(1)', 'ftp://example.org/a']) {
      expect(allByTestId(card(passage({}, { url, copyUrl: null })), 'open-at-passage')).toHaveLength(0);
    }
  });
});
