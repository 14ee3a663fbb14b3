// One saved article on the options page: its headline, outlet, date,
// passage count and source, and Edit and Delete. Delete asks again in the row
// itself ("Delete for good" or "Keep"); nothing is deleted on the first press.

import { useEffect, useId, useRef } from 'preact/hooks';
import type { ArticleSummary } from '../shared/messages.ts';
import type { Translate } from '../shared/translate.ts';
import { PublishedDate } from './DateText.tsx';
import { DeleteQuestion } from './DeleteQuestion.tsx';
import { displayHost, webUrl } from './web-url.ts';

export function ArticleRow(props: {
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
  const ids = { headline: useId() };
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
        <DeleteQuestion
          t={t}
          question={t('deleteConfirm', [a.headline])}
          testids={{ confirm: 'confirm-delete', keep: 'keep' }}
          busy={busy}
          keepRef={keepRef}
          onConfirm={() => {
            after.current = 'heading';
            props.onConfirmDelete();
          }}
          onKeep={keep}
        />
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
