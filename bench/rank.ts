// 4. Ranking in the background code, run in Node: index build, size, heap and
// query time on generated corpora, side by side with MiniSearch (an inverted
// index, our real peer: see minisearch-peer.ts) and a plain Fuse.js search;
// quality against the evaluation pages' judgments (rank-quality.ts); the cold
// start with the bundled corpus; and (6.) a user corpus that grows.
//
// Each corpus size runs in its own `node --expose-gc` child process: heap
// figures then start from a clean heap, and one size's garbage or JIT state
// cannot tax the next. The same file is the child (see the bottom).

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
import { rankQuality } from './rank-quality.ts';
import { type Figure, type Summary, gc, now, pairedRatio, summarize } from './stats.ts';
import { syntheticArticles, syntheticCorpus, syntheticPages } from './corpora.ts';
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

interface SizeResult {
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

interface ColdResult {
  readParseMs: number;
  openMs: number;
  firstRankMs: number;
  totalMs: number;
  passages: number;
}

interface UserResult {
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
    if (i % 2) timePeer(), timeRank();
    else timeRank(), timePeer();
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
  const t0 = now();
  const bundle = JSON.parse(readFileSync(join(ROOT, 'public/corpus-index.json'), 'utf8')) as CorpusBundle;
  const t1 = now();
  const { index } = openBundle(bundle);
  const t2 = now();
  const ranked = rank(index, COLD_PAGE, { top: 8 });
  const t3 = now();
  if (!ranked.length) throw new Error('cold start: the bundled corpus ranked nothing for a page about the conference');
  return { readParseMs: t1 - t0, openMs: t2 - t1, firstRankMs: t3 - t2, totalMs: t3 - t0, passages: index.size };
}

async function userChild(opts: RankOptions): Promise<UserResult> {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'public/corpus-index.json'), 'utf8')) as CorpusBundle;
  const { index, detector } = openBundle(bundle);
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

