// One of the reader's own topics on the options page: its name, the words
// and phrases that mean it (each with the language the reader meant), a
// switch to look for it, Save, and Delete with its question in the card.
// TopicEditor holds the drafts and where focus goes next.

import { useId } from 'preact/hooks';
import type { CustomTopic, TopicProblem } from '../core/custom-topics.ts';
import type { Lang } from '../core/types.ts';
import type { Translate } from '../shared/translate.ts';
import { DeleteQuestion } from './DeleteQuestion.tsx';
import { topicProblemText } from './problem-text.ts';

/** Same name and the same terms in the same order. */
export function sameTopic(a: CustomTopic, b: CustomTopic): boolean {
  return (
    a.id === b.id &&
    a.label === b.label &&
    a.terms.length === b.terms.length &&
    a.terms.every((x, i) => x.text === b.terms[i]!.text && x.lang === b.terms[i]!.lang)
  );
}

/** Where focus goes after a change in a card. */
export type FocusTarget = 'name' | 'add-term' | 'delete' | 'keep' | { term: number };

export function TopicCard(props: {
  t: Translate;
  topic: CustomTopic;
  /** The saved version; null for a topic never saved. */
  saved: CustomTopic | null;
  enabled: boolean;
  problems: TopicProblem[];
  confirming: boolean;
  onEdit(topic: CustomTopic): void;
  onSave(): void;
  onToggle(enabled: boolean): void;
  onAskDelete(): void;
  onKeep(): void;
  onConfirmDelete(): void;
  focusLater(target: FocusTarget): void;
}) {
  const { t, topic, saved } = props;
  const ids = { heading: useId(), name: useId(), terms: useId(), problems: useId() };
  const dirty = saved === null || !sameTopic(saved, topic);
  const title = topic.label.trim() || t('topicUntitled');

  const setTerms = (terms: CustomTopic['terms']) => props.onEdit({ ...topic, terms });
  const setTerm = (i: number, patch: Partial<CustomTopic['terms'][number]>) =>
    setTerms(topic.terms.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const addTerm = () => {
    props.focusLater({ term: topic.terms.length });
    setTerms([...topic.terms, { text: '', lang: null }]);
  };
  const removeTerm = (i: number) => {
    // Focus goes to the row that takes its place, or the add button after the last.
    props.focusLater(i < topic.terms.length - 1 ? { term: i } : 'add-term');
    setTerms(topic.terms.filter((_, j) => j !== i));
  };

  return (
    <li class="rc-card" data-testid="custom-topic" data-topic-id={topic.id}>
      <form class="rc-editor" noValidate aria-labelledby={ids.heading} onSubmit={(e) => e.preventDefault()}>
        <h3 class="rc-card-title" id={ids.heading}>
          {title}
          {dirty && (
            <span class="rc-badge" data-testid="unsaved">
              {t('unsavedChanges')}
            </span>
          )}
        </h3>

        {saved && (
          <label class="rc-switch-row">
            <span class="rc-switch-label">{t('topicOn')}</span>
            <input
              type="checkbox"
              role="switch"
              class="rc-switch"
              data-testid="topic-switch"
              data-topic-id={topic.id}
              checked={props.enabled}
              onChange={(e) => props.onToggle(e.currentTarget.checked)}
            />
          </label>
        )}

        <div class="rc-field">
          <label class="rc-label" for={ids.name}>
            {t('topicName')}
          </label>
          <input
            id={ids.name}
            class="rc-input"
            type="text"
            data-testid="topic-name"
            aria-required="true"
            value={topic.label}
            onInput={(e) => props.onEdit({ ...topic, label: e.currentTarget.value })}
          />
        </div>

        <fieldset class="rc-terms">
          <legend class="rc-label">{t('topicTerms')}</legend>
          {topic.terms.length > 0 && (
            <ul class="rc-terms">
              {topic.terms.map((term, i) => {
                const n = t.number(i + 1);
                return (
                  <li class="rc-term" key={i}>
                    <input
                      class="rc-input"
                      type="text"
                      data-testid="term-text"
                      aria-label={t('termText', [n])}
                      lang={term.lang ?? undefined}
                      value={term.text}
                      onInput={(e) => setTerm(i, { text: e.currentTarget.value })}
                    />
                    <select
                      class="rc-select"
                      data-testid="term-lang"
                      aria-label={t('termLang', [n])}
                      value={term.lang ?? ''}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        setTerm(i, { lang: v === 'en' || v === 'zh' ? (v as Lang) : null });
                      }}
                    >
                      <option value="">{t('termLangAny')}</option>
                      <option value="en">{t('languageEn')}</option>
                      <option value="zh">{t('languageZh')}</option>
                    </select>
                    <button
                      type="button"
                      class="rc-button rc-button--small"
                      data-testid="remove-term"
                      aria-label={t('removeTerm', [n])}
                      onClick={() => removeTerm(i)}
                    >
                      {t('remove')}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <div>
            <button type="button" class="rc-button rc-button--small" data-testid="add-term" onClick={addTerm}>
              {t('addTerm')}
            </button>
          </div>
        </fieldset>

        {props.problems.length > 0 && (
          <div class="rc-error" role="alert" id={ids.problems} data-testid="topic-problems">
            <p class="rc-error-title">{t('problemsTitle')}</p>
            <ul class="rc-error-list">
              {props.problems.map((problem, i) => (
                <li key={i}>{topicProblemText(t, problem)}</li>
              ))}
            </ul>
          </div>
        )}

        {props.confirming ? (
          <DeleteQuestion
            t={t}
            question={t('deleteTopicConfirm', [title])}
            testids={{ confirm: 'confirm-delete-topic', keep: 'keep-topic' }}
            onConfirm={props.onConfirmDelete}
            onKeep={props.onKeep}
          />
        ) : (
          <div class="rc-actions">
            <button
              type="button"
              class="rc-button rc-button--primary"
              data-testid="save-topic"
              aria-describedby={props.problems.length ? ids.problems : undefined}
              onClick={props.onSave}
            >
              {t('saveTopic')}
            </button>
            <button type="button" class="rc-button" data-testid="delete-topic" onClick={props.onAskDelete}>
              {t('deleteTopic')}
            </button>
          </div>
        )}
      </form>
    </li>
  );
}
