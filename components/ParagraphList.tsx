// The article's text in the editor: one box per paragraph, with removing
// (and undoing the last removal), joining a paragraph with the next, adding
// one, and a live count. A problem with the text is marked on the group and
// on each paragraph over the size limit.

import type { TargetedEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ArticleDraft } from '../core/user-articles.ts';
import { MAX_PARAGRAPH_CHARS } from '../core/user-record.ts';
import type { Translate } from '../shared/translate.ts';
import { mergeWithNext, overLongParagraphs, type RemovedParagraph, removeParagraph, restoreParagraph } from './draft-edits.ts';
import { wordCount } from './word-count.ts';

export interface ParagraphListProps {
  t: Translate;
  draft: ArticleDraft;
  onChange(draft: ArticleDraft): void;
  /** The sentence for a problem with the text, once the reader has tried to save. */
  error?: string;
  /** Mark each paragraph over the limit (once the reader has tried to save). */
  markOverLong: boolean;
}

/** A few rows for a short paragraph, more for a long one; the box scrolls beyond that. */
const rowsFor = (text: string) => Math.min(12, Math.max(3, Math.ceil(text.length / 70) + 1));

type Focus = { kind: 'paragraph'; index: number } | { kind: 'undo' };

export function ParagraphList(props: ParagraphListProps) {
  const { t, draft } = props;
  const ids = { text: useId(), hint: useId(), error: useId(), tooLong: useId() };
  const rootRef = useRef<HTMLFieldSetElement>(null);
  const [removed, setRemoved] = useState<RemovedParagraph | null>(null);
  const pendingFocus = useRef<Focus | null>(null);

  // After a paragraph is removed, restored or joined, focus goes somewhere
  // that makes sense instead of falling back to the page.
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want || !rootRef.current) return;
    pendingFocus.current = null;
    const root = rootRef.current;
    const el =
      want.kind === 'undo'
        ? root.querySelector<HTMLElement>('[data-testid="undo-remove"]')
        : root.querySelectorAll<HTMLElement>('[data-testid="paragraph"]')[want.index];
    el?.focus();
  });

  const setParagraph = (index: number, text: string) => {
    const paragraphs = [...draft.paragraphs];
    paragraphs[index] = text;
    props.onChange({ ...draft, paragraphs });
  };
  const remove = (index: number) => {
    const next = removeParagraph(draft, index);
    setRemoved(next.removed);
    pendingFocus.current = { kind: 'undo' };
    props.onChange(next.draft);
  };
  const undo = () => {
    if (!removed) return;
    const index = Math.min(removed.index, draft.paragraphs.length);
    setRemoved(null);
    pendingFocus.current = { kind: 'paragraph', index };
    props.onChange(restoreParagraph(draft, removed));
  };
  const merge = (index: number) => {
    // Indices move after a join: an older removal could no longer go back where it was.
    setRemoved(null);
    pendingFocus.current = { kind: 'paragraph', index };
    props.onChange(mergeWithNext(draft, index));
  };
  const add = () => {
    pendingFocus.current = { kind: 'paragraph', index: draft.paragraphs.length };
    props.onChange({ ...draft, paragraphs: [...draft.paragraphs, ''] });
  };

  const value = (e: TargetedEvent<HTMLTextAreaElement>) => e.currentTarget.value;
  const total = draft.paragraphs.length;
  const kept = draft.paragraphs.filter((p) => p.trim() !== '').length;
  const overLong = props.markOverLong ? overLongParagraphs(draft) : new Set<number>();

  return (
    <fieldset
      ref={rootRef}
      class="rc-paragraphs"
      data-testid="paragraphs"
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={props.error ? `${ids.hint} ${ids.error}` : ids.hint}
    >
      <legend class="rc-label">{t('paragraphsHeading')}</legend>
      <p class="rc-hint" id={ids.hint}>
        {t('paragraphsHelp')}
      </p>
      {props.error && (
        <p class="rc-field-error" id={ids.error} data-testid="error-paragraphs">
          {props.error}
        </p>
      )}
      <p class="rc-count-line" data-testid="word-count">
        {t.plural('paragraphs', kept)}
        <span class="rc-sep"> · </span>
        {t.plural('words', wordCount(draft.paragraphs))}
      </p>
      <div class="rc-undo" role="status">
        {removed && (
          <>
            <span>{t('paragraphRemoved', [t.number(removed.index + 1)])} </span>
            <button
              type="button"
              class="rc-button"
              data-testid="undo-remove"
              aria-label={t('undoRemoveParagraph', [t.number(removed.index + 1)])}
              onClick={undo}
            >
              {t('undo')}
            </button>
          </>
        )}
      </div>
      <ol class="rc-paragraph-list">
        {draft.paragraphs.map((text, i) => {
          const n = t.number(i + 1);
          const id = `${ids.text}-${i}`;
          const tooLong = overLong.has(i);
          return (
            <li class="rc-paragraph" key={i}>
              <label class="rc-paragraph-label" for={id}>
                {t('paragraphLabel', [n])}
              </label>
              <textarea
                id={id}
                class="rc-textarea"
                data-testid="paragraph"
                lang={draft.language}
                rows={rowsFor(text)}
                aria-invalid={tooLong ? 'true' : undefined}
                aria-describedby={tooLong ? `${ids.tooLong}-${i}` : undefined}
                value={text}
                onInput={(e) => setParagraph(i, value(e))}
              />
              {tooLong && (
                <p class="rc-field-error" id={`${ids.tooLong}-${i}`} data-testid="error-paragraph">
                  {t('paragraphTooLongHere', [t.number(text.length), t.number(MAX_PARAGRAPH_CHARS)])}
                </p>
              )}
              <div class="rc-paragraph-actions">
                <button type="button" class="rc-button" data-testid="remove-paragraph" aria-label={t('removeParagraph', [n])} onClick={() => remove(i)}>
                  {t('remove')}
                </button>
                {i + 1 < total && (
                  <button
                    type="button"
                    class="rc-button"
                    data-testid="merge-paragraph"
                    aria-label={t('joinParagraphs', [n, t.number(i + 2)])}
                    onClick={() => merge(i)}
                  >
                    {t('joinNext')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" class="rc-button" data-testid="add-paragraph" onClick={add}>
          {t('addParagraph')}
        </button>
      </div>
    </fieldset>
  );
}
