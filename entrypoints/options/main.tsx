// The options page: the reader's saved articles (find, correct, delete),
// export and import, and their own topics. Articles go through the
// background, which keeps the search index in step; topics are settings that
// open tabs and the background watch.

import { render } from 'preact';
import type { ImportDecision, ImportReportData } from '../../components/ImportReport.tsx';
import { OptionsPage } from '../../components/OptionsPage.tsx';
import { PAGES_CSS } from '../../components/styles/pages.ts';
import { errorText, problemText } from '../../components/problem-text.ts';
import { type CustomTopic, type TopicProblem, customTopicId, customTopicProblems } from '../../core/custom-topics.ts';
import { type Problem, problemOf, storageProblem } from '../../core/problem.ts';
import { type ArticleDraft, draftFromRecord, draftProblems } from '../../core/user-articles.ts';
import { uiTranslator } from '../../shared/i18n.ts';
import type { ArticleSummary } from '../../shared/messages.ts';
import { askBackground as call } from '../../shared/messaging.ts';
import { customTopics, topicsOff } from '../../shared/settings.ts';

const t = uiTranslator();
document.documentElement.lang = t.lang;
document.title = t('extName');
const style = new CSSStyleSheet();
style.replaceSync(PAGES_CSS);
document.adoptedStyleSheets = [style];
const app = document.getElementById('app')!;

const state = {
  notices: [] as string[],
  articles: null as ArticleSummary[] | null,
  query: '',
  busyId: null as string | null,
  editing: null as { id: string; draft: ArticleDraft; problems: Problem[]; busy: boolean } | null,
  importReport: null as ImportReportData | null,
  importError: null as Problem | null,
  importText: null as string | null,
  transferBusy: false,
  topics: [] as CustomTopic[],
  off: [] as string[],
  topicProblems: {} as Record<string, TopicProblem[]>,
};

const message = (e: unknown) => errorText(t, e);
function notice(text: string): void {
  state.notices = [...state.notices.slice(-4), text];
}

async function loadArticles(): Promise<void> {
  try {
    state.articles = await call('listArticles', undefined);
  } catch (e) {
    state.articles = [];
    notice(message(e));
  }
  draw();
}

async function loadTopics(): Promise<void> {
  [state.topics, state.off] = await Promise.all([customTopics.get(), topicsOff.get()]);
  draw();
}

function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function runImport(text: string, decisions: Record<string, ImportDecision>): Promise<void> {
  state.transferBusy = true;
  draw();
  try {
    state.importReport = await call('importArticles', { text, decisions });
    state.importError = null;
    state.importText = text;
  } catch (e) {
    state.importReport = null;
    state.importError = problemOf(e);
  }
  state.transferBusy = false;
  await loadArticles();
}

function draw(): void {
  render(
    <OptionsPage
      t={t}
      notices={state.notices}
      articles={state.articles}
      query={state.query}
      onQuery={(q) => {
        state.query = q;
        draw();
      }}
      onEdit={async (id) => {
        state.busyId = id;
        draw();
        try {
          const record = await call('getArticle', { id });
          if (record) state.editing = { id, draft: draftFromRecord(record), problems: [], busy: false };
          else notice(problemText(t, { code: 'articleGone' }));
        } catch (e) {
          notice(message(e));
        }
        state.busyId = null;
        draw();
      }}
      onDelete={async (id) => {
        const row = state.articles?.find((a) => a.id === id);
        state.busyId = id;
        draw();
        try {
          await call('deleteArticle', { id });
          notice(t('deleted', [row?.headline ?? id]));
        } catch (e) {
          notice(message(e));
        }
        state.busyId = null;
        await loadArticles();
      }}
      busyId={state.busyId}
      editing={state.editing}
      onEditChange={(draft) => {
        if (state.editing) state.editing = { ...state.editing, draft, problems: draftProblems(draft) };
        draw();
      }}
      onEditSave={async () => {
        const editing = state.editing;
        if (!editing) return;
        const problems = draftProblems(editing.draft);
        if (problems.length) {
          state.editing = { ...editing, problems };
          return draw();
        }
        state.editing = { ...editing, busy: true };
        draw();
        try {
          const outcome = await call('saveArticle', { draft: editing.draft, editing: editing.id });
          if (outcome.saved) {
            notice(t('saved', [outcome.headline]));
            state.editing = null;
          }
        } catch (e) {
          state.editing = { ...editing, busy: false, problems: [problemOf(e)] };
        }
        await loadArticles();
      }}
      onEditCancel={() => {
        state.editing = null;
        draw();
      }}
      onExport={async (kind) => {
        state.transferBusy = true;
        draw();
        try {
          const text = await call('exportArticles', { kind });
          const day = new Date().toISOString().slice(0, 10);
          const name = `related-coverage-articles-${day}.${kind === 'json' ? 'json' : 'md'}`;
          download(text, name, kind === 'json' ? 'application/json' : 'text/markdown');
          notice(t.plural('exported', state.articles?.length ?? 0, [name]));
        } catch (e) {
          notice(message(e));
        }
        state.transferBusy = false;
        draw();
      }}
      onImportFile={async (file) => runImport(await file.text(), {})}
      importReport={state.importReport}
      importError={state.importError}
      onResolveImport={(decisions) => (state.importText ? void runImport(state.importText, decisions) : undefined)}
      transferBusy={state.transferBusy}
      topics={state.topics}
      topicsEnabled={Object.fromEntries(state.topics.map((x) => [x.id, !state.off.includes(x.id)]))}
      topicProblems={state.topicProblems}
      onSaveTopic={async (topic) => {
        const others = state.topics.filter((x) => x.id !== topic.id);
        const problems = customTopicProblems(topic, others);
        state.topicProblems = { ...state.topicProblems, [topic.id]: problems };
        if (!problems.length) {
          const clean = { ...topic, label: topic.label.trim(), terms: topic.terms.filter((x) => x.text.trim()) };
          const list = state.topics.some((x) => x.id === topic.id)
            ? state.topics.map((x) => (x.id === topic.id ? clean : x))
            : [...state.topics, clean];
          try {
            await customTopics.set(list);
            notice(t('topicSaved', [clean.label]));
          } catch (e) {
            notice(message(storageProblem(e, { action: 'saveSetting' })));
          }
        }
        await loadTopics();
      }}
      onDeleteTopic={async (id) => {
        await customTopics.set(state.topics.filter((x) => x.id !== id));
        await topicsOff.set(state.off.filter((x) => x !== id));
        await loadTopics();
      }}
      onToggleTopic={async (id, enabled) => {
        await topicsOff.set(enabled ? state.off.filter((x) => x !== id) : [...new Set([...state.off, id])]);
        await loadTopics();
      }}
      onCreateTopic={() => ({
        id: customTopicId(t('topicUntitled'), new Set(state.topics.map((x) => x.id))),
        label: '',
        terms: [{ text: '', lang: null }],
      })}
    />,
    app,
  );
}

customTopics.watch(() => void loadTopics());
topicsOff.watch(() => void loadTopics());
draw();
void loadArticles();
void loadTopics();
