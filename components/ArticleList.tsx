// The reader's saved articles on the options page: a filter box, a sort
// order, how many match, and one page of rows (ArticleRow) at a time, so
// thousands of articles never become thousands of rows.
// Presentational: the options entry lists, edits and deletes.

import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleSummary } from '../shared/messages.ts';
import type { Translate } from '../shared/translate.ts';
import { ArticleRow } from './ArticleRow.tsx';

/** Rows on one page of the list. */
export const PAGE_SIZE = 50;

export type ArticleSort = 'saved-newest' | 'saved-oldest' | 'published-newest' | 'headline';
const SORTS = [
  ['saved-newest', 'sortSavedNewest'],
  ['saved-oldest', 'sortSavedOldest'],
  ['published-newest', 'sortPublishedNewest'],
  ['headline', 'sortHeadline'],
] as const satisfies ReadonlyArray<readonly [ArticleSort, string]>;

/**
 * The articles in the chosen order. Ties (and unknown dates, which go last)
 * fall back to the headline, so the order is the same on every visit.
 */
export function sortArticles<A extends Pick<ArticleSummary, 'headline' | 'savedAt' | 'published'>>(
  articles: readonly A[],
  sort: ArticleSort,
  lang: string,
): A[] {
  const collator = new Intl.Collator(lang);
  const byHeadline = (a: A, b: A) => collator.compare(a.headline, b.headline);
  const desc = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? 1 : -1);
  const compare: Record<ArticleSort, (a: A, b: A) => number> = {
    'saved-newest': (a, b) => desc(a.savedAt, b.savedAt),
    'saved-oldest': (a, b) => -desc(a.savedAt, b.savedAt),
    'published-newest': (a, b) => desc(a.published, b.published),
    headline: () => 0,
  };
  return [...articles].sort((a, b) => compare[sort](a, b) || byHeadline(a, b));
}

export interface ArticleListProps {
  t: Translate;
  articles: ArticleSummary[];
  /** The filter, as typed; the list filters itself. */
  query: string;
  onQuery(query: string): void;
  onEdit(id: string): void;
  /** Called only after the reader confirmed ("Delete for good"). */
  onDelete(id: string): void;
  /** The article being opened or deleted: its buttons wait. */
  busyId: string | null;
}

/** Case and width folded ("ＡＩ" finds "ai"); Chinese is matched as written. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * The articles whose headline, outlet or address contain every word of the
 * query, in their order. Chinese needs no spaces: "乌镇峰会" finds itself
 * anywhere in a headline.
 */
export function filterArticles<A extends Pick<ArticleSummary, 'headline' | 'outlet' | 'url'>>(
  articles: readonly A[],
  query: string,
): A[] {
  const words = fold(query).split(/\s+/u).filter(Boolean);
  if (!words.length) return [...articles];
  return articles.filter((a) => {
    const haystack = fold(`${a.headline}\n${a.outlet}\n${a.url ?? ''}`);
    return words.every((w) => haystack.includes(w));
  });
}

export function ArticleList(props: ArticleListProps) {
  const { t, articles, query } = props;
  const ids = { search: useId(), status: useId(), sort: useId(), pages: useId() };
  const [confirming, setConfirming] = useState<string | null>(null);
  const [sort, setSort] = useState<ArticleSort>('saved-newest');
  const [page, setPage] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  // A new filter or order starts at the first page.
  useEffect(() => setPage(0), [query, sort]);
  const shown = useMemo(() => sortArticles(filterArticles(articles, query), sort, t.lang), [articles, query, sort, t.lang]);
  const searchRef = useRef<HTMLInputElement>(null);
  const emptyRef = useRef<HTMLParagraphElement>(null);
  // The article just confirmed for deletion: once it is gone, focus goes to
  // the filter (or the empty message), not to the top of the page.
  const deleting = useRef<string | null>(null);

  useEffect(() => {
    const id = deleting.current;
    if (id === null || articles.some((a) => a.id === id)) return;
    deleting.current = null;
    (searchRef.current ?? emptyRef.current)?.focus();
  }, [articles]);

  if (!articles.length) {
    return (
      <div class="rc-page-section" data-testid="article-list">
        <p class="rc-muted" data-testid="empty-articles" ref={emptyRef} tabIndex={-1}>
          {t('articlesEmpty', [t('addPage')])}
        </p>
      </div>
    );
  }

  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  // A deletion can empty the last page: show the one before it.
  const current = Math.min(page, pages - 1);
  const onPage = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const goTo = (n: number) => {
    setPage(n);
    // The new page is read from its top.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>('h3')?.focus());
  };
  const filtering = query.trim() !== '';
  const status = !filtering
    ? t.plural('articlesCount', articles.length)
    : shown.length
      ? t.plural('articlesShown', articles.length, [t.number(shown.length)])
      : t('articlesNoMatch', [query.trim()]);

  return (
    <div class="rc-page-section" data-testid="article-list">
      <form class="rc-search-row" role="search" onSubmit={(e) => e.preventDefault()}>
        <label class="rc-label" for={ids.search}>
          {t('searchArticlesLabel')}
        </label>
        <input
          ref={searchRef}
          id={ids.search}
          class="rc-input"
          type="search"
          data-testid="search-articles"
          value={query}
          placeholder={t('searchArticlesPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          aria-describedby={ids.status}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
        />
        <p class="rc-status" id={ids.status} role="status" data-testid="articles-count">
          {status}
        </p>
        <div class="rc-sort-row">
          <label class="rc-label" for={ids.sort}>
            {t('sortLabel')}
          </label>
          <select
            id={ids.sort}
            class="rc-select"
            data-testid="sort-articles"
            value={sort}
            onChange={(e) => setSort(e.currentTarget.value as ArticleSort)}
          >
            {SORTS.map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {shown.length > 0 && (
        <ul class="rc-cards" ref={listRef} data-testid="article-rows">
          {onPage.map((a) => (
            <ArticleRow
              key={a.id}
              t={t}
              article={a}
              busy={props.busyId === a.id}
              confirming={confirming === a.id}
              onEdit={() => props.onEdit(a.id)}
              onAskDelete={() => setConfirming(a.id)}
              onKeep={() => setConfirming(null)}
              onConfirmDelete={() => {
                setConfirming(null);
                deleting.current = a.id;
                props.onDelete(a.id);
              }}
            />
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav class="rc-pager" aria-label={t('pagesLabel')} data-testid="pager">
          <button type="button" class="rc-button rc-button--small" data-testid="page-previous" disabled={current === 0} onClick={() => goTo(current - 1)}>
            {t('pagePrevious')}
          </button>
          <p class="rc-status" data-testid="page-status" aria-live="polite">
            {t('pageOf', [t.number(current + 1), t.number(pages)])}
            <span class="rc-sep"> · </span>
            {t('pageRange', [t.number(current * PAGE_SIZE + 1), t.number(current * PAGE_SIZE + onPage.length), t.number(shown.length)])}
          </p>
          <button type="button" class="rc-button rc-button--small" data-testid="page-next" disabled={current >= pages - 1} onClick={() => goTo(current + 1)}>
            {t('pageNext')}
          </button>
        </nav>
      )}
    </div>
  );
}

