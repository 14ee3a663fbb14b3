// `npm run bench [-- --quick] [-- --only=detect,rank,browser,real,cold,size] [-- --cold-baseline=DIR] [-- --cold-baseline-firefox=DIR] [-- --baseline=DIR]`
// Runs the benchmark sections, prints one table, writes the JSON to
// bench/results/<timestamp>.json and bench/results/latest.json.
//
// It builds nothing: it measures .output/ as `npm run build` left it, and the
// bundled corpus public/corpus-index.json. --quick keeps every code path with
// fewer repetitions and smaller sizes, so CI can run it in a few minutes.
// --cold-baseline=DIR measures the cold start of another Chromium build (e.g.
// main's .output/chrome-mv3) beside ours, run by run.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { benchBrowser, CHROMIUM_PATH } from './browser.ts';
import { benchCold } from './cold.ts';
import { benchColdFirefox } from './cold-firefox.ts';
import { QUICK_REAL_PAGES } from './real-pages.ts';
import { DETECT_TEXT, benchDetect } from './detect.ts';
import { benchRank } from './rank.ts';
import { benchSize } from './size.ts';
import { type Figure, fmt, fmtSummary } from './stats.ts';
import { ROOT } from './text.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const coldBaseline = args.find((a) => a.startsWith('--cold-baseline='))?.slice(16);
// `--cold-baseline-firefox=DIR`: another Firefox build that leaves the background's cold-start marks (entrypoints/background/cold-marks.ts).
const coldBaselineFirefox = args.find((a) => a.startsWith('--cold-baseline-firefox='))?.slice(24);
// `--baseline=DIR`: another build (say main's .output/chrome-mv3, copied aside) loaded beside ours on the real pages.
const baselineDir = args.find((a) => a.startsWith('--baseline='))?.slice(11) ?? null;
const wanted = (s: string) => !only || only.includes(s);

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const CHROME_DIR = join(ROOT, '.output/chrome-mv3');
const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');

const OPTIONS = quick
  ? {
      detect: { sizes: [1e4, 1e5, 1e6], pairs: 5, minSampleMs: 10 },
      rank: { sizes: [100, 1000, 10_000], queries: 6, fuseQueries: 2, builds: 1, coldRuns: 3, userArticles: 500, userSamples: 5 },
      browser: { reps: 3, loadPairs: 3, bigBytes: 1e6, bigElements: 10_000, realReps: 3, realPages: QUICK_REAL_PAGES },
      cold: { coldRuns: 3 },
    }
  : {
      detect: { sizes: [1e4, 1e5, 1e6, 1e7], pairs: 15, minSampleMs: 20 },
      rank: { sizes: [100, 1000, 10_000, 100_000], queries: 20, fuseQueries: 5, builds: 3, coldRuns: 10, userArticles: 2000, userSamples: 20 },
      browser: { reps: 10, loadPairs: 20, bigBytes: 5e6, bigElements: 50_000, realReps: 5, realPages: null },
      cold: { coldRuns: 10 },
    };

// What each section measures, printed under its heading.
const ABOUT: Record<string, string> = {
  '1. Detection throughput': `new Detector(builtInDetectorPlan()).detect(text) in Node (the shipped plan); text: ${DETECT_TEXT}. Ratio: detector time / one full indexOf pass over the same text, interleaved pairs; target on indexOf("World Internet Conference").`,
  '2. Content-script cost (Chromium)': `headless Chromium, .output/chrome-mv3, fresh tab per load, CDP trace of the tab's main thread; time of the extension's script events (content.js and the chunks it loads: gate-settings.js, engine.js, sidebar-ui.js), the callbacks that call them and the microtask checkpoints they leave, nested time counted once. Real pages: ../shared/real-pages (REAL_PAGES_DIR), scripts blocked by CSP, paired with the floor extension.`,
  '3. Page-load overhead (Chromium)': `two Chromium instances with the same flags, one with the extension; alternate loads; ratio with/without per pair. load event = navigation loadEventStart; Script/TaskDuration from CDP Performance.getMetrics after the page settled.`,
  '4. Ranking (Node)': `CorpusIndex + rank() in a fresh node --expose-gc per corpus size; generated corpora (articles of ~8 passages, Zipf words, names, topics). Ratios: rank / MiniSearch (same passages, same request, top 5; Chinese as bigrams for both), and rank / Fuse.js search of all passages with the page title; paired queries. Quality: the article an editor named for each evaluation page, first and in the top 5, ours and MiniSearch's.`,
  '5. Bundle size': 'gzip -9 of the built files.',
  '6. User corpus (Node)': 'the bundled corpus plus generated user articles indexed with addArticle; then save one more article and rank the next page, alternately.',
};

function sh(cmd: string, argv: string[]): string {
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unavailable';
  }
}

