// The child processes of the ranking benchmark (rank.ts): each corpus size,
// the cold start and the user corpus run in a fresh `node --expose-gc`, so
// heap figures start from a clean heap and one size's garbage or JIT state
// cannot tax the next. Each returns its raw samples as one JSON line; rank.ts
// turns them into figures.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { type CorpusBundle, openBundle } from '../core/bundle.ts';
import { CorpusIndex } from '../core/corpus-index.ts';
import { Detector, planDetector } from '../core/detect.ts';
import { EntityFinder, planEntities } from '../core/entity-finder.ts';
import { type PageQuery, rank } from '../core/rank.ts';
import { BUILT_IN_TOPICS } from '../core/topics/index.ts';
import { buildPeer, peerTop } from './minisearch-peer.ts';
import { gc, now } from './stats.ts';
import { syntheticArticles, syntheticCorpus, syntheticPages } from './corpora.ts';
import { builtInDetectorPlan } from '../scripts/built-in-plans.ts';
import { ROOT, SEED } from './text.ts';

export interface RankOptions {
  sizes: number[];
  /** Pages ranked per size (each a sample). */
  queries: number;
  /** Fuse.js is slow on big corpora: at most this many paired Fuse queries per size. */
  fuseQueries: number;
  /** Index builds per size (at most; the biggest size builds once). */
  builds: number;
  /** Fresh processes for the cold start. */
  coldRuns: number;
  /** 6. User corpus: 0 to skip, else articles in it (2,000 in the full run). */
  userArticles: number;
  userSamples: number;
}

const TOP = 5;

export interface SizeResult {
  passages: number;
  articles: number;
  buildMs: number[];
  heapBytes: number;
  terms: number;
  jsonBytes: number;
  gzipBytes: number;
  rankMs: number[];
  fuseBuildMs: number;
  fuseMs: number[];
  rankPairedMs: number[];
  peerBuildMs: number;
  peerMs: number[];
  rankPeerPairedMs: number[];
}

export interface ColdResult {
  readParseMs: number;
  openMs: number;
  firstRankMs: number;
  totalMs: number;
  passages: number;
}

export interface UserResult {
  passages: number;
  indexAllMs: number;
  heapBytes: number;
  jsonBytes: number;
  addMs: number[];
  rankMs: number[];
}

const parts = () => ({ detector: new Detector(planDetector(BUILT_IN_TOPICS)), entities: new EntityFinder(planEntities()) });

const queryOf = (p: { title: string; text: string; published: string | null }, detector: Detector): PageQuery => ({
  ...p,
  topics: detector.detect(`${p.title}\n${p.text}`).map((t) => t.id),
});

async function sizeChild(size: number, opts: RankOptions): Promise<SizeResult> {
  const corpus = await syntheticCorpus(size);
  const warm = 3;
  const pages = await syntheticPages(opts.queries + warm);
  const p = parts();
  const queries = pages.map((x) => queryOf(x, p.detector));
  // Heap: the first build, from a collected heap to a collected heap, with
  // the index kept alive. It includes what indexing leaves behind besides the
  // index (the stemmer's cache), which a real background holds too.
  gc();
  const before = process.memoryUsage().heapUsed;
  let t0 = now();
  const index = CorpusIndex.build(corpus, p);
  const buildMs = [now() - t0];
  gc();
  const heapBytes = process.memoryUsage().heapUsed - before;
  // More builds for the timing only (the biggest corpus builds once): in their
  // own frame, so no stale reference keeps their garbage alive.
  const rebuild = () => {
    const t = now();
    CorpusIndex.build(corpus, p);
    return now() - t;
  };
  for (let b = 1; b < (size >= 100_000 ? 1 : opts.builds); b++) buildMs.push(rebuild());
  const json = JSON.stringify(index.serialize());
  for (const q of queries.slice(0, warm)) rank(index, q, { top: TOP });
  const rankMs: number[] = [];
  for (const q of queries.slice(warm)) {
    const t = now();
    rank(index, q, { top: TOP });
    rankMs.push(now() - t);
  }
  // The baseline: Fuse.js over every passage, with the page title as the query.
  const fuseOptions = { keys: ['text'], ignoreLocation: true, threshold: 0.3 };
  t0 = now();
  const fuse = new Fuse(corpus.passages, fuseOptions);
  const fuseBuildMs = now() - t0;
  // Warm Fuse's code on a small corpus: one query on the big one takes ~30 s.
  new Fuse(corpus.passages.slice(0, 1000), fuseOptions).search(queries[0]!.title!);
  const fuseMs: number[] = [];
  const rankPairedMs: number[] = [];
  const pairs = size >= 100_000 ? Math.min(3, opts.fuseQueries) : opts.fuseQueries;
  queries.slice(warm, warm + pairs).forEach((q, i) => {
    const timeRank = () => {
      const t = now();
      rank(index, q, { top: TOP });
      rankPairedMs.push(now() - t);
    };
    const timeFuse = () => {
      const t = now();
      fuse.search(q.title!);
      fuseMs.push(now() - t);
    };
    // Alternate which goes first so drift on a shared machine hits both.
    const order = i % 2 ? [timeFuse, timeRank] : [timeRank, timeFuse];
    for (const time of order) time();
  });
  // MiniSearch over the same passages, asked with the same request, every query paired.
  t0 = now();
  const peer = buildPeer(corpus.passages);
  const peerBuildMs = now() - t0;
  for (const q of queries.slice(0, warm)) peerTop(peer, q, TOP);
  const peerMs: number[] = [];
  const rankPeerPairedMs: number[] = [];
  queries.slice(warm).forEach((q, i) => {
    const timeRank = () => {
      const t = now();
      rank(index, q, { top: TOP });
      rankPeerPairedMs.push(now() - t);
    };
    const timePeer = () => {
      const t = now();
      peerTop(peer, q, TOP);
      peerMs.push(now() - t);
    };
    // Alternate which goes first so drift on a shared machine hits both.
    const order = i % 2 ? [timePeer, timeRank] : [timeRank, timePeer];
    for (const time of order) time();
  });
  return {
    passages: corpus.passages.length,
    articles: corpus.articles.length,
    buildMs,
    heapBytes,
    terms: index.vocabularySize,
    jsonBytes: Buffer.byteLength(json),
    gzipBytes: gzipSync(json).length,
    rankMs,
    fuseBuildMs,
    fuseMs,
    rankPairedMs,
    peerBuildMs,
    peerMs,
    rankPeerPairedMs,
  };
}

