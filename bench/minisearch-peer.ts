// MiniSearch, a well-kept inverted-index search library, as the ranking's
// peer: the same passages, asked about the same request our ranker gets (the
// page's title and the parts of its text the content script sends), top 5
// by its BM25+ score. The question is put the way our ranker puts its own:
// the page's 30 words with the highest tf·idf, joined by OR. (Asked with
// every word of the page, MiniSearch took 3.6 s a page at 10,000 passages:
// a strawman, not a peer.) Latin words are its tokens, lower-cased; Chinese
// runs become character bigrams, as our index makes them. No stemming, no
// fuzzy or prefix matching.

import MiniSearch from 'minisearch';
import type { Passage } from '../core/types.ts';
import type { PageQuery } from '../core/rank.ts';

const HAN = /\p{Script=Han}/u;
const WORDS = /[\p{L}\p{N}]+/gu;

/** Latin words lower-cased; each Han run as overlapping bigrams (a lone character stays whole). */
export function peerTokens(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.matchAll(WORDS)) {
    if (!HAN.test(word)) {
      out.push(word.toLowerCase());
      continue;
    }
    // A run may mix Han and Latin (e.g. "AI治理"): split it into its scripts first.
    for (const [part] of word.matchAll(/\p{Script=Han}+|[^\p{Script=Han}]+/gu)) {
      if (!HAN.test(part)) out.push(part.toLowerCase());
      else if (part.length === 1) out.push(part);
      else for (let i = 0; i + 1 < part.length; i++) out.push(part.slice(i, i + 2));
    }
  }
  return out;
}

/** Words in a question, as many as our ranker takes (core/rank.ts, MAX_WORDS). */
const QUERY_WORDS = 30;

export interface Peer {
  search: MiniSearch<Pick<Passage, 'id' | 'text'>>;
  /** In how many passages each token occurs, to pick the question's words. */
  df: Map<string, number>;
  passages: number;
}

export function buildPeer(passages: readonly Passage[]): Peer {
  const search = new MiniSearch<Pick<Passage, 'id' | 'text'>>({ fields: ['text'], storeFields: [], tokenize: peerTokens, processTerm: (t) => t });
  search.addAll(passages.map((p) => ({ id: p.id, text: p.text })));
  const df = new Map<string, number>();
  for (const p of passages) for (const t of new Set(peerTokens(p.text))) df.set(t, (df.get(t) ?? 0) + 1);
  return { search, df, passages: passages.length };
}

/** The ids of MiniSearch's top `top` passages for a page. */
export function peerTop(peer: Peer, page: PageQuery, top: number): string[] {
  const tf = new Map<string, number>();
  for (const t of peerTokens(`${page.title ?? ''}\n${page.text}`)) tf.set(t, (tf.get(t) ?? 0) + 1);
  const words = [...tf]
    .filter(([t]) => peer.df.has(t))
    .map(([t, n]) => [t, (1 + Math.log(n)) * Math.log(peer.passages / peer.df.get(t)!)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, QUERY_WORDS)
    .map(([t]) => t);
  return peer.search
    .search(words.join(' '), { combineWith: 'OR', prefix: false, fuzzy: false })
    .slice(0, top)
    .map((r) => String(r.id));
}
