// The reader's own topics, one TopicCard each: a name, the words and phrases that mean it (each
// with the language the reader meant), a switch to look for it, Save and
// Delete. Edits stay in the editor until Save sends the whole topic; a new
// topic (from onCreate) is only the editor's until it is first saved.
// Presentational: the options entry validates, stores and toggles.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { CustomTopic, TopicProblem } from '../core/custom-topics.ts';
import type { Translate } from '../shared/translate.ts';
import { type FocusTarget, TopicCard, sameTopic } from './TopicCard.tsx';

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
