// The options page: the reader's saved articles (the list, or the editor
// while one is open), exporting and importing them, and their own topics,
// with a status area for what just happened. Presentational: the options
// entry (OptionsApp and its hooks in entrypoints/options/) loads, saves and
// talks to the background; every prop is flat and passed straight to the
// part that uses it.

import { useEffect, useId, useRef } from 'preact/hooks';
import type { CustomTopic, TopicProblem } from '../core/custom-topics.ts';
import type { Problem } from '../core/problem.ts';
import type { ArticleDraft } from '../core/user-articles.ts';
import { ArticleEditor } from './ArticleEditor.tsx';
import type { ArticleSummary } from '../shared/messages.ts';
import type { Translate } from '../shared/translate.ts';
import { ArticleList } from './ArticleList.tsx';
import { Field } from './Field.tsx';
import { type ImportDecision, ImportReport, type ImportReportData } from './ImportReport.tsx';
import { TopicEditor } from './TopicEditor.tsx';

export interface OptionsPageProps {
  t: Translate;
  /** Already translated, newest last: "Saved", "Storage is full: …". Announced politely. */
  notices: string[];

  // Your articles
  /** The saved articles; null while they load. */
  articles: ArticleSummary[] | null;
  /** The filter over the list, as typed. */
  query: string;
  onQuery(query: string): void;
  /** Open an article in the editor (the caller loads it and sets `editing`). */
  onEdit(id: string): void;
  /** Delete an article; called only after the reader confirmed. */
  onDelete(id: string): void;
  /** The article being opened or deleted. */
  busyId: string | null;
  /** The article open in the editor, which then replaces the list; null when none. */
  editing: { id: string; draft: ArticleDraft; problems: Problem[]; busy: boolean } | null;
  onEditChange(draft: ArticleDraft): void;
  onEditSave(): void;
  /** Leave the editor without saving. */
  onEditCancel(): void;

  // Export and import
  onExport(kind: 'json' | 'markdown'): void;
  /** The file the reader chose to import. */
  onImportFile(file: File): void;
  /** What the last import did; null before one. */
  importReport: ImportReportData | null;
  /** Why the last file could not be imported at all; null when it could. */
  importError: Problem | null;
  /** The reader's choice for each conflict: 'keep' unless they chose 'replace'. */
  onResolveImport(decisions: Record<string, ImportDecision>): void;
  /** An export or import is running: its controls wait. */
  transferBusy: boolean;

  // Your topics
  topics: CustomTopic[];
  /** Whether each topic is looked for; missing means on. */
  topicsEnabled: Record<string, boolean>;
  /** Per topic id, from customTopicProblems. */
  topicProblems: Record<string, TopicProblem[]>;
  onSaveTopic(topic: CustomTopic): void;
  onDeleteTopic(id: string): void;
  onToggleTopic(id: string, enabled: boolean): void;
  /** A new empty topic with its id. */
  onCreateTopic(): CustomTopic;
}

export function OptionsPage(props: OptionsPageProps) {
  const { t, editing } = props;
  const ids = {
    title: useId(),
    articles: useId(),
    transfer: useId(),
    file: useId(),
    fileHint: useId(),
    topics: useId(),
  };
  const articlesHeading = useRef<HTMLHeadingElement>(null);

  // Leaving the editor (saved or cancelled) returns to the list's heading,
  // since the button that opened the editor is not there any more.
  const wasEditing = useRef(editing !== null);
  useEffect(() => {
    if (wasEditing.current && editing === null) articlesHeading.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing === null]);

  return (
    <main class="rc-page" data-testid="options-page" aria-labelledby={ids.title}>
      <header class="rc-page-header">
        <h1 class="rc-page-title" id={ids.title}>
          {t('extName')}
        </h1>
        <p class="rc-page-intro">{t('optionsIntro')}</p>
        <div class="rc-notices-area" role="status" aria-label={t('noticesHeading')} data-testid="notices">
          <ul class="rc-notices">
            {props.notices.map((notice, i) => (
              <li key={i}>{notice}</li>
            ))}
          </ul>
        </div>
      </header>

      <section class="rc-page-section" aria-labelledby={ids.articles} data-testid="articles-section">
        <h2 class="rc-page-heading" id={ids.articles} ref={articlesHeading} tabIndex={-1}>
          {t('articlesHeading')}
        </h2>
        {editing ? (
          <ArticleEditor
            key={editing.id}
            t={t}
            mode="edit"
            headingLevel={3}
            draft={editing.draft}
            problems={editing.problems}
            busy={editing.busy}
            onChange={props.onEditChange}
            onSave={props.onEditSave}
            onCancel={props.onEditCancel}
          />
        ) : props.articles === null ? (
          <p class="rc-muted" role="status" data-testid="articles-loading">
            {t('articlesLoading')}
          </p>
        ) : (
          <ArticleList
            t={t}
            articles={props.articles}
            query={props.query}
            onQuery={props.onQuery}
            onEdit={props.onEdit}
            onDelete={props.onDelete}
            busyId={props.busyId}
          />
        )}
      </section>

      <section class="rc-page-section" aria-labelledby={ids.transfer} data-testid="transfer-section">
        <h2 class="rc-page-heading" id={ids.transfer}>
          {t('transferHeading')}
        </h2>
        <p class="rc-hint">{t('exportHelp')}</p>
        <div class="rc-actions">
          <button
            type="button"
            class="rc-button"
            data-testid="export-json"
            disabled={props.transferBusy}
            onClick={() => props.onExport('json')}
          >
            {t('exportJson')}
          </button>
          <button
            type="button"
            class="rc-button"
            data-testid="export-markdown"
            disabled={props.transferBusy}
            onClick={() => props.onExport('markdown')}
          >
            {t('exportMarkdown')}
          </button>
        </div>
        <Field
          id={ids.file}
          label={t('importJson')}
          note={
            <p class="rc-hint" id={ids.fileHint}>
              {t('importHelp')}
            </p>
          }
        >
          <input
            id={ids.file}
            class="rc-input"
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            aria-describedby={ids.fileHint}
            disabled={props.transferBusy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              // Emptied, so choosing the same file again (after fixing it) imports again.
              input.value = '';
              if (file) props.onImportFile(file);
            }}
          />
        </Field>
        <ImportReport
          t={t}
          report={props.importReport}
          error={props.importError}
          onResolve={props.onResolveImport}
          busy={props.transferBusy}
        />
      </section>

      <section class="rc-page-section" aria-labelledby={ids.topics} data-testid="topics-section">
        <h2 class="rc-page-heading" id={ids.topics}>
          {t('ownTopicsHeading')}
        </h2>
        <TopicEditor
          t={t}
          topics={props.topics}
          enabled={props.topicsEnabled}
          problems={props.topicProblems}
          onSave={props.onSaveTopic}
          onDelete={props.onDeleteTopic}
          onToggle={props.onToggleTopic}
          onCreate={props.onCreateTopic}
        />
      </section>
    </main>
  );
}
