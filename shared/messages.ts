// Every message that crosses a context boundary, one typed call map per
// direction (content -> background, background -> content, popup -> content,
// options -> background). The rpc helpers refuse anything not listed here.

import type { MatchReasons } from '../core/rank.ts';
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
};

export type BackgroundToContent = {
  toggleSidebar: { params: Record<string, never>; result: null };
};

export type PopupToContent = {
  getStatus: { params: Record<string, never>; result: TabStatus };
  toggleSidebar: { params: Record<string, never>; result: null };
};

export type CallMap = Record<string, { params: unknown; result: unknown }>;

/** The envelope on the wire; `rc` tells our messages from anyone else's. */
export interface Envelope<M extends CallMap, K extends keyof M = keyof M> {
  rc: 1;
  method: K;
  params: M[K]['params'];
}

export type Reply<R> = { ok: true; result: R } | { ok: false; error: string };