function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: sh(CHROMIUM_PATH, ['--version']),
    firefox: sh(FIREFOX_PATH, ['--version']),
    commit: sh('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']),
    uncommittedChanges: sh('git', ['-C', ROOT, 'status', '--porcelain', '--', 'core', 'entrypoints', 'shared', 'components']) !== '',
    buildTime: existsSync(CHROME_DIR) ? statSync(join(CHROME_DIR, 'manifest.json')).mtime.toISOString() : null,
  };
}

function table(figures: Figure[]): string {
  const rows: string[][] = [];
  const lines: string[] = [];
  let section = '';
  const cell = (f: Figure) => [
    f.name,
    `${fmtSummary(f.value)} ${f.unit}`,
    f.ratios?.[0] ? `${fmtSummary(f.ratios[0].value, 3)}×` : '',
    f.target?.text ?? '',
    f.target ? (f.target.pass ? 'PASS' : 'MISS') : '',
  ];
  for (const f of figures) rows.push(cell(f));
  const head = ['figure', 'median (min–max)', 'ratio to baseline', 'target', ''];
  const width = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((x, c) => x.padEnd(width[c]!)).join('  ').trimEnd();
  lines.push(line(head), width.map((w) => '─'.repeat(w)).join('  '));
  figures.forEach((f, i) => {
    if (f.section !== section) {
      section = f.section;
      lines.push('', `${section}`);
      if (ABOUT[section]) lines.push(`  (${ABOUT[section]})`);
    }
    lines.push(line(rows[i]!));
    for (const [k, r] of (f.ratios ?? []).entries()) lines.push(k ? `    also to ${r.baseline}: ${fmtSummary(r.value, 3)}×` : `    baseline: ${r.baseline}`);
    if (f.note) lines.push(`    ${f.note}`);
  });
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const log = (s: string) => process.stderr.write(`[bench ${fmt((Date.now() - started) / 1000, 0)} s] ${s}\n`);
  const missing = [CHROME_DIR, FIREFOX_DIR, join(ROOT, 'public/corpus-index.json')].filter((p) => !existsSync(p));
  if (missing.length) {
    process.stderr.write(`bench: no build to measure (missing ${missing.join(', ')}).\nRun \`npm run build\` first; the bench builds nothing itself.\n`);
    process.exit(2);
  }
  const info = machine();
  log(`${quick ? 'quick' : 'full'} run on ${info.cpu}, ${info.cores} cores, ${info.chromium}; build of ${info.buildTime}`);
  const figures: Figure[] = [];
  let chromiumSeen = 'unknown';
  if (wanted('size')) {
    log('size');
    figures.push(...benchSize());
  }
  if (wanted('detect')) {
    log('detection');
    figures.push(...benchDetect(OPTIONS.detect));
  }
  if (wanted('rank')) {
    log('ranking');
    figures.push(...benchRank(OPTIONS.rank, log));
  }
  // `--only=real`: the browser section's real pages alone.
  if (wanted('browser') || wanted('real')) {
    log('browser');
    const r = await benchBrowser({ extensionDir: CHROME_DIR, ...OPTIONS.browser, realOnly: !wanted('browser'), baselineDir }, log);
    figures.push(...r.figures);
    chromiumSeen = r.chromium;
  }
  if (wanted('cold')) {
    log('cold start');
    figures.push(...(await benchCold({ extensionDir: CHROME_DIR, ...(coldBaseline ? { baselineDir: coldBaseline } : {}), ...OPTIONS.cold }, log)));
    figures.push(
      ...(await benchColdFirefox({ extensionDir: FIREFOX_DIR, ...(coldBaselineFirefox ? { baselineDir: coldBaselineFirefox } : {}), ...OPTIONS.cold }, log)),
    );
  }
  const order = Object.keys(ABOUT);
  figures.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
  const seconds = (Date.now() - started) / 1000;
  const out = table(figures);
  process.stdout.write(`\nRelated Coverage benchmark, ${quick ? 'quick' : 'full'} run, ${new Date().toISOString()}\n`);
  process.stdout.write(`${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, load ${info.loadAverage.join(' ')}, ${info.node}, ${info.chromium}, ${info.firefox}\n`);
  process.stdout.write(`measured: .output built ${info.buildTime} at commit ${info.commit}${info.uncommittedChanges ? ' (with uncommitted product changes)' : ''}\n\n${out}\n\n`);
  const missed = figures.filter((f) => f.target && !f.target.pass);
  process.stdout.write(`${figures.filter((f) => f.target).length - missed.length} PASS, ${missed.length} MISS; ${seconds.toFixed(0)} s\n`);
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify({ when: new Date().toISOString(), quick, seconds, machine: { ...info, chromiumSeen }, options: OPTIONS, baselineDir, figures }, null, 2);
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(dir, 'latest.json'), json);
  log(`wrote ${file} and latest.json`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
