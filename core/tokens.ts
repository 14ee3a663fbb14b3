// Words for ranking and search: English words are lower-cased and stemmed
// (Porter, so "regulations" meets "regulate"); Chinese, which has no spaces,
// is cut into overlapping character pairs, the usual way to index it without
// a dictionary. Offsets are kept so matched words can be highlighted.

import { stemmer } from 'stemmer';
import { foldCode } from './terms.ts';

export interface Token {
  /** The index term: a stem, or a CJK bigram. */
  term: string;
  start: number;
  end: number;
}

// Function words carry no topic, and neither do days and months (the event
// logic in rank.ts handles dates). Kept short: the inverse document frequency
// already discounts common words.
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but
  by can could did do does doing down during each few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our
  ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they
  this those through to too under until up very was we were what when where which while who whom why will with would you
  your yours yourself yourselves said says say one two new year years also its it's per mr ms mrs via
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
  october november december today yesterday week month`.split(/\s+/),
);

const WORD = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+(?:['\u2019][A-Za-z]+)?|[\u3400-\u9FFF\uF900-\uFAFF]+/g;
const CJK_RUN = /^[\u3400-\u9FFF\uF900-\uFAFF]/;

const stemCache = new Map<string, string>();

/** Lower-case, fold fullwidth, drop a possessive, stem. Cached: vocabularies repeat. */
export function normalizeWord(word: string): string {
  let lower = '';
  for (let i = 0; i < word.length; i++) lower += String.fromCharCode(foldCode(word.charCodeAt(i)));
  const cached = stemCache.get(lower);
  if (cached !== undefined) return cached;
  const bare = lower.replace(/['\u2019]s$/, '').replace(/['\u2019]/g, '');
  const stem = /^\d+$/.test(bare) ? bare : stemmer(bare);
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(lower, stem);
  return stem;
}

/** Index terms of a text, in order, with their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const word = m[0];
    const start = m.index;
    if (CJK_RUN.test(word)) {
      if (word.length === 1) out.push({ term: word, start, end: start + 1 });
      for (let i = 0; i + 1 < word.length; i++) out.push({ term: word.slice(i, i + 2), start: start + i, end: start + i + 2 });
      continue;
    }
    if (word.length < 2 || STOPWORDS.has(word.toLowerCase())) continue;
    out.push({ term: normalizeWord(word), start, end: start + word.length });
  }
  return out;
}
