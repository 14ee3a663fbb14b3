// @vitest-environment happy-dom
// One passage card: text stays text, marks only where the ranges say, links
// only to http(s), copies labelled as copies, nothing invented when the date
// or the address is unknown, and the "why this matched" line.

import { describe, expect, it } from 'vitest';
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
    const root = card(passage({ text, highlights: [[7, 35]] }, { headline: '<script>alert(3)</script>', outlet: '<i>Outlet</i>' }));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('i')).toBeNull();
    expect(byTestId(root, 'passage-text').textContent).toBe(text);
    expect(root.querySelector('mark')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('h4')!.textContent).toBe('<script>alert(3)</script>');
    expect(byTestId(root, 'outlet').textContent).toBe('<i>Outlet</i>');
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

describe('source link', () => {
  it('links to an https original in a new tab, without opener or referrer', () => {
    const link = byTestId<HTMLAnchorElement>(card(), 'source-link');
    expect(link.getAttribute('href')).toBe('https://news.example.com/wic-2023');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('sourceOriginal');
    expect(link.textContent).toContain('news.example.com');
  });

  it('links to http too', () => {
    const link = byTestId<HTMLAnchorElement>(card(passage({}, { url: 'http://example.org/a' })), 'source-link');
    expect(link.getAttribute('href')).toBe('http://example.org/a');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    'news.example.com/no-scheme',
    'https://',
    'not a url',
  ])('no link for %j', (url) => {
    const root = card(passage({}, { url }));
    expect(root.querySelector('a')).toBeNull();
    expect(allByTestId(root, 'source-link')).toHaveLength(0);
    expect(byTestId(root, 'source-none').textContent).toBe('sourceNotWeb');
  });

  it('labels a copy as a copy when the original is unknown', () => {
    const root = card(passage({}, { url: null, copyUrl: 'https://archive.example.org/copy' }));
    const link = byTestId<HTMLAnchorElement>(root, 'source-link');
    expect(link.getAttribute('href')).toBe('https://archive.example.org/copy');
    expect(link.textContent).toContain('sourceCopy');
    expect(link.textContent).not.toContain('sourceOriginal');
    expect(link.getAttribute('data-kind')).toBe('copy');
  });

  it('reads "Read a syndicated copy" in English', () => {
    const root = card(passage({}, { url: null, copyUrl: 'https://archive.example.org/copy' }), localeT('en'));
    expect(byTestId(root, 'source-link').textContent).toContain('Read a syndicated copy');
  });

  it('prefers the original to the copy', () => {
    const root = card(passage({}, { copyUrl: 'https://archive.example.org/copy' }));
    expect(allByTestId(root, 'source-link')).toHaveLength(1);
    expect(byTestId(root, 'source-link').getAttribute('href')).toBe('https://news.example.com/wic-2023');
  });

  it('does not link a javascript: copy either', () => {
    const root = card(passage({}, { url: null, copyUrl: 'javascript:alert(1)' }));
    expect(root.querySelector('a')).toBeNull();
  });

  it('says "source link unknown" when neither is known', () => {
    const root = card(passage({}, { url: null, copyUrl: null }), localeT('en'));
    expect(root.querySelector('a')).toBeNull();
    expect(byTestId(root, 'source-none').textContent).toBe('Source link unknown');
  });
});

describe('outlet and date line', () => {
  it('shows the outlet as given and the date at its precision', () => {
    const root = card(passage({}, { outlet: 'Xinhua', published: '2023-11' }), localeT('en'));
    expect(byTestId(root, 'outlet').textContent).toBe('Xinhua');
    const date = byTestId(root, 'date');
    expect(date.textContent).toBe('Nov 2023');
    expect(date.localName).toBe('time');
    expect(date.getAttribute('datetime')).toBe('2023-11');
  });

  it('says "date unknown" and gives no <time> when there is no date', () => {
    const root = card(passage({}, { published: null }), localeT('en'));
    expect(byTestId(root, 'date').textContent).toBe('date unknown');
    expect(root.querySelector('time')).toBeNull();
  });

  it('shows Chinese dates in Chinese', () => {
    const root = card(passage({}, { published: '2022-11-08' }), localeT('zh_CN'));
    expect(byTestId(root, 'date').textContent).toBe('2022年11月8日');
  });

  it('marks the reader\'s own articles', () => {
    expect(allByTestId(card(), 'your-article')).toHaveLength(0);
    const root = card(passage({}, { origin: 'user' }), localeT('en'));
    expect(byTestId(root, 'your-article').textContent).toBe('Your article');
  });

  it('shows the headline, the section, the author and the note', () => {
    const root = card(passage({ section: 'Opening' }, { headline: 'Summit opens', author: 'Li Wei', note: 'exact day unknown' }));
    expect(root.querySelector('h4')!.textContent).toBe('Summit opens');
    expect(byTestId(root, 'section').textContent).toBe('section(Opening)');
    expect(root.textContent).toContain('byAuthor(Li Wei)');
    expect(byTestId(root, 'note').textContent).toBe('exact day unknown');
  });

  it('carries the passage id', () => {
    expect(byTestId(card(), 'passage').getAttribute('data-passage-id')).toBe('a1#0');
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