/** Runs this file as a child: `node --expose-gc --import tsx bench/rank.ts <mode> <json>`. */
function runChild<T>(mode: string, arg: unknown): T {
  const res = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench/rank.ts'), mode, JSON.stringify(arg)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (res.status !== 0) throw new Error(`rank child ${mode} failed (${res.status}): ${res.stderr}`);
  const last = res.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

const kb = (b: number) => `${(b / 1024).toFixed(0)} KiB`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const one = (x: number): Summary => summarize([x]);

export function benchRank(opts: RankOptions, log: (s: string) => void): Figure[] {
  const figures: Figure[] = [];
  const S = '4. Ranking (Node)';
  for (const size of opts.sizes) {
    log(`  ranking: ${size} passages`);
    const r = runChild<SizeResult>('size', { size, opts });
    const label = `${r.passages.toLocaleString('en')} passages`;
    figures.push({
      section: S,
      name: `index build, ${label}`,
      unit: 'ms',
      value: summarize(r.buildMs),
      note: `${r.articles} articles, ${r.terms} index terms; MiniSearch index: ${r.peerBuildMs.toFixed(1)} ms; Fuse.js index: ${r.fuseBuildMs.toFixed(1)} ms`,
    });
    figures.push({ section: S, name: `serialised index, ${label}`, unit: 'KiB', value: one(r.jsonBytes / 1024), note: `gzip ${kb(r.gzipBytes)}` });
    figures.push({ section: S, name: `heap of the index, ${label}`, unit: 'MiB', value: one(r.heapBytes / 1024 / 1024), note: `heapUsed after GC, index built minus corpus loaded (${mb(r.heapBytes)})` });
    const budget = size >= 100_000 ? 30 : size >= 10_000 ? 5 : undefined;
    const fig: Figure = {
      section: S,
      name: `rank top-5, ${label}`,
      unit: 'ms',
      value: summarize(r.rankMs),
      ratios: [
        { baseline: 'MiniSearch, same passages and request, top 5', value: pairedRatio(r.rankPeerPairedMs, r.peerMs) },
        { baseline: 'Fuse.js search of all passages (page title)', value: pairedRatio(r.rankPairedMs, r.fuseMs) },
      ],
      note:
        `MiniSearch: ${summarize(r.peerMs).median.toFixed(2)} ms median over ${r.peerMs.length} paired queries; ` +
        `Fuse.js: ${summarize(r.fuseMs).median.toFixed(1)} ms median over ${r.fuseMs.length}`,
    };
    if (budget !== undefined) fig.target = { text: `≤ ${budget} ms`, pass: fig.value.median <= budget };
    figures.push(fig);
  }

  log('  ranking: quality on the evaluation pages');
  const q = rankQuality();
  const share = (n: number) => one((100 * n) / Math.max(1, q.pages));
  figures.push({
    section: S,
    name: `expected article first, ${q.pages} evaluation pages`,
    unit: '%',
    value: share(q.ours.first),
    note: `MiniSearch ${((100 * q.peer.first) / Math.max(1, q.pages)).toFixed(0)}%; the article an editor named for each page (test/eval: set and pages), same bundled corpus and request`,
  });
  figures.push({
    section: S,
    name: `expected article in the top 5, ${q.pages} evaluation pages`,
    unit: '%',
    value: share(q.ours.top5),
    note: `MiniSearch ${((100 * q.peer.top5) / Math.max(1, q.pages)).toFixed(0)}%`,
  });

  log('  ranking: cold start in fresh node processes');
  const cold = Array.from({ length: opts.coldRuns }, () => runChild<ColdResult>('cold', {}));
  const total = summarize(cold.map((c) => c.totalMs));
  figures.push({
    section: S,
    name: 'cold start in Node: read+parse bundle, openBundle, first rank',
    unit: 'ms',
    value: total,
    target: { text: '≤ 50 ms', pass: total.median <= 50 },
    note:
      `${cold[0]?.passages} bundled passages; medians: read+parse ${summarize(cold.map((c) => c.readParseMs)).median.toFixed(1)}, ` +
      `openBundle ${summarize(cold.map((c) => c.openMs)).median.toFixed(1)}, first rank ${summarize(cold.map((c) => c.firstRankMs)).median.toFixed(1)} ms (module loading excluded)`,
  });

  if (opts.userArticles > 0) {
    log(`  user corpus: ${opts.userArticles} articles`);
    const u = runChild<UserResult>('user', { opts });
    const U = '6. User corpus (Node)';
    const label = `${u.passages.toLocaleString('en')} passages`;
    const add = summarize(u.addMs);
    const rk = summarize(u.rankMs);
    figures.push({ section: U, name: `index ${opts.userArticles} user articles`, unit: 'ms', value: one(u.indexAllMs), note: `heap ${mb(u.heapBytes)}, serialised ${kb(u.jsonBytes)}` });
    // Budget: the ranking budget for 10,000 passages, held at ~16,000 too.
    const budget = 'the 5 ms ranking budget for 10,000 passages, applied here';
    figures.push({ section: U, name: `add one article, ${label}`, unit: 'ms', value: add, target: { text: '≤ 5 ms', pass: add.median <= 5 }, note: budget });
    figures.push({ section: U, name: `rank top-5 next page, ${label}`, unit: 'ms', value: rk, target: { text: '≤ 5 ms', pass: rk.median <= 5 }, note: budget });
  }
  return figures;
}

// ---------------------------------------------------------------------------
// Child entry point.
if (process.argv[1]?.endsWith('rank.ts') && process.argv[2]) {
  const [mode, json] = process.argv.slice(2);
  const arg = JSON.parse(json ?? '{}') as { size: number; opts: RankOptions };
  const work = mode === 'size' ? sizeChild(arg.size, arg.opts) : mode === 'cold' ? Promise.resolve(coldChild()) : userChild(arg.opts);
  void work.then((result) => process.stdout.write(`\n${JSON.stringify(result)}\n`));
}
