// The save page: opened beside the tab the reader wants to keep. It reads
// the tab's page, shows the article it found for the reader to correct, and
// saves it through the background, which indexes it at once.

import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { UnknownFact } from '../../components/ArticleFields.tsx';
import { SavePage, type SavePageState } from '../../components/SavePage.tsx';
import { PAGES_CSS } from '../../components/styles/pages.ts';
import { type ArticleDraft, draftProblems } from '../../core/user-articles.ts';
import { problemOf } from '../../core/problem.ts';
import { uiTranslator } from '../../shared/i18n.ts';
import { askBackground } from '../../shared/messaging.ts';
import { draftFromPage } from './article-from-page.ts';

const t = uiTranslator();
document.documentElement.lang = t.lang;
document.title = t('addPage');
const style = new CSSStyleSheet();
style.replaceSync(PAGES_CSS);
document.adoptedStyleSheets = [style];
const app = document.getElementById('app')!;

let state: SavePageState = { kind: 'loading' };
/** What the page did not give, as first read: kept while the reader edits. */
let notFound: UnknownFact[] = [];

function editing(draft: ArticleDraft, extra: Partial<Extract<SavePageState, { kind: 'editing' }>> = {}): SavePageState {
  return { kind: 'editing', draft, problems: draftProblems(draft), busy: false, conflict: null, notFound, ...extra };
}

async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}

async function save(replace: boolean): Promise<void> {
  if (state.kind !== 'editing' || state.problems.length) return;
  const draft = state.draft;
  state = { ...state, busy: true };
  draw();
  try {
    const outcome = await askBackground('saveArticle', { draft, replace });
    state = outcome.saved ? { kind: 'saved', headline: outcome.headline } : editing(draft, { conflict: outcome.conflict });
  } catch (e) {
    state = editing(draft, { problems: [problemOf(e)] });
  }
  draw();
}

function draw(): void {
  render(
    <SavePage
      t={t}
      state={state}
      onChange={(draft) => {
        state = editing(draft);
        draw();
      }}
      onSave={() => void save(false)}
      onReplace={() => void save(true)}
      onCancel={() => void closeTab()}
      onClose={() => void closeTab()}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />,
    app,
  );
}

async function start(): Promise<void> {
  draw();
  const tabId = Number(new URLSearchParams(location.search).get('tab'));
  if (!Number.isInteger(tabId)) {
    state = { kind: 'error', message: t('saveNoTab') };
    return draw();
  }
  try {
    const page = await askBackground('tabPageForSaving', { tabId });
    const parser = new DOMParser();
    const draft = draftFromPage(page, (html) => parser.parseFromString(html, 'text/html'));
    notFound = [
      ...(draft.outlet === '' ? (['outlet'] as const) : []),
      ...(draft.author === null ? (['author'] as const) : []),
      ...(draft.published === null ? (['published'] as const) : []),
    ];
    state = editing(draft);
  } catch (e) {
    state = { kind: 'error', message: t('saveUnreadable', [e instanceof Error ? e.message : String(e)]) };
  }
  draw();
}

void start();
