// @vitest-environment happy-dom
// Thousands of saved articles on the options page: one page of rows at a
// time, with a pager that says where the reader is, a sort order, and a
// filter that searches all of them and starts again at page 1.

import { describe, expect, it, vi } from 'vitest';
import { ArticleList, type ArticleListProps, PAGE_SIZE, sortArticles } from '../../../components/ArticleList.tsx';
import type { ArticleSummary } from '../../../shared/messages.ts';
import { allByTestId, byTestId, choose, click, localeT, mount, rerender } from './helpers.ts';

/** 3,000 articles saved one a minute, with dates from 2020 on (every tenth unknown). */
const MANY: ArticleSummary[] = Array.from({ length: 3000 }, (_, i) => ({
  id: `user-article-${i}`,
  headline: `Article ${String(i).padStart(4, '0')}`,
  outlet: i % 2 ? 'Harbour Ledger' : 'Lantern Review',
  published: i % 10 === 0 ? null : `${2020 + (i % 5)}-0${1 + (i % 9)}`,
  url: null,
  savedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
  passages: 3,
}));

function props(over: Partial<ArticleListProps> = {}): ArticleListProps {
  return { t: localeT('en'), articles: MANY, query: '', onQuery: vi.fn(), onEdit: vi.fn(), onDelete: vi.fn(), busyId: null, ...over };
}

const headlines = (root: HTMLElement) => allByTestId(root, 'article-row').map((row) => row.querySelector('h3')!.textContent);

describe('a long list of saved articles', () => {
  it('renders one page of rows, not 3,000, most recently saved first', () => {
    const root = mount(<ArticleList {...props()} />);
    expect(allByTestId(root, 'article-row')).toHaveLength(PAGE_SIZE);
    expect(headlines(root)[0]).toBe('Article 2999');
    expect(byTestId(root, 'articles-count').textContent).toBe('3,000 articles');
    expect(byTestId(root, 'page-status').textContent).toBe('Page 1 of 60 · showing 1–50 of 3,000');
    expect(byTestId<HTMLButtonElement>(root, 'page-previous').disabled).toBe(true);
    expect(byTestId(root, 'pager').getAttribute('aria-label')).toBe('Pages of your articles');
  });

  it('moves between pages, and stops at the last', () => {
    const root = mount(<ArticleList {...props()} />);
    click(byTestId(root, 'page-next'));
    expect(headlines(root)[0]).toBe('Article 2949');
    expect(byTestId(root, 'page-status').textContent).toBe('Page 2 of 60 · showing 51–100 of 3,000');
    // Paging through to the end, on a shorter list (each page is a render).
    const short = mount(<ArticleList {...props({ articles: MANY.slice(0, 3 * PAGE_SIZE + 10) })} />);
    for (let i = 0; i < 5; i++) click(byTestId(short, 'page-next'));
    expect(byTestId(short, 'page-status').textContent).toBe('Page 4 of 4 · showing 151–160 of 160');
    expect(allByTestId(short, 'article-row')).toHaveLength(10);
    expect(byTestId<HTMLButtonElement>(short, 'page-next').disabled).toBe(true);
    click(byTestId(short, 'page-previous'));
    expect(byTestId(short, 'page-status').textContent).toContain('Page 3 of 4');
  });

  it('sorts by when it was saved, when it was published, or by headline', () => {
    const root = mount(<ArticleList {...props()} />);
    const sort = byTestId<HTMLSelectElement>(root, 'sort-articles');
    expect([...sort.options].map((o) => o.textContent)).toEqual([
      'Saved most recently first',
      'Saved longest ago first',
      'Published most recently first',
      'Headline, A to Z',
    ]);
    click(byTestId(root, 'page-next'));
    choose(sort, 'saved-oldest');
    // A new order starts at page 1.
    expect(headlines(root).slice(0, 2)).toEqual(['Article 0000', 'Article 0001']);
    expect(byTestId(root, 'page-status').textContent).toContain('Page 1 of 60');
    choose(sort, 'published-newest');
    const first = allByTestId(root, 'article-row')[0]!;
    expect(first.textContent).toContain('2024');
  });

  it('puts unknown dates last when sorting by date published', () => {
    const sorted = sortArticles(MANY, 'published-newest', 'en');
    expect(sorted.at(-1)!.published).toBeNull();
    expect(sorted.findIndex((a) => a.published === null)).toBe(2700);
  });

  it('filters all 3,000, not only the page shown, and starts at page 1', () => {
    const p = props();
    const root = mount(<ArticleList {...p} />);
    click(byTestId(root, 'page-next'));
    rerender(root, <ArticleList {...p} query="Article 0007" />);
    expect(headlines(root)).toEqual(['Article 0007']);
    expect(allByTestId(root, 'pager')).toHaveLength(0);
    rerender(root, <ArticleList {...p} query="Lantern" />);
    expect(byTestId(root, 'articles-count').textContent).toBe('1,500 of 3,000 articles');
    expect(byTestId(root, 'page-status').textContent).toBe('Page 1 of 30 · showing 1–50 of 1,500');
  });

  it('shows no pager for one page of articles', () => {
    const root = mount(<ArticleList {...props({ articles: MANY.slice(0, PAGE_SIZE) })} />);
    expect(allByTestId(root, 'article-row')).toHaveLength(PAGE_SIZE);
    expect(allByTestId(root, 'pager')).toHaveLength(0);
  });
});
