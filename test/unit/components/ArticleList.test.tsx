// @vitest-environment happy-dom
// The saved-article list: filtering (case, width, Chinese), the count, each
// row's facts (nothing invented, no link to anything but http(s)), Edit, the
// inline delete confirmation, the busy row, and the empty state.

import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { ArticleList, type ArticleListProps, filterArticles } from '../../../components/ArticleList.tsx';
import type { ArticleSummary } from '../../../shared/messages.ts';
import { allByTestId, byTestId, click, fakeT, key, localeT, mount, rerender, type } from './helpers.ts';

const rows: ArticleSummary[] = [
  {
    id: 'user-wuzhen-summit-opens-1',
    headline: 'Wuzhen summit opens',
    outlet: 'Example News',
    published: '2023-11-08',
    url: 'https://news.example.com/wic-2023',
    savedAt: '2024-05-01T12:00:00.000Z',
    passages: 12,
  },
  {
    id: 'user-2',
    headline: '世界互联网大会乌镇峰会开幕',
    outlet: '新华社',
    published: '2023-11',
    url: null,
    savedAt: '2024-05-02T12:00:00.000Z',
    passages: 1,
  },
  {
    id: 'user-3',
    headline: 'AI rules agreed',
    outlet: 'Daily Wire Service',
    published: null,
    url: 'http://example.org/ai-rules',
    savedAt: '2024-05-03T12:00:00.000Z',
    passages: 4,
  },
];

function props(over: Partial<ArticleListProps> = {}): ArticleListProps {
  return { t: fakeT, articles: rows, query: '', onQuery: vi.fn(), onEdit: vi.fn(), onDelete: vi.fn(), busyId: null, ...over };
}

