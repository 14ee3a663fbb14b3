// The facts about the source in the article editor: headline, outlet,
// author, date, language, web address and note. A problem is marked at its
// field (aria-invalid, and its sentence under the field, which the field
// names with aria-describedby); a fact the page did not give says so while
// the field is empty. Empty means unknown: nothing is filled in here.

import type { TargetedEvent } from 'preact';
import { useId } from 'preact/hooks';
import { parseTypedDate } from '../core/typed-date.ts';
import type { ArticleDraft } from '../core/user-articles.ts';
import type { Translate } from '../shared/translate.ts';
import type { DraftField } from './draft-edits.ts';
import { Field } from './Field.tsx';

/** Facts the page did not give, so the form can say why a field is empty. */
export type UnknownFact = 'outlet' | 'author' | 'published';

export interface ArticleFieldsProps {
  t: Translate;
  draft: ArticleDraft;
  set(patch: Partial<ArticleDraft>): void;
  /** The sentence for each field with a problem, once the reader has tried to save. */
  errors: Partial<Record<DraftField, string>>;
  notFound: readonly UnknownFact[];
}

/** Empty (or only spaces) means unknown. */
const orNull = (value: string) => (value.trim() === '' ? null : value);
const value = (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => e.currentTarget.value;

/** The ids a field's aria-describedby lists: its hint, its "not found" note, its problem. */
const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || undefined;

/** The lines under a field: its hint, that the page did not say, and its problem. */
function Notes(props: { hint?: [string, string]; notFound?: [string, string] | false; error?: [string, string] | false; field: string }) {
  return (
    <>
      {props.hint && (
        <p class="rc-hint" id={props.hint[0]}>
          {props.hint[1]}
        </p>
      )}
      {props.notFound && (
        <p class="rc-hint rc-not-found" id={props.notFound[0]} data-testid={`not-found-${props.field}`}>
          {props.notFound[1]}
        </p>
      )}
      {props.error && (
        <p class="rc-field-error" id={props.error[0]} data-testid={`error-${props.field}`}>
          {props.error[1]}
        </p>
      )}
    </>
  );
}

export function ArticleFields(props: ArticleFieldsProps) {
  const { t, draft, set, errors } = props;
  const id = {
    headline: useId(),
    outlet: useId(),
    author: useId(),
    published: useId(),
    url: useId(),
    language: useId(),
    note: useId(),
  };
  const hintOf = (name: string) => `${name}-hint`;
  const errorOf = (name: string) => `${name}-error`;
  const notFoundOf = (name: string) => `${name}-not-found`;
  const unknown = (fact: UnknownFact) => {
    const empty = fact === 'outlet' ? draft.outlet.trim() === '' : draft[fact] === null;
    return props.notFound.includes(fact) && empty;
  };
  /** aria-invalid and aria-describedby for a field, and the notes under it. */
  const marks = (field: DraftField | 'author' | 'note', hint?: string, fact?: UnknownFact) => {
    const base = id[field as keyof typeof id];
    const error = field in errors ? errors[field as DraftField] : undefined;
    const notFound = fact !== undefined && unknown(fact);
    return {
      attrs: {
        'aria-invalid': error ? ('true' as const) : undefined,
        'aria-describedby': describedBy(hint && hintOf(base), notFound && notFoundOf(base), error && errorOf(base)),
      },
      note: (
        <Notes
          field={field}
          hint={hint ? [hintOf(base), hint] : undefined}
          notFound={notFound && [notFoundOf(base), t('notFoundOnPage')]}
          error={error ? [errorOf(base), error] : false}
        />
      ),
    };
  };
  const headline = marks('headline');
  const outlet = marks('outlet', undefined, 'outlet');
  const author = marks('author', undefined, 'author');
  const published = marks('published', t('publishedHint'), 'published');
  const language = marks('language');
  const url = marks('url', t('urlHint'));
  const note = marks('note', t('noteHint'));

  return (
    <>
      <Field id={id.headline} label={t('fieldHeadline')} note={headline.note}>
        <input
          id={id.headline}
          class="rc-input"
          type="text"
          data-testid="field-headline"
          lang={draft.language}
          aria-required="true"
          {...headline.attrs}
          value={draft.headline}
          onInput={(e) => set({ headline: value(e) })}
        />
      </Field>

      <div class="rc-field-row">
        <Field id={id.outlet} label={t('fieldOutlet')} note={outlet.note}>
          <input
            id={id.outlet}
            class="rc-input"
            type="text"
            data-testid="field-outlet"
            aria-required="true"
            {...outlet.attrs}
            value={draft.outlet}
            onInput={(e) => set({ outlet: value(e) })}
          />
        </Field>
        <Field id={id.author} label={t('fieldAuthor')} note={author.note}>
          <input
            id={id.author}
            class="rc-input"
            type="text"
            data-testid="field-author"
            {...author.attrs}
            value={draft.author ?? ''}
            onInput={(e) => set({ author: orNull(value(e)) })}
          />
        </Field>
      </div>

      <div class="rc-field-row">
        <Field id={id.published} label={t('fieldPublished')} note={published.note}>
          <input
            id={id.published}
            class="rc-input"
            type="text"
            autocomplete="off"
            spellcheck={false}
            data-testid="field-published"
            placeholder={t('publishedPlaceholder')}
            {...published.attrs}
            value={draft.published ?? ''}
            onInput={(e) => set({ published: orNull(value(e)) })}
            // Leaving the field writes a date typed as people write it
            // ("20 Nov 2024", "2024年11月20日") in the form it is stored in.
            onChange={(e) => {
              const typed = value(e).trim();
              set({ published: orNull(parseTypedDate(typed) ?? typed) });
            }}
          />
        </Field>
        <Field id={id.language} label={t('fieldLanguage')} note={language.note}>
          <select
            id={id.language}
            class="rc-select"
            data-testid="field-language"
            {...language.attrs}
            value={draft.language}
            onChange={(e) => set({ language: value(e) === 'zh' ? 'zh' : 'en' })}
          >
            <option value="en">{t('languageEn')}</option>
            <option value="zh">{t('languageZh')}</option>
          </select>
        </Field>
      </div>

      <Field id={id.url} label={t('fieldUrl')} note={url.note}>
        <input
          id={id.url}
          class="rc-input"
          type="url"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          data-testid="field-url"
          placeholder="https://"
          {...url.attrs}
          value={draft.url ?? ''}
          onInput={(e) => set({ url: orNull(value(e)) })}
          onChange={(e) => set({ url: orNull(value(e).trim()) })}
        />
      </Field>

      <Field id={id.note} label={t('fieldNote')} note={note.note}>
        <textarea
          id={id.note}
          class="rc-textarea"
          rows={2}
          data-testid="field-note"
          {...note.attrs}
          value={draft.note ?? ''}
          onInput={(e) => set({ note: orNull(value(e)) })}
        />
      </Field>
    </>
  );
}
