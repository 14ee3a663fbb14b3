// Every message that crosses a context boundary, one typed call map per
// direction (content -> background, background -> content, popup -> content,
// options -> background). The rpc helpers refuse anything not listed here.

import type { MatchReasons } from '../core/rank.ts';
import type { Problem } from '../core/problem.ts';
import type { ArticleDraft, RecordProblem, UserArticleRecord } from '../core/user-articles.ts';
import type { ArticleMeta } from '../core/types.ts';

/** A passage as the sidebar shows it: plain data, safe to structured-clone. */
export interface PassageView {
  id: string;
  text: string;
  section: string | null;
  article: ArticleMeta;
  score: number;
  matched: string[];
  highlights: Array<[number, number]>;
  reasons: MatchReasons;
}

export interface TopicCount {
  id: string;
  label: string;
  count: number;
}

export interface RankRequest {
  title: string;
  /** Only the parts of the page the ranking needs: the lead and the paragraphs with mentions. */
  text: string;
  topics: string[];
  published: string | null;
}

export interface TabStatus {
  host: string;
  siteDisabled: boolean;
  topics: TopicCount[];
  sidebar: 'open' | 'collapsed' | 'none';
}

export type ContentToBackground = {
  rank: { params: RankRequest; result: PassageView[] };
  search: { params: { query: string }; result: PassageView[] };
  /** Mentions on the sender's tab, for the toolbar badge; 0 clears it. */
  setBadge: { params: { count: number }; result: null };
  /** "Add this page to my corpus": opens the save page for the sender's tab. */
  openSavePage: { params: Record<string, never>; result: null };
};

/** The page the save page turns into an article. */
export interface PageForSaving {
  html: string;
  url: string;
  title: string;
  lang: string | null;
}

export interface ArticleSummary {
  id: string;
  headline: string;
  outlet: string;
  published: string | null;
  url: string | null;
  savedAt: string;
  passages: number;
}

export type SaveOutcome =
  | { saved: true; id: string; headline: string }
  | { saved: false; conflict: { id: string; headline: string; savedAt: string } };

export interface ImportOutcome {
  imported: string[];
  /** Already saved exactly as in the file. */
  unchanged: string[];
  rejected: Array<{ position: number; id: string | null; problem: RecordProblem }>;
  /** Saved in another version: the reader decides. */
  conflicts: Array<{ id: string; headline: string; savedAt: string; incomingSavedAt: string }>;
}

/** From the extension's own pages (save page, options page, popup). */
export type PagesToBackground = {
  listArticles: { params: Record<string, never>; result: ArticleSummary[] };
  getArticle: { params: { id: string }; result: UserArticleRecord | null };
  saveArticle: { params: { draft: ArticleDraft; editing?: string; replace?: boolean }; result: SaveOutcome };
  deleteArticle: { params: { id: string }; result: null };
  exportArticles: { params: { kind: 'json' | 'markdown' }; result: string };
  importArticles: { params: { text: string; decisions: Record<string, 'replace' | 'keep'> }; result: ImportOutcome };
  openSavePage: { params: { tabId: number }; result: null };
};

export type BackgroundToContent = {
  toggleSidebar: { params: Record<string, never>; result: null };
};

export type PopupToContent = {
  getStatus: { params: Record<string, never>; result: TabStatus };
  toggleSidebar: { params: Record<string, never>; result: null };
  /** The page as it is now, for the save page. */
  getPageForSaving: { params: Record<string, never>; result: PageForSaving };
};

export type CallMap = Record<string, { params: unknown; result: unknown }>;

/** The envelope on the wire; `rc` tells our messages from anyone else's. */
export interface Envelope<M extends CallMap, K extends keyof M = keyof M> {
  rc: 1;
  method: K;
  params: M[K]['params'];
}

export type Reply<R> = { ok: true; result: R } | { ok: false; error: string; problem?: Problem };