const row = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="article-row"][data-article-id="${id}"]`)!;
const shownIds = (root: HTMLElement) => allByTestId(root, 'article-row').map((r) => r.getAttribute('data-article-id'));

/** With a parent that keeps the query, as the options page does. */
function Stateful(p: ArticleListProps) {
  const [query, setQuery] = useState(p.query);
  return (
    <ArticleList
      {...p}
      query={query}
      onQuery={(q) => {
        p.onQuery(q);
        setQuery(q);
      }}
    />
  );
}

describe('filtering', () => {
  it('matches headline, outlet and address, ignoring case', () => {
    expect(filterArticles(rows, 'WUZHEN').map((a) => a.id)).toEqual(['user-wuzhen-summit-opens-1']);
    expect(filterArticles(rows, 'daily wire').map((a) => a.id)).toEqual(['user-3']);
    expect(filterArticles(rows, 'example.org').map((a) => a.id)).toEqual(['user-3']);
    expect(filterArticles(rows, '  ').map((a) => a.id)).toEqual(rows.map((a) => a.id));
  });

  it('needs every word, in any order', () => {
    expect(filterArticles(rows, 'opens summit').map((a) => a.id)).toEqual(['user-wuzhen-summit-opens-1']);
    expect(filterArticles(rows, 'summit rules')).toEqual([]);
  });

  it('finds Chinese without spaces, and full-width letters', () => {
    expect(filterArticles(rows, '乌镇峰会').map((a) => a.id)).toEqual(['user-2']);
    expect(filterArticles(rows, '新华').map((a) => a.id)).toEqual(['user-2']);
    expect(filterArticles(rows, 'ＡＩ').map((a) => a.id)).toEqual(['user-3']);
  });

  it('filters the rows as the reader types, and counts them', () => {
    const p = props({ t: localeT('en') });
    const root = mount(<Stateful {...p} />);
    expect(byTestId(root, 'articles-count').textContent).toBe('3 articles');
    type(byTestId(root, 'search-articles'), '乌镇');
    expect(p.onQuery).toHaveBeenLastCalledWith('乌镇');
    expect(shownIds(root)).toEqual(['user-2']);
    expect(byTestId(root, 'articles-count').textContent).toBe('1 of 3 articles');
    expect(byTestId(root, 'articles-count').getAttribute('role')).toBe('status');
    type(byTestId(root, 'search-articles'), 'nothing like this');
    expect(shownIds(root)).toEqual([]);
    expect(byTestId(root, 'articles-count').textContent).toBe('No saved article matches “nothing like this”.');
  });

  it('counts in Chinese', () => {
    const root = mount(<ArticleList {...props({ t: localeT('zh_CN'), query: '新华社' })} />);
    expect(byTestId(root, 'articles-count').textContent).toBe('1 篇，共 3 篇');
  });

  it('has a labelled search box showing the query', () => {
    const root = mount(<ArticleList {...props({ query: 'AI' })} />);
    const input = byTestId<HTMLInputElement>(root, 'search-articles');
    expect(input.value).toBe('AI');
    expect(root.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('searchArticlesLabel');
    expect(input.closest('[role="search"]')).not.toBeNull();
  });
});

describe('rows', () => {
  it('show headline, outlet, date at its precision, passages and the day saved', () => {
    const root = mount(<ArticleList {...props({ t: localeT('en', 'en-GB') })} />);
    const first = row(root, 'user-wuzhen-summit-opens-1');
    expect(first.querySelector('h3')!.textContent).toBe('Wuzhen summit opens');
    expect(byTestId(first, 'outlet').textContent).toBe('Example News');
    const date = byTestId(first, 'date');
    expect(date.localName).toBe('time');
    expect(date.getAttribute('datetime')).toBe('2023-11-08');
    expect(date.textContent).toBe('8 Nov 2023');
    expect(byTestId(first, 'passage-count').textContent).toBe('12 passages');
    expect(byTestId(first, 'saved-on').textContent).toBe('saved 1 May 2024');
    expect(byTestId(row(root, 'user-2'), 'date').textContent).toBe('Nov 2023');
    expect(byTestId(row(root, 'user-2'), 'passage-count').textContent).toBe('1 passage');
  });

  it('say "date unknown" and "source link unknown" rather than invent them', () => {
    const root = mount(<ArticleList {...props({ t: localeT('en') })} />);
    const third = row(root, 'user-3');
    expect(byTestId(third, 'date').textContent).toBe('date unknown');
    expect(third.querySelector('time')).toBeNull();
    expect(byTestId(row(root, 'user-2'), 'source-none').textContent).toBe('Source link unknown');
    expect(row(root, 'user-2').querySelector('a')).toBeNull();
  });

  it('link an http(s) source in a new tab without opener or referrer', () => {
    const root = mount(<ArticleList {...props()} />);
    const link = byTestId<HTMLAnchorElement>(row(root, 'user-3'), 'source-link');
    expect(link.getAttribute('href')).toBe('http://example.org/ai-rules');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('example.org');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', '/relative', 'not a url'])(
    'no link for %j',
    (url) => {
      const root = mount(<ArticleList {...props({ articles: [{ ...rows[0]!, url }] })} />);
      expect(root.querySelector('a')).toBeNull();
      expect(byTestId(root, 'source-none').textContent).toBe('sourceNotWeb');
    },
  );

  it('keep markup in headlines and outlets as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const root = mount(<ArticleList {...props({ articles: [{ ...rows[0]!, headline: evil, outlet: `<b>${evil}</b>` }] })} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('h3')!.textContent).toBe(evil);
    expect(byTestId(root, 'outlet').textContent).toBe(`<b>${evil}</b>`);
  });

  it('Edit calls onEdit with the id; its button is described by the headline', () => {
    const p = props();
    const root = mount(<ArticleList {...p} />);
    const edit = byTestId(row(root, 'user-3'), 'edit');
    expect(document.getElementById(edit.getAttribute('aria-describedby')!)!.textContent).toBe('AI rules agreed');
    click(edit);
    expect(p.onEdit).toHaveBeenCalledWith('user-3');
  });
});

describe('deleting', () => {
  it('asks first, in the row, and deletes only on "Delete for good"', () => {
    const p = props();
    const root = mount(<ArticleList {...p} />);
    const r = row(root, 'user-3');
    expect(allByTestId(root, 'confirm-delete')).toHaveLength(0);
    click(byTestId(r, 'delete'));
    expect(p.onDelete).not.toHaveBeenCalled();
    const group = byTestId(r, 'confirm-delete').closest('[role="group"]')!;
    expect(group.textContent).toContain('deleteConfirm(AI rules agreed)');
    // Focus goes to the safe answer.
    expect(document.activeElement).toBe(byTestId(r, 'keep'));
    click(byTestId(r, 'confirm-delete'));
    expect(p.onDelete).toHaveBeenCalledExactlyOnceWith('user-3');
    expect(allByTestId(root, 'confirm-delete')).toHaveLength(0);
  });

  it('"Keep" cancels and gives focus back to Delete', () => {
    const p = props();
    const root = mount(<ArticleList {...p} />);
    const r = row(root, 'user-2');
    click(byTestId(r, 'delete'));
    click(byTestId(r, 'keep'));
    expect(p.onDelete).not.toHaveBeenCalled();
    expect(allByTestId(root, 'confirm-delete')).toHaveLength(0);
    expect(document.activeElement).toBe(byTestId(r, 'delete'));
  });

  it('Escape in the question keeps the article', () => {
    const p = props();
    const root = mount(<ArticleList {...p} />);
    const r = row(root, 'user-2');
    click(byTestId(r, 'delete'));
    key(byTestId(r, 'keep'), 'Escape');
    expect(allByTestId(root, 'confirm-delete')).toHaveLength(0);
    expect(p.onDelete).not.toHaveBeenCalled();
  });

  it('asks about one article at a time', () => {
    const root = mount(<ArticleList {...props()} />);
    click(byTestId(row(root, 'user-2'), 'delete'));
    click(byTestId(row(root, 'user-3'), 'delete'));
    expect(allByTestId(root, 'confirm-delete')).toHaveLength(1);
    expect(allByTestId(row(root, 'user-3'), 'confirm-delete')).toHaveLength(1);
  });

  it('focuses the filter once the deleted row is gone', () => {
    const p = props();
    const root = mount(<ArticleList {...p} />);
    click(byTestId(row(root, 'user-3'), 'delete'));
    click(byTestId(row(root, 'user-3'), 'confirm-delete'));
    rerender(root, <ArticleList {...p} articles={rows.slice(0, 2)} />);
    expect(document.activeElement).toBe(byTestId(root, 'search-articles'));
  });
});

describe('busy row', () => {
  it('disables its buttons and says it is working', () => {
    const root = mount(<ArticleList {...props({ busyId: 'user-2' })} />);
    const r = row(root, 'user-2');
    expect(r.getAttribute('aria-busy')).toBe('true');
    expect(byTestId<HTMLButtonElement>(r, 'edit').disabled).toBe(true);
    expect(byTestId<HTMLButtonElement>(r, 'delete').disabled).toBe(true);
    expect(r.textContent).toContain('working');
    expect(byTestId<HTMLButtonElement>(row(root, 'user-3'), 'edit').disabled).toBe(false);
  });
});

describe('no articles', () => {
  it('explains how to add one, naming the button', () => {
    const root = mount(<ArticleList {...props({ t: localeT('en'), articles: [] })} />);
    expect(byTestId(root, 'empty-articles').textContent).toBe(
      'You have not saved any articles yet. Open a news page and choose “Save this page to your corpus” in the sidebar or the popup.',
    );
    expect(allByTestId(root, 'search-articles')).toHaveLength(0);
    const zh = mount(<ArticleList {...props({ t: localeT('zh_CN'), articles: [] })} />);
    expect(byTestId(zh, 'empty-articles').textContent).toContain('“将此页面保存到你的资料库”');
  });
});
