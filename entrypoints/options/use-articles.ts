// The "Your articles" part of the options page: the list (loaded from the
// background, which keeps the search index in step), its filter, opening an
// article in the editor, saving it and deleting one. State lives here, in
// hooks; the page only draws it.

import { useCallback, useState } from 'preact/hooks';
import { errorText, problemText } from '../../components/problem-text.ts';
import { type Problem, problemOf } from '../../core/problem.ts';
import { type ArticleDraft, draftFromRecord, draftProblems } from '../../core/user-articles.ts';
import type { ArticleSummary } from '../../shared/messages.ts';
import type { askBackground } from '../../shared/messaging.ts';
import type { Translate } from '../../shared/translate.ts';

/** How the page reaches the background; a test passes its own. */
export type Ask = typeof askBackground;

/** The article open in the editor. */
export interface Editing {
  id: string;
  draft: ArticleDraft;
  problems: Problem[];
  busy: boolean;
}

export function useArticles(t: Translate, call: Ask, notice: (text: string) => void) {
  /** null while the list loads. */
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [busyId, setBusyId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);

  const reload = useCallback(async () => {
    try {
      setArticles(await call('listArticles', undefined));
    } catch (e) {
      // An empty list, not an endless "loading", and the reason as a notice.
      setArticles([]);
      notice(errorText(t, e));
    }
  }, [t, call, notice]);

  const onEdit = async (id: string) => {
    setBusyId(id);
    try {
      const record = await call('getArticle', { id });
      if (record) setEditing({ id, draft: draftFromRecord(record), problems: [], busy: false });
      else notice(problemText(t, { code: 'articleGone' }));
    } catch (e) {
      notice(errorText(t, e));
    }
    setBusyId(null);
  };

  const onDelete = async (id: string) => {
    const row = articles?.find((a) => a.id === id);
    setBusyId(id);
    try {
      await call('deleteArticle', { id });
      notice(t('deleted', [row?.headline ?? id]));
    } catch (e) {
      notice(errorText(t, e));
    }
    setBusyId(null);
    await reload();
  };

  const onEditChange = (draft: ArticleDraft) =>
    setEditing((open) => (open ? { ...open, draft, problems: draftProblems(draft) } : open));

  const onEditSave = async () => {
    if (!editing) return;
    const problems = draftProblems(editing.draft);
    // The editor shows them; nothing goes to the background.
    if (problems.length) return setEditing({ ...editing, problems });
    setEditing({ ...editing, busy: true });
    try {
      const outcome = await call('saveArticle', { draft: editing.draft, editing: editing.id });
      if (outcome.saved) {
        notice(t('saved', [outcome.headline]));
        setEditing(null);
      }
    } catch (e) {
      // The draft stays open with the reason, so nothing the reader typed is lost.
      setEditing({ ...editing, busy: false, problems: [problemOf(e)] });
    }
    await reload();
  };

  return {
    articles,
    query,
    onQuery: setQuery,
    busyId,
    editing,
    onEdit,
    onDelete,
    onEditChange,
    onEditSave,
    onEditCancel: () => setEditing(null),
    reload,
  };
}
