// The page that opens when the reader chooses "Add this page": it reads the
// page (loading), says why it could not and what to do (error), lets the
// reader check the article (editing), and confirms it was saved (saved).
// Presentational: the save entry reads the tab, saves, and passes the state.

import { useEffect, useId, useRef } from 'preact/hooks';
import type { ArticleDraft } from '../core/user-articles.ts';
import { ArticleEditor } from './ArticleEditor.tsx';
import type { UnknownFact } from './ArticleFields.tsx';
import type { Problem } from '../core/problem.ts';
import type { Translate } from '../shared/translate.ts';

export type SavePageState =
  | { kind: 'loading' }
  /** `message`: already in the reader's words, saying what went wrong. */
  | { kind: 'error'; message: string }
  | {
      kind: 'editing';
      draft: ArticleDraft;
      /** From draftProblems, or why a save failed. */
      problems: Problem[];
      busy: boolean;
      /** An article with the same id is already saved. */
      conflict: { headline: string; savedAt: string } | null;
      /** Facts the page did not give: their fields say so while empty. */
      notFound?: UnknownFact[];
    }
  | { kind: 'saved'; headline: string };

export interface SavePageProps {
  t: Translate;
  state: SavePageState;
  onChange(draft: ArticleDraft): void;
  onSave(): void;
  /** Save over the article already saved with the same id. */
  onReplace(): void;
  /** Leave the editor without saving (also "Keep the saved one"). */
  onCancel(): void;
  /** Close the page (after an error or once saved). */
  onClose(): void;
  /** "See your articles": the options page. */
  onOpenOptions(): void;
}

/** Focus on mount: each state starts where a keyboard or screen reader user should. */
function useFocusOnMount<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

export function SavePage(props: SavePageProps) {
  const { t, state } = props;
  const titleId = useId();
  return (
    <main class="rc-page" data-testid="save-page" aria-labelledby={titleId} aria-busy={state.kind === 'loading' ? 'true' : undefined}>
      <header class="rc-page-header">
        <p class="rc-brand">{t('extName')}</p>
        <h1 class="rc-page-title" id={titleId}>
          {t('addPage')}
        </h1>
      </header>
      {state.kind === 'loading' ? (
        <p class="rc-muted" role="status" data-testid="save-loading">
          {t('readingPage')}
        </p>
      ) : state.kind === 'error' ? (
        <ReadError t={t} message={state.message} onClose={props.onClose} />
      ) : state.kind === 'editing' ? (
        <ArticleEditor
          t={t}
          mode="new"
          draft={state.draft}
          problems={state.problems}
          busy={state.busy}
          conflict={state.conflict}
          notFound={state.notFound}
          onChange={props.onChange}
          onSave={props.onSave}
          onReplace={props.onReplace}
          onCancel={props.onCancel}
        />
      ) : (
        <Saved t={t} headline={state.headline} onClose={props.onClose} onOpenOptions={props.onOpenOptions} />
      )}
    </main>
  );
}

function ReadError(props: { t: Translate; message: string; onClose(): void }) {
  const { t } = props;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section class="rc-page-section" data-testid="save-error">
      <div class="rc-error" role="alert">
        <h2 class="rc-error-title rc-quiet-focus" ref={headingRef} tabIndex={-1}>
          {t('readError')}
        </h2>
        {props.message.trim() !== '' && <p class="rc-error-detail">{props.message}</p>}
      </div>
      <p>{t('readErrorHelp', [t('addPage')])}</p>
      <div class="rc-actions">
        <button type="button" class="rc-button" data-testid="close" onClick={props.onClose}>
          {t('close')}
        </button>
      </div>
    </section>
  );
}

function Saved(props: { t: Translate; headline: string; onClose(): void; onOpenOptions(): void }) {
  const { t } = props;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section class="rc-page-section" data-testid="save-saved">
      <div class="rc-success" role="status">
        <h2 class="rc-success-title rc-quiet-focus" ref={headingRef} tabIndex={-1}>
          {t('savedTitle')}
        </h2>
        <p class="rc-saved-headline" data-testid="saved-headline">
          {props.headline}
        </p>
        <p>{t('savedHelp')}</p>
      </div>
      <div class="rc-actions">
        <button type="button" class="rc-button rc-button--primary" data-testid="close" onClick={props.onClose}>
          {t('close')}
        </button>
        <button type="button" class="rc-button" data-testid="see-articles" onClick={props.onOpenOptions}>
          {t('seeArticles')}
        </button>
      </div>
    </section>
  );
}
