// What crosses a context boundary: the data of every message, and one
// protocol map per direction (see messaging.ts for how they are sent and
// received). Types only: nothing here ships as code.

import type { MatchReasons } from '../core/rank.ts';
import type { ArticleDraft } from '../core/user-articles.ts';
import type { RecordProblem, UserArticleRecord } from '../core/user-record.ts';
import type { ArticleMeta } from '../core/types.ts';
import type { Formatted } from './translate.ts';

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
  /**
   * Its date and "why" lists as the background formatted them (the sidebar
   * makes no Intl formatter for them): search results carry them; ranked
   * passages do not, and the sidebar asks `formats` for theirs.
   */
  formatted?: Formatted;
}

/**
 * `formats`: the dates (as articles give them: YYYY, YYYY-MM or YYYY-MM-DD)
 * and "why" lists (shared/why-lists.ts) the sidebar is about to show, to be
 * formatted in the interface's language by the background, where Intl's
 * first use is paid once per worker and not on the reader's page.
 */
export interface FormatRequest {
  dates: string[];
  lists: string[][];
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

/**
 * What the engine sends to be detected: the visible text it extracted. The
 * background's detector is warm, so the page never loads or builds one.
 */
export interface DetectRequest {
  /** The whole text; or, for a long page, only the parts detection reads (core/sparse-text.ts). */
  text: string | { length: number; pieces: Array<[number, string]> };
  /** The topics the reader switched off: not looked for. */
  off: string[];
}

/**
 * The background's answer to `detect`: the topics found, and the settings it
 * applied (the request's and the stored ones: a page may ask before it read
 * them), which the page keeps with the answer so that a change asks again.
 */
export interface DetectAnswer {
  matches: PageMatch[];
  /** The topics left out, sorted. */
  off: string[];
  /** The page's site is switched off: nothing was looked for. */
  siteOff: boolean;
}

/**
 * `rank` for a page whose topics are not known yet: its whole text, in which
 * the background finds them as it would answer `detect`, and what else the
 * rank request is made of (shared/rank-request.ts). One message instead of
 * `detect` and then `rank`: the page's work up to its request is the
 * extraction alone, and the background ranks at once. A long page sends its
 * text in parts (DetectRequest) and still asks twice.
 */
export interface PageRankRequest {
  detect: { text: string; off: string[] };
  page: { title: string; published: string | null; blocks: Array<[number, number]> };
}

/** The answer to `rank`: the passages (or why there are none), and for a PageRankRequest the topics found, as `detect` answers them. */
export interface RankAnswer {
  passages: PassageView[];
  /** The ranking failed (the topics found still stand): the sidebar says so. */
  error: string | null;
  detected: DetectAnswer | null;
}

/** A topic found on the page: its name in the reader's language and its mentions, as offsets in the request's text. */
export interface PageMatch {
  id: string;
  label: string;
  mentions: Array<{ start: number; end: number }>;
}

export type SidebarMode = 'open' | 'collapsed' | 'none';

/** What the popup shows about a tab. */
export interface TabStatus {
  host: string;
  siteDisabled: boolean;
  /** The topics the tab's content script reported on a hit; empty for a page that never reported. */
  topics: TopicCount[];
  sidebar: SidebarMode;
}

/** What a content script says about its page when asked (background -> content `status`). */
export interface PageStatus {
  /** Tells this document from an earlier one in the same tab: reports of another page are not this page's. */
  pageId: string;
  host: string;
  sidebar: SidebarMode;
  /** True once the script has looked at the page and nothing is pending: no look running, no rescan scheduled. */
  settled: boolean;
}

/** A content script's report after a hit, and after every change to it (topics [] once the hit is gone). */
export interface PageReport {
  pageId: string;
  topics: TopicCount[];
}

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

/** Content script -> background. Received in entrypoints/background/index.ts. */
export interface ContentToBackground {
  /** The topics in a long page's text, sent in parts (entrypoints/background/page-detector.ts); the page asks for passages next. */
  detect(request: DetectRequest): DetectAnswer;
  /** Passages for the topics found (RankRequest), or for those the background finds in the page's text first (PageRankRequest). */
  rank(request: RankRequest | PageRankRequest): RankAnswer;
  search(request: { query: string }): PassageView[];
  /** The sidebar's dates and lists in the interface's language (background/passage-formats.ts). */
  formats(request: FormatRequest): Formatted;
  /** The page's topics: kept per tab for the popup, and their mentions counted on the toolbar badge. */
  reportPage(report: PageReport): void;
  /** "Add this page to my corpus" in the sidebar: opens the save page for the sender's tab. */
  savePage(): void;
}

/** Extension pages (popup, options, save) -> background. Received in entrypoints/background/index.ts. */
export interface PagesToBackground {
  listArticles(): ArticleSummary[];
  getArticle(request: { id: string }): UserArticleRecord | null;
  saveArticle(request: { draft: ArticleDraft; editing?: string; replace?: boolean }): SaveOutcome;
  deleteArticle(request: { id: string }): void;
  exportArticles(request: { kind: 'json' | 'markdown' }): string;
  importArticles(request: { text: string; decisions: Record<string, 'replace' | 'keep'> }): ImportOutcome;
  /** What the popup shows for a tab; null where no content script runs (browser pages, stores). */
  tabStatus(request: { tabId: number }): TabStatus | null;
  toggleTabSidebar(request: { tabId: number }): void;
  /** Opens the save page beside a tab. */
  saveTabPage(request: { tabId: number }): void;
  /** The tab's page as it is now, for the save page. */
  tabPageForSaving(request: { tabId: number }): PageForSaving;
}

/** Background -> content script. Received in entrypoints/content/page-gate.ts. */
export interface BackgroundToContent {
  status(): PageStatus;
  toggleSidebar(): void;
  pageForSaving(): PageForSaving;
  /**
   * Chrome: what decides whether and for what the gate looks changed: the
   * reader's own topics came or went (background/custom-topics-flag.ts), or
   * the page is no longer switched off (background/gate-off.ts). The gate
   * reads the settings and looks again.
   */
  settingsChanged(): void;
}
