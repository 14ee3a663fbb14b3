// The form a reader checks an article in before it goes into their corpus
// (and edits a saved one in): the facts about the source (ArticleFields),
// then the text (ParagraphList), the problems, a conflict with a saved
// article, and the buttons. Presentational: every change leaves as a whole
// new draft through onChange.
//
// Nothing is filled in for the reader: an empty date or address stays empty
// and means "unknown". Enter in a field does not save; only the Save button
// does, so an article cannot be saved by accident before its text is read.

import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ArticleDraft } from '../core/user-articles.ts';
import type { Problem } from '../core/problem.ts';
import type { Translate } from '../shared/translate.ts';
import { ArticleFields, type UnknownFact } from './ArticleFields.tsx';
import { type DraftField, fieldOfProblem } from './draft-edits.ts';
import { ParagraphList } from './ParagraphList.tsx';
import { ProblemList } from './ProblemList.tsx';
import { problemText } from './problem-text.ts';

export interface ArticleEditorProps {
  t: Translate;
  draft: ArticleDraft;
  /**
   * From draftProblems (or a save that failed), shown beside the Save button
   * as an alert once the reader has pressed Save or Replace: a reader is not
   * told off before they start, and problems computed as the draft changes do
   * not interrupt every keystroke. The button stays enabled; the caller refuses.
   */
  problems: Problem[];
  /** A save is running: the Save and Replace buttons wait. */
  busy: boolean;
  /** 'new': before the first save (save page); 'edit': a saved article (options page). */
  mode: 'new' | 'edit';
  onChange(draft: ArticleDraft): void;
  onSave(): void;
  onCancel(): void;
  /**
   * An article with the same id is already saved: the reader replaces it
   * (onReplace) or keeps the saved one (onCancel; nothing is saved).
   */
  conflict?: { headline: string; savedAt: string } | null;
  /** Save over the saved article. Without it there is no Replace button. */
  onReplace?: () => void;
  /** The level of the editor's heading in the page around it; 2 by default. */
  headingLevel?: 2 | 3;
  /** Facts the page did not give (the save page): their fields say so while empty. */
  notFound?: readonly UnknownFact[];
}

export function ArticleEditor(props: ArticleEditorProps) {
  const { t, draft, problems, busy, mode, conflict } = props;
  const ids = { heading: useId(), problems: useId(), conflict: useId() };
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [attempted, setAttempted] = useState(false);
  const showProblems = attempted && problems.length > 0;

  // The heading takes focus when the editor appears, so a keyboard or screen
  // reader user starts at its top (the button that opened it is gone).
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // Each problem is marked at its field too, in the same words as the summary.
  const errors: Partial<Record<DraftField, string>> = {};
  if (showProblems) {
    for (const problem of problems) {
      const field = fieldOfProblem(problem);
      if (field && !errors[field]) errors[field] = problemText(t, problem);
    }
  }

  return (
    <form
      class="rc-editor"
      data-testid="article-editor"
      aria-labelledby={ids.heading}
      aria-busy={busy ? 'true' : undefined}
      noValidate
      onSubmit={(e) => e.preventDefault()}
    >
      <Heading class="rc-page-heading rc-quiet-focus" id={ids.heading} ref={headingRef} tabIndex={-1}>
        {t(mode === 'new' ? 'editorTitleNew' : 'editorTitleEdit')}
      </Heading>
      <p class="rc-hint">{t('editorIntro')}</p>

      <ArticleFields
        t={t}
        draft={draft}
        set={(patch) => props.onChange({ ...draft, ...patch })}
        errors={errors}
        notFound={props.notFound ?? []}
      />
      <ParagraphList t={t} draft={draft} onChange={props.onChange} error={errors.paragraphs} markOverLong={showProblems} />

      {showProblems && (
        <ProblemList t={t} id={ids.problems} testId="problems" items={problems.map((p) => problemText(t, p))} />
      )}

      {conflict && (
        <div class="rc-notice" role="alert" data-testid="conflict-notice">
          <p id={ids.conflict}>{t('conflictSaved', [conflict.headline, t.day(conflict.savedAt)])}</p>
          <div class="rc-actions" role="group" aria-labelledby={ids.conflict}>
            {props.onReplace && (
              <button
                type="button"
                class="rc-button rc-button--danger"
                data-testid="replace"
                disabled={busy}
                onClick={() => {
                  setAttempted(true);
                  props.onReplace?.();
                }}
              >
                {t('replace')}
              </button>
            )}
            <button type="button" class="rc-button" data-testid="keep" onClick={props.onCancel}>
              {t('keepSaved')}
            </button>
          </div>
        </div>
      )}

      <div class="rc-actions">
        <button
          type="button"
          class="rc-button rc-button--primary"
          data-testid="save"
          disabled={busy}
          aria-describedby={showProblems ? ids.problems : undefined}
          onClick={() => {
            if (busy) return;
            setAttempted(true);
            props.onSave();
          }}
        >
          {t(busy ? 'saving' : mode === 'new' ? 'saveNew' : 'save')}
        </button>
        <button type="button" class="rc-button" data-testid="cancel" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
