// @vitest-environment happy-dom
// An article's card: one provenance line (outlet · date · link, links only to
// http(s), copies labelled as copies), what is uncertain behind "About this
// source" in plain words, nothing invented when the date or the address is
// unknown, and its passages: the best shown, the rest one click away, a
// focused one always shown.

import { describe, expect, it } from 'vitest';
import { ArticleCard } from '../../../components/ArticleCard.tsx';
import type { PassageView } from '../../../shared/messages.ts';
import type { Translate } from '../../../shared/translate.ts';
import { allByTestId, byTestId, click, fakeT, localeT, mount, passage } from './helpers.ts';

const group = (passages: PassageView[]) => ({ article: passages[0]!.article, passages });
const card = (p = passage(), t: Translate = fakeT) => mount(<ArticleCard t={t} group={group([p])} focusedId={null} />);

describe('source link', () => {
  it('links to an https original in a new tab, without opener or referrer', () => {
    const link = byTestId<HTMLAnchorElement>(card(), 'source-link');
    expect(link.getAttribute('href')).toBe('https://news.example.com/wic-2023');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('news.example.com');
    expect(link.getAttribute('data-kind')).toBe('original');
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
    expect(allByTestId(root, 'open-at-passage')).toHaveLength(0);
    expect(byTestId(root, 'about-source').textContent).toContain('sourceNotWeb');
  });

  it('labels a copy as a copy when the original is unknown', () => {
    const root = card(passage({}, { url: null, copyUrl: 'https://archive.example.org/copy' }));
    const link = byTestId<HTMLAnchorElement>(root, 'source-link');
    expect(link.getAttribute('href')).toBe('https://archive.example.org/copy');
    expect(link.textContent).toBe('sourceCopyShortinParentheses(archive.example.org) opensInNewTab');
    expect(link.getAttribute('data-kind')).toBe('copy');
    expect(byTestId(root, 'about-source').textContent).toContain('aboutCopy');
  });

  it('reads "syndicated copy (host)" in English, in one line with the outlet and date', () => {
    const root = card(passage({}, { url: null, copyUrl: 'https://archive.example.org/copy', published: '2024-10-24' }), localeT('en'));
    expect(byTestId(root, 'provenance').textContent).toBe('Example News · Oct 24, 2024 · syndicated copy (archive.example.org) (opens in a new tab)');
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

  it('says in the disclosure that the address is unknown when neither is known', () => {
    const root = card(passage({}, { url: null, copyUrl: null }), localeT('en'));
    expect(root.querySelector('a')).toBeNull();
    expect(byTestId(root, 'about-source').textContent).toContain('The original’s web address is unknown.');
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

  it('shows the headline, the section and the author, and the note behind the disclosure', () => {
    const root = card(passage({ section: 'Opening' }, { headline: 'Summit opens', author: 'Li Wei', note: 'Reports a speech of 8 Nov.' }));
    expect(root.querySelector('h4')!.textContent).toBe('Summit opens');
    expect(byTestId(root, 'section').textContent).toBe('section(Opening)');
    expect(root.textContent).toContain('byAuthor(Li Wei)');
    const about = byTestId<HTMLDetailsElement>(root, 'about-source');
    expect(about.localName).toBe('details');
    expect(about.open).toBe(false);
    expect(about.querySelector('summary')!.textContent).toBe('aboutSource');
    expect(byTestId(root, 'note').textContent).toBe('Reports a speech of 8 Nov.');
    expect(byTestId(root, 'provenance').textContent).not.toContain('Reports');
  });

  it('says in plain words what is uncertain about the date', () => {
    const words = (published: string | null) => byTestId(card(passage({}, { published }), localeT('en')), 'about-source').textContent;
    expect(words('2024-10')).toBe('About this sourceOnly the month of publication is known, not the day.');
    expect(words('2024')).toBe('About this sourceOnly the year of publication is known.');
    expect(words(null)).toBe('About this sourceThe source gives no date of publication.');
  });

  it('has no disclosure when nothing is uncertain', () => {
    expect(allByTestId(card(passage({}, { published: '2023-11-08', note: null })), 'about-source')).toHaveLength(0);
  });
});

describe('passages', () => {
  const three = [
    passage({ id: 'a1#2', text: 'Best passage.' }),
    passage({ id: 'a1#0', text: 'Second passage.' }),
    passage({ id: 'a1#5', text: 'Third passage.' }),
  ];
  const ids = (root: HTMLElement) => allByTestId(root, 'passage').map((el) => el.getAttribute('data-passage-id'));

  it('shows the best passage and the others on request, in their order', () => {
    const root = mount(<ArticleCard t={fakeT} group={group(three)} focusedId={null} />);
    expect(allByTestId(root, 'article-card')).toHaveLength(1);
    expect(ids(root)).toEqual(['a1#2']);
    const more = byTestId(root, 'more-passages');
    expect(more.textContent).toBe('morePassages#2');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector(`[id="${more.getAttribute('aria-controls')}"]`)).not.toBeNull();
    click(more);
    expect(ids(root)).toEqual(['a1#2', 'a1#0', 'a1#5']);
    expect(byTestId(root, 'more-passages').textContent).toBe('fewerPassages');
    expect(byTestId(root, 'more-passages').getAttribute('aria-expanded')).toBe('true');
    click(byTestId(root, 'more-passages'));
    expect(ids(root)).toEqual(['a1#2']);
  });

  it('always shows the passage the reader reached from the page, flagged', () => {
    const root = mount(<ArticleCard t={fakeT} group={group(three)} focusedId="a1#5" />);
    expect(ids(root)).toEqual(['a1#2', 'a1#5']);
    expect(byTestId(root, 'more-passages').textContent).toBe('morePassages#1');
    expect(root.querySelector('[data-focused="true"]')!.getAttribute('data-passage-id')).toBe('a1#5');
    expect(byTestId(root, 'article-card').className).toContain('rc-card--focused');
  });

  it('has no button for a single passage', () => {
    expect(allByTestId(card(), 'more-passages')).toHaveLength(0);
  });

  it('names the headline once for the whole card', () => {
    const root = mount(<ArticleCard t={fakeT} group={group(three)} focusedId={null} />);
    click(byTestId(root, 'more-passages'));
    expect(root.querySelectorAll('h4')).toHaveLength(1);
    expect(allByTestId(root, 'outlet')).toHaveLength(1);
  });
});
