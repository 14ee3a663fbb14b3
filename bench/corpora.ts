// Synthetic corpora for the ranking benchmark. Words follow a Zipf law over
// a large vocabulary (the bank's own content words first, then made-up words),
// so a few terms sit in 30-50% of passages and most in a handful, as in real
// news. Sentences also carry function words, people's names, gazetteer
// entities and, in topical articles, the topics' own phrases.

import type { ArticleMeta, CorpusData, Passage } from '../core/types.ts';
import { SEED, ENGLISH, pick, rng } from './text.ts';

const FUNCTION_WORDS = 'the of and to in a for on with that by at from as was is has its their which'.split(' ');
const FIRST = 'Anna Ben Chen David Elena Farah George Hana Ivan Julia Kenji Lena Marco Nadia Omar Priya Rosa Sam Tomas Wei Yusuf Zoe Ali Brigitte Carlos'.split(' ');
const LAST = 'Okafor Lindqvist Moreau Tanaka Kowalski Haddad Brennan Silva Novak Ferreira Ndiaye Castillo Petrov Larsen Abebe Rossi Yamamoto Schmidt Dubois Mensah Ortega Walsh'.split(' ');
const TOPIC_PHRASES: Record<string, string[]> = {
  wic: ['the World Internet Conference', 'the Wuzhen Summit', 'the World Internet Conference in Wuzhen'],
  'ai-governance': ['AI governance', 'the governance of artificial intelligence', 'global AI governance', 'rules for artificial intelligence'],
};
const SYLLABLES = 'ka lo mi ne ru sa te vi zo ba de fi go hu ja ke li mo nu pa qui re si tu va we xo ya ze an er in on ul ost ard ell ing ism'.split(' ');

interface Vocabulary {
  words: string[];
  cdf: Float64Array;
}

let vocabularyCache: Vocabulary | undefined;
function vocabulary(): Vocabulary {
  if (vocabularyCache) return vocabularyCache;
  const seen = new Set<string>();
  const words: string[] = [];
  const add = (w: string) => {
    if (w.length >= 3 && !seen.has(w) && !FUNCTION_WORDS.includes(w)) {
      seen.add(w);
      words.push(w);
    }
  };
  for (const s of ENGLISH) for (const w of s.toLowerCase().match(/[a-z]+/g) ?? []) add(w);
  const r = rng(SEED + 1);
  while (words.length < 20_000) add(Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, SYLLABLES)).join(''));
  // Zipf, exponent 0.8: the top word lands in about half the passages.
  const cdf = new Float64Array(words.length);
  let total = 0;
  for (let k = 0; k < words.length; k++) cdf[k] = total += 1 / (k + 1) ** 0.8;
  for (let k = 0; k < words.length; k++) cdf[k]! /= total;
  vocabularyCache = { words, cdf };
  return vocabularyCache;
}

function zipfWord(r: () => number, v: Vocabulary): string {
  const x = r();
  let lo = 0;
  let hi = v.cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cdf[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo]!;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Gazetteer names written plainly (no optional parts), English only. */
let entityNamesCache: string[] | undefined;
async function entityNames(): Promise<string[]> {
  const { ENTITIES } = await import('../core/entities.ts');
  entityNamesCache ??= ENTITIES.flatMap((e) => e.names).filter((n) => /^[A-Za-z][A-Za-z .'-]+$/.test(n));
  return entityNamesCache;
}

function sentence(r: () => number, v: Vocabulary, names: string[], topic: string | null): string {
  const n = 8 + Math.floor(r() * 15);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r() < 0.4 ? pick(r, FUNCTION_WORDS) : zipfWord(r, v));
  const insert = (w: string) => words.splice(1 + Math.floor(r() * (words.length - 1)), 0, w);
  if (r() < 0.3) insert(`${pick(r, FIRST)} ${pick(r, LAST)}`);
  if (r() < 0.06) insert(pick(r, names));
  if (topic && r() < 0.35) insert(pick(r, TOPIC_PHRASES[topic]!));
  return `${capital(words.join(' '))}.`;
}

export interface SyntheticArticle {
  article: ArticleMeta;
  passages: Passage[];
}

/** Articles of 6-10 passages (8 on average) of 2-5 sentences; 15% about WIC, 25% about AI governance. */
export async function syntheticArticles(count: number, seed: number, origin: 'bundled' | 'user' = 'bundled'): Promise<SyntheticArticle[]> {
  const v = vocabulary();
  const names = await entityNames();
  const r = rng(seed);
  const out: SyntheticArticle[] = [];
  for (let a = 0; a < count; a++) {
    const x = r();
    const topic = x < 0.15 ? 'wic' : x < 0.4 ? 'ai-governance' : null;
    const id = `${origin}-${seed}-${a}`;
    const year = 2014 + Math.floor(r() * 12);
    const headlineWords = Array.from({ length: 6 + Math.floor(r() * 5) }, () => zipfWord(r, v));
    if (topic) headlineWords.splice(2, 0, pick(r, TOPIC_PHRASES[topic]!));
    const article: ArticleMeta = {
      id,
      headline: capital(headlineWords.join(' ')),
      outlet: `${pick(r, LAST)} News`,
      published: `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`,
      url: `https://news.example/${id}`,
      copyUrl: null,
      language: 'en',
      author: `${pick(r, FIRST)} ${pick(r, LAST)}`,
      note: null,
      origin,
    };
    const n = 6 + Math.floor(r() * 5);
    const passages: Passage[] = Array.from({ length: n }, (_, i) => ({
      id: `${id}#${i}`,
      articleId: id,
      index: i,
      section: null,
      text: Array.from({ length: 2 + Math.floor(r() * 4) }, () => sentence(r, v, names, topic)).join(' '),
    }));
    out.push({ article, passages });
  }
  return out;
}

/** A corpus of about `passages` passages (whole articles, so it may run a few over). */
export async function syntheticCorpus(passages: number, seed = SEED): Promise<CorpusData> {
  // 10% more articles than the average needs, then cut to the exact count.
  const articles = await syntheticArticles(Math.ceil((passages / 8) * 1.1) + 1, seed);
  const all = articles.flatMap((a) => a.passages).slice(0, passages);
  const kept = new Set(all.map((p) => p.articleId));
  return { version: 1, articles: articles.map((a) => a.article).filter((a) => kept.has(a.id)), passages: all };
}

/** Topical pages to rank against (never in the corpus: another seed), as the content script would send them. */
export async function syntheticPages(count: number, seed = SEED + 7): Promise<Array<{ title: string; text: string; published: string | null }>> {
  const arts = await syntheticArticles(count * 4, seed);
  return arts
    .filter((a) => /World Internet|Wuzhen|governance|artificial/.test(a.article.headline))
    .slice(0, count)
    .map((a) => ({ title: a.article.headline, text: a.passages.map((p) => p.text).join('\n'), published: a.article.published }));
}
