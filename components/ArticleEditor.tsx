// The form a reader checks an article in before it goes into their corpus
// (and edits a saved one in): the facts about the source, then the text as
// one box per paragraph, with removing (and undoing the last removal),
// joining a paragraph with the next, and a live word count. Presentational:
// every change leaves as a whole new draft through onChange.
//
// Nothing is filled in for the reader: an empty date or address stays empty
// and means "unknown". Enter in a field does not save; only the Save button
// does, so an article cannot be saved by accident before its text is read.

import type { TargetedEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ArticleDraft } from '../core/user-articles.ts';
import type { Problem } from '../core/problem.ts';
import type { Translate } from '../shared/translate.ts';
import { problemText } from './problem-text.ts';
import { wordCount } from './word-count.ts';

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
}

/** A removed paragraph and where it stood, for "undo". */
export interface RemovedParagraph {
  index: number;
  text: string;
}

/** The draft without paragraph `index`, and what was removed. */
export function removeParagraph(draft: ArticleDraft, index: number): { draft: ArticleDraft; removed: RemovedParagraph } {
  const paragraphs = [...draft.paragraphs];
  const [text = ''] = paragraphs.splice(index, 1);
  return { draft: { ...draft, paragraphs }, removed: { index, text } };
}

/** The draft with a removed paragraph back where it was (or at the end, if the text has since shrunk). */
export function restoreParagraph(draft: ArticleDraft, removed: RemovedParagraph): ArticleDraft {
  const paragraphs = [...draft.paragraphs];
  paragraphs.splice(Math.min(Math.max(removed.index, 0), paragraphs.length), 0, removed.text);
  return { ...draft, paragraphs };
}

const CJK_EDGE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Paragraph `index` joined with the one after it: a space between English
 * text, nothing between Chinese (where a space would be a stray character).
 */
export function mergeWithNext(draft: ArticleDraft, index: number): ArticleDraft {
  if (index < 0 || index + 1 >= draft.paragraphs.length) return draft;
  const a = draft.paragraphs[index]!.replace(/\s+$/u, '');
  const b = draft.paragraphs[index + 1]!.replace(/^\s+/u, '');
  const cjk = CJK_EDGE.test(a.slice(-1)) || CJK_EDGE.test(b.slice(0, 1));
  const joined = a === '' || b === '' || cjk ? a + b : `${a} ${b}`;
  const paragraphs = [...draft.paragraphs];
  paragraphs.splice(index, 2, joined);
  return { ...draft, paragraphs };
}

/** Empty (or only spaces) means unknown. */
const orNull = (value: string) => (value.trim() === '' ? null : value);

/** A few rows for a short paragraph, more for a long one; the box scrolls beyond that. */
const rowsFor = (text: string) => Math.min(12, Math.max(3, Math.ceil(text.length / 70) + 1));

type Focus = { kind: 'paragraph'; index: number } | { kind: 'undo' };

