// The reader's own topics: a name, the words and phrases that mean it (each
// with the language the reader meant), a switch to look for it, Save and
// Delete. Edits stay in the editor until Save sends the whole topic; a new
// topic (from onCreate) is only the editor's until it is first saved.
// Presentational: the options entry validates, stores and toggles.

import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { CustomTopic } from '../core/custom-topics.ts';
import type { Lang } from '../core/types.ts';
import type { TopicProblem } from '../core/custom-topics.ts';
import type { Translate } from '../shared/translate.ts';
import { topicProblemText } from './problem-text.ts';

export interface TopicEditorProps {
  t: Translate;
  /** The saved topics, in order. */
  topics: CustomTopic[];
  /** Whether each saved topic is looked for; a topic missing here is on. */
  enabled: Record<string, boolean>;
  /** Per topic id, from customTopicProblems (e.g. after a refused save). */
  problems: Record<string, TopicProblem[]>;
  /** The whole topic as the reader left it, empty rows included; the caller validates. */
  onSave(topic: CustomTopic): void;
  /** Only for saved topics, after the reader confirmed. */
  onDelete(id: string): void;
  onToggle(id: string, enabled: boolean): void;
  /** A new empty topic with its id; the editor holds it until it is saved. */
  onCreate(): CustomTopic;
}

/** Same name and the same terms in the same order. */
export function sameTopic(a: CustomTopic, b: CustomTopic): boolean {
  return (
    a.id === b.id &&
    a.label === b.label &&
    a.terms.length === b.terms.length &&
    a.terms.every((x, i) => x.text === b.terms[i]!.text && x.lang === b.terms[i]!.lang)
  );
}

type FocusTarget = 'name' | 'add-term' | 'delete' | 'keep' | { term: number };

export function TopicEditor(props: TopicEditorProps) {
  const { t, topics } = props;
  const [drafts, setDrafts] = useState<Record<string, CustomTopic>>({});
  const [created, setCreated] = useState<string[]>([]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const pending = useRef<{ id: string | null; target: FocusTarget | 'new-topic' } | null>(null);

  // Once saved, a topic is the caller's: its draft goes when it matches, a
  // created one joins the saved list, and a deleted one's draft is dropped.
  useEffect(() => {
    const saved = new Map(topics.map((x) => [x.id, x]));
    setCreated((ids) => {
      const next = ids.filter((id) => !saved.has(id));
      return next.length === ids.length ? ids : next;
    });
    setDrafts((all) => {
      let changed = false;
      const next: Record<string, CustomTopic> = {};
      for (const [id, draft] of Object.entries(all)) {
        const s = saved.get(id);
        if (s ? sameTopic(s, draft) : !created.includes(id)) changed = true;
        else next[id] = draft;
      }
      return changed ? next : all;
    });
  }, [topics]);

  useEffect(() => {
    const want = pending.current;
    if (!want || !rootRef.current) return;
    pending.current = null;
    const root = rootRef.current;
    if (want.target === 'new-topic') {
      root.querySelector<HTMLElement>('[data-testid="new-topic"]')?.focus();
      return;
    }
    const card = [...root.querySelectorAll<HTMLElement>('[data-testid="custom-topic"]')].find(
      (el) => el.getAttribute('data-topic-id') === want.id,
    );
    if (!card) return;
    const target = want.target;
    const el =
      typeof target === 'object'
        ? card.querySelectorAll<HTMLElement>('[data-testid="term-text"]')[target.term] ??
          card.querySelector<HTMLElement>('[data-testid="add-term"]')
        : card.querySelector<HTMLElement>(
            `[data-testid="${
              target === 'name' ? 'topic-name' : target === 'delete' ? 'delete-topic' : target === 'keep' ? 'keep-topic' : 'add-term'
            }"]`,
          );
    el?.focus();
  });

  const focusLater = (id: string | null, target: FocusTarget | 'new-topic') => {
    pending.current = { id, target };
  };

  const savedIds = new Set(topics.map((x) => x.id));
  const shown: Array<{ topic: CustomTopic; saved: CustomTopic | null }> = [
    ...topics.map((s) => ({ topic: drafts[s.id] ?? s, saved: s })),
    ...created.filter((id) => !savedIds.has(id) && drafts[id]).map((id) => ({ topic: drafts[id]!, saved: null })),
  ];

  const edit = (topic: CustomTopic) => setDrafts((all) => ({ ...all, [topic.id]: topic }));

  const create = () => {
    const topic = props.onCreate();
    setDrafts((all) => ({ ...all, [topic.id]: topic }));
    setCreated((ids) => [...ids, topic.id]);
    focusLater(topic.id, 'name');
  };

  const remove = (id: string, saved: boolean) => {
    setConfirming(null);
    setDrafts(({ [id]: _gone, ...rest }) => rest);
    setCreated((ids) => ids.filter((x) => x !== id));
    focusLater(null, 'new-topic');
    if (saved) props.onDelete(id);
  };

  return (
    <div class="rc-page-section" data-testid="topic-editor" ref={rootRef}>
      <p class="rc-hint" data-testid="topics-help">
        {t('topicsHelp')}
      </p>
      {shown.length === 0 ? (
        <p class="rc-muted" data-testid="no-topics">
          {t('topicsEmpty')}
        </p>
      ) : (
        <ul class="rc-cards">
          {shown.map(({ topic, saved }) => (
            <TopicCard
              key={topic.id}
              t={t}
              topic={topic}
              saved={saved}
              enabled={props.enabled[topic.id] !== false}
              problems={props.problems[topic.id] ?? []}
              confirming={confirming === topic.id}
              onEdit={edit}
              onSave={() => props.onSave(topic)}
              onToggle={(on) => props.onToggle(topic.id, on)}
              onAskDelete={() => {
                setConfirming(topic.id);
                focusLater(topic.id, 'keep');
              }}
              onKeep={() => {
                setConfirming(null);
                focusLater(topic.id, 'delete');
              }}
              onConfirmDelete={() => remove(topic.id, saved !== null)}
              focusLater={(target) => focusLater(topic.id, target)}
            />
          ))}
        </ul>
      )}
      <div>
        <button type="button" class="rc-button" data-testid="new-topic" onClick={create}>
          {t('newTopic')}
        </button>
      </div>
    </div>
  );
}

function TopicCard(props: {
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
  const ids = { heading: useId(), name: useId(), terms: useId(), problems: useId(), question: useId() };
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

  const onQuestionKey = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && !e.isComposing) {
      e.preventDefault();
      props.onKeep();
    }
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
          <div class="rc-confirm" role="group" aria-labelledby={ids.question} onKeyDown={onQuestionKey}>
            <p id={ids.question}>{t('deleteTopicConfirm', [title])}</p>
            <div class="rc-actions">
              <button type="button" class="rc-button rc-button--danger" data-testid="confirm-delete-topic" onClick={props.onConfirmDelete}>
                {t('deleteForGood')}
              </button>
              <button type="button" class="rc-button" data-testid="keep-topic" onClick={props.onKeep}>
                {t('keep')}
              </button>
            </div>
          </div>
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