// A page about the 2022 summit, as the content script would send it. Written
// out here so the cold process does no work before the clock starts.
const COLD_PAGE: PageQuery = {
  title: "Xi Jinping kicks off China's internet conference attended by US tech CEOs",
  text:
    'The World Internet Conference opened in Wuzhen on Wednesday, with President Xi Jinping calling for a community with a shared future in cyberspace.\n' +
    'Executives from technology companies attended the summit, the ninth since the conference began in 2014.\n' +
    'Officials said the Wuzhen Summit would discuss artificial intelligence, data security and cooperation on digital development.',
  topics: ['wic'],
  published: '2022-11-09',
};

function coldChild(): ColdResult {
  // The extension has the detector's plan built in, as JavaScript: made here before the clock starts.
  const detector = builtInDetectorPlan();
  const t0 = now();
  const bundle = JSON.parse(readFileSync(join(ROOT, 'public/corpus-index.json'), 'utf8')) as CorpusBundle;
  const t1 = now();
  const { index } = openBundle(bundle, { detector });
  const t2 = now();
  const ranked = rank(index, COLD_PAGE, { top: 8 });
  const t3 = now();
  if (!ranked.length) throw new Error('cold start: the bundled corpus ranked nothing for a page about the conference');
  return { readParseMs: t1 - t0, openMs: t2 - t1, firstRankMs: t3 - t2, totalMs: t3 - t0, passages: index.size };
}

async function userChild(opts: RankOptions): Promise<UserResult> {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'public/corpus-index.json'), 'utf8')) as CorpusBundle;
  const { index, detector } = openBundle(bundle, { detector: builtInDetectorPlan() });
  const arts = await syntheticArticles(opts.userArticles + opts.userSamples, SEED + 3, 'user');
  const pages = (await syntheticPages(opts.userSamples + 3)).map((x) => queryOf(x, detector));
  gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = now();
  for (const a of arts.slice(0, opts.userArticles)) index.addArticle(a.article, a.passages);
  const indexAllMs = now() - t0;
  gc();
  const heapBytes = process.memoryUsage().heapUsed - before;
  for (const q of pages.slice(0, 3)) rank(index, q, { top: TOP });
  const addMs: number[] = [];
  const rankMs: number[] = [];
  // What a reader does: save an article, then read the next page.
  arts.slice(opts.userArticles).forEach((a, i) => {
    let t = now();
    index.addArticle(a.article, a.passages);
    addMs.push(now() - t);
    t = now();
    rank(index, pages[3 + i]!, { top: TOP });
    rankMs.push(now() - t);
  });
  return { passages: index.size, indexAllMs, heapBytes, jsonBytes: Buffer.byteLength(JSON.stringify(index.serialize())), addMs, rankMs };
}

/** Runs this file as a child: `node --expose-gc --import tsx bench/rank-child.ts <mode> <json>`. */
export function runChild<T>(mode: string, arg: unknown): T {
  const res = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench/rank-child.ts'), mode, JSON.stringify(arg)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (res.status !== 0) throw new Error(`rank child ${mode} failed (${res.status}): ${res.stderr}`);
  const last = res.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

// ---------------------------------------------------------------------------
// Child entry point.
if (process.argv[1]?.endsWith('rank-child.ts') && process.argv[2]) {
  const [mode, json] = process.argv.slice(2);
  const arg = JSON.parse(json ?? '{}') as { size: number; opts: RankOptions };
  const work = mode === 'size' ? sizeChild(arg.size, arg.opts) : mode === 'cold' ? Promise.resolve(coldChild()) : userChild(arg.opts);
  void work.then((result) => process.stdout.write(`\n${JSON.stringify(result)}\n`));
}
