// The reader's saved articles on the options page: a filter box, how many
// match, and one row per article with its outlet, date, passage count and
// source, and Edit and Delete. Delete asks again in the row itself ("Delete
// for good" or "Keep"); nothing is deleted on the first press.
// Presentational: the options entry lists, edits and deletes.

import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Translate } from '../shared/translate.ts';
import { PublishedDate } from './DateText.tsx';
import { displayHost, webUrl } from './web-url.ts';
import type { ArticleSummary } from '../shared/messages.ts';

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
  const ids = { search: useId(), status: useId() };
  const [confirming, setConfirming] = useState<string | null>(null);
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

  const shown = filterArticles(articles, query);
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
      </form>
      {shown.length > 0 && (
        <ul class="rc-cards">
          {shown.map((a) => (
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
    </div>
  );
}

function ArticleRow(props: {
  t: Translate;
  article: ArticleSummary;
  busy: boolean;
  confirming: boolean;
  onEdit(): void;
  onAskDelete(): void;
  onKeep(): void;
  onConfirmDelete(): void;
}) {
  const { t, article: a, busy, confirming } = props;
  const ids = { headline: useId(), question: useId() };
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes when the question opens or closes.
  const after = useRef<'keep' | 'delete' | 'heading' | null>(null);

  useEffect(() => {
    const target = after.current;
    after.current = null;
    if (target === 'keep') keepRef.current?.focus();
    else if (target === 'delete') deleteRef.current?.focus();
    else if (target === 'heading') headingRef.current?.focus();
  }, [confirming]);

  const keep = () => {
    after.current = 'delete';
    props.onKeep();
  };

  const onQuestionKey = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && !e.isComposing) {
      e.preventDefault();
      keep();
    }
  };

  return (
    <li
      class={busy ? 'rc-card rc-card--busy' : 'rc-card'}
      data-testid="article-row"
      data-article-id={a.id}
      aria-busy={busy ? 'true' : undefined}
    >
      <h3 class="rc-card-title" id={ids.headline} ref={headingRef} tabIndex={-1}>
        {a.headline}
      </h3>
      <p class="rc-card-meta">
        <span class="rc-outlet" data-testid="outlet">
          {a.outlet}
        </span>
        <span class="rc-sep"> · </span>
        <PublishedDate t={t} value={a.published} />
        <span class="rc-sep"> · </span>
        <span data-testid="passage-count">{t.plural('passages', a.passages)}</span>
        <span class="rc-sep"> · </span>
        <span data-testid="saved-on">{t('savedOn', [t.day(a.savedAt)])}</span>
      </p>
      <SourceLine t={t} url={a.url} describedBy={ids.headline} />
      {confirming ? (
        <div class="rc-confirm" role="group" aria-labelledby={ids.question} onKeyDown={onQuestionKey}>
          <p id={ids.question}>{t('deleteConfirm', [a.headline])}</p>
          <div class="rc-actions">
            <button
              type="button"
              class="rc-button rc-button--danger"
              data-testid="confirm-delete"
              disabled={busy}
              onClick={() => {
                after.current = 'heading';
                props.onConfirmDelete();
              }}
            >
              {t('deleteForGood')}
            </button>
            <button ref={keepRef} type="button" class="rc-button" data-testid="keep" onClick={keep}>
              {t('keep')}
            </button>
          </div>
        </div>
      ) : (
        <div class="rc-actions">
          <button
            type="button"
            class="rc-button rc-button--small"
            data-testid="edit"
            aria-describedby={ids.headline}
            disabled={busy}
            onClick={props.onEdit}
          >
            {t('edit')}
          </button>
          <button
            ref={deleteRef}
            type="button"
            class="rc-button rc-button--small"
            data-testid="delete"
            aria-describedby={ids.headline}
            disabled={busy}
            onClick={() => {
              after.current = 'keep';
              props.onAskDelete();
            }}
          >
            {t('delete')}
          </button>
          {busy && (
            <span class="rc-muted" role="status">
              {t('working')}
            </span>
          )}
        </div>
      )}
    </li>
  );
}

/** A link to the article when its address is a web address; otherwise why there is none. */
function SourceLine({ t, url, describedBy }: { t: Translate; url: string | null; describedBy: string }) {
  const target = webUrl(url);
  if (!target) {
    return (
      <p class="rc-card-meta rc-unknown" data-testid="source-none">
        {t((url ?? '').trim() !== '' ? 'sourceNotWeb' : 'sourceUnknown')}
      </p>
    );
  }
  return (
    <p class="rc-card-meta">
      <a
        class="rc-link"
        href={target.href}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="source-link"
        aria-describedby={describedBy}
      >
        {t('sourceOriginal')}
        <span class="rc-host">{t('inParentheses', [displayHost(target)])}</span>
        <span class="rc-vh"> {t('opensInNewTab')}</span>
      </a>
    </p>
  );
}