export function ArticleEditor(props: ArticleEditorProps) {
  const { t, draft, problems, busy, mode, conflict } = props;
  const ids = {
    heading: useId(),
    headline: useId(),
    outlet: useId(),
    author: useId(),
    published: useId(),
    publishedHint: useId(),
    url: useId(),
    urlHint: useId(),
    language: useId(),
    note: useId(),
    noteHint: useId(),
    text: useId(),
    textHint: useId(),
    problems: useId(),
    conflict: useId(),
  };
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const rootRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [removed, setRemoved] = useState<RemovedParagraph | null>(null);
  const [attempted, setAttempted] = useState(false);
  const showProblems = attempted && problems.length > 0;
  const pendingFocus = useRef<Focus | null>(null);

  // The heading takes focus when the editor appears, so a keyboard or screen
  // reader user starts at its top (the button that opened it is gone).
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

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

  const set = (patch: Partial<ArticleDraft>) => props.onChange({ ...draft, ...patch });

  const setParagraph = (index: number, text: string) => {
    const paragraphs = [...draft.paragraphs];
    paragraphs[index] = text;
    set({ paragraphs });
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
    set({ paragraphs: [...draft.paragraphs, ''] });
  };

  const value = (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => e.currentTarget.value;
  const total = draft.paragraphs.length;
  const words = wordCount(draft.paragraphs);
  const kept = draft.paragraphs.filter((p) => p.trim() !== '').length;

  return (
    <form
      ref={rootRef}
      class="rc-editor"
      data-testid="article-editor"
      aria-labelledby={ids.heading}
      aria-busy={busy ? 'true' : undefined}
      noValidate
      onSubmit={(e) => e.preventDefault()}
    >
      <Heading class="rc-page-heading" id={ids.heading} ref={headingRef} tabIndex={-1}>
        {t(mode === 'new' ? 'editorTitleNew' : 'editorTitleEdit')}
      </Heading>
      <p class="rc-hint">{t('editorIntro')}</p>

      <div class="rc-field">
        <label class="rc-label" for={ids.headline}>
          {t('fieldHeadline')}
        </label>
        <input
          id={ids.headline}
          class="rc-input"
          type="text"
          data-testid="field-headline"
          lang={draft.language}
          aria-required="true"
          value={draft.headline}
          onInput={(e) => set({ headline: value(e) })}
        />
      </div>

      <div class="rc-field-row">
        <div class="rc-field">
          <label class="rc-label" for={ids.outlet}>
            {t('fieldOutlet')}
          </label>
          <input
            id={ids.outlet}
            class="rc-input"
            type="text"
            data-testid="field-outlet"
            aria-required="true"
            value={draft.outlet}
            onInput={(e) => set({ outlet: value(e) })}
          />
        </div>
        <div class="rc-field">
          <label class="rc-label" for={ids.author}>
            {t('fieldAuthor')}
          </label>
          <input
            id={ids.author}
            class="rc-input"
            type="text"
            data-testid="field-author"
            value={draft.author ?? ''}
            onInput={(e) => set({ author: orNull(value(e)) })}
          />
        </div>
      </div>

      <div class="rc-field-row">
        <div class="rc-field">
          <label class="rc-label" for={ids.published}>
            {t('fieldPublished')}
          </label>
          <input
            id={ids.published}
            class="rc-input"
            type="text"
            inputMode="numeric"
            autocomplete="off"
            spellcheck={false}
            data-testid="field-published"
            placeholder={t('publishedPlaceholder')}
            aria-describedby={ids.publishedHint}
            value={draft.published ?? ''}
            onInput={(e) => set({ published: orNull(value(e)) })}
            onChange={(e) => set({ published: orNull(value(e).trim()) })}
          />
          <p class="rc-hint" id={ids.publishedHint}>
            {t('publishedHint')}
          </p>
        </div>
        <div class="rc-field">
          <label class="rc-label" for={ids.language}>
            {t('fieldLanguage')}
          </label>
          <select
            id={ids.language}
            class="rc-select"
            data-testid="field-language"
            value={draft.language}
            onChange={(e) => set({ language: value(e) === 'zh' ? 'zh' : 'en' })}
          >
            <option value="en">{t('languageEn')}</option>
            <option value="zh">{t('languageZh')}</option>
          </select>
        </div>
      </div>

      <div class="rc-field">
        <label class="rc-label" for={ids.url}>
          {t('fieldUrl')}
        </label>
        <input
          id={ids.url}
          class="rc-input"
          type="url"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          data-testid="field-url"
          placeholder="https://"
          aria-describedby={ids.urlHint}
          value={draft.url ?? ''}
          onInput={(e) => set({ url: orNull(value(e)) })}
          onChange={(e) => set({ url: orNull(value(e).trim()) })}
        />
        <p class="rc-hint" id={ids.urlHint}>
          {t('urlHint')}
        </p>
      </div>

      <div class="rc-field">
        <label class="rc-label" for={ids.note}>
          {t('fieldNote')}
        </label>
        <textarea
          id={ids.note}
          class="rc-textarea"
          rows={2}
          data-testid="field-note"
          aria-describedby={ids.noteHint}
          value={draft.note ?? ''}
          onInput={(e) => set({ note: orNull(value(e)) })}
        />
        <p class="rc-hint" id={ids.noteHint}>
          {t('noteHint')}
        </p>
      </div>

      <fieldset class="rc-paragraphs" aria-describedby={ids.textHint}>
        <legend class="rc-label">{t('paragraphsHeading')}</legend>
        <p class="rc-hint" id={ids.textHint}>
          {t('paragraphsHelp')}
        </p>
        <p class="rc-count-line" data-testid="word-count">
          {t.plural('paragraphs', kept)}
          <span class="rc-sep"> · </span>
          {t.plural('words', words)}
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
                  value={text}
                  onInput={(e) => setParagraph(i, value(e))}
                />
                <div class="rc-paragraph-actions">
                  <button
                    type="button"
                    class="rc-button"
                    data-testid="remove-paragraph"
                    aria-label={t('removeParagraph', [n])}
                    onClick={() => remove(i)}
                  >
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

      {showProblems && (
        <div class="rc-error" role="alert" id={ids.problems} data-testid="problems">
          <p class="rc-error-title">{t('problemsTitle')}</p>
          <ul class="rc-error-list">
            {problems.map((problem, i) => (
              <li key={i}>{problemText(t, problem)}</li>
            ))}
          </ul>
        </div>
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
