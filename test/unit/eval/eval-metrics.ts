// Runs the product over evaluation cases the way the extension does
// (detection on the page text, then ranking of the request the content
// script would send) and measures it: per-topic, per-script recall and
// precision, false alarms on look-alikes, whether a relevant article comes
// first, and how varied the passage lists are.

import type { OpenCorpus } from '../../../core/bundle.ts';
import { rank, type RankedPassage } from '../../../core/rank.ts';
import { rankRequest } from '../../../shared/rank-request.ts';
import type { EvalCase, Script } from './eval-cases.ts';

export interface CaseResult {
  c: EvalCase;
  detected: string[];
  results: RankedPassage[];
}

export interface Report {
  pages: number;
  byTopic: Array<{ topic: string; script: Script; tp: number; fn: number; fp: number; recall: number; precision: number }>;
  misses: string[];
  falseAlarms: string[];
  lookalikes: number;
  lookalikeAlarms: string[];
  firstRelevant: { ok: number; of: number; wrong: string[] };
  /** Largest share of pages (with results) whose top three hold one passage, and that passage. */
  topThree: { share: number; passage: string; pages: number };
  distinct: { used: number; corpus: number };
  ties: { pairs: number; pages: number };
  shown: { mean: number; empty: number };
}

export const TOPICS = ['wic', 'ai-governance'] as const;
const SCRIPTS: Script[] = ['en', 'zh-Hans', 'zh-Hant'];

export function runCases(open: OpenCorpus, cases: readonly EvalCase[]): CaseResult[] {
  return cases.map((c) => {
    const matches = open.detector.detect(c.page.text);
    const results = matches.length ? rank(open.index, rankRequest(c.page, matches)) : [];
    return { c, detected: matches.map((m) => m.id), results };
  });
}

export function measure(open: OpenCorpus, runs: readonly CaseResult[]): Report {
  const byTopic: Report['byTopic'] = [];
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const topic of TOPICS) {
    for (const script of SCRIPTS) {
      let tp = 0;
      let fn = 0;
      let fp = 0;
      for (const { c, detected } of runs) {
        if (c.script !== script) continue;
        const want = c.topics.includes(topic);
        const got = detected.includes(topic);
        if (want && got) tp++;
        else if (want) {
          fn++;
          misses.push(`${c.id} (${topic})`);
        } else if (got && !c.optional.includes(topic)) {
          fp++;
          falseAlarms.push(`${c.id} (${topic})`);
        }
      }
      byTopic.push({ topic, script, tp, fn, fp, recall: ratio(tp, tp + fn), precision: ratio(tp, tp + fp) });
    }
  }
  const lookalikeRuns = runs.filter((r) => r.c.lookalike);
  const lookalikeAlarms = lookalikeRuns
    .filter((r) => r.detected.some((t) => !r.c.topics.includes(t) && !r.c.optional.includes(t)))
    .map((r) => `${r.c.id} (${r.detected.join(', ')})`);

  const firstRelevant = { ok: 0, of: 0, wrong: [] as string[] };
  for (const { c, results } of runs) {
    if (!Array.isArray(c.first)) continue;
    firstRelevant.of++;
    const got = results[0]?.article.id ?? 'nothing';
    if (c.first.includes(got)) firstRelevant.ok++;
    else firstRelevant.wrong.push(`${c.id} → ${got}`);
  }

  const withResults = runs.filter((r) => r.results.length);
  const inTopThree = new Map<string, number>();
  const used = new Set<string>();
  let tiePairs = 0;
  let tiePages = 0;
  let shownTotal = 0;
  for (const { results } of withResults) {
    for (const r of results.slice(0, 3)) inTopThree.set(r.passage.id, (inTopThree.get(r.passage.id) ?? 0) + 1);
    for (const r of results) used.add(r.passage.id);
    let ties = 0;
    for (let i = 1; i < results.length; i++) if (results[i]!.score === results[i - 1]!.score) ties++;
    tiePairs += ties;
    if (ties) tiePages++;
    shownTotal += results.length;
  }
  let top: [string, number] = ['none', 0];
  for (const entry of inTopThree) if (entry[1] > top[1] || (entry[1] === top[1] && entry[0] < top[0])) top = entry;
  const emptyOnTopicPages = runs.filter((r) => r.c.topics.length && r.detected.length && !r.results.length).length;
  return {
    pages: runs.length,
    byTopic,
    misses,
    falseAlarms,
    lookalikes: lookalikeRuns.length,
    lookalikeAlarms,
    firstRelevant,
    topThree: { share: ratio(top[1], withResults.length), passage: top[0], pages: withResults.length },
    distinct: { used: used.size, corpus: open.index.size },
    ties: { pairs: tiePairs, pages: tiePages },
    shown: { mean: withResults.length ? shownTotal / withResults.length : 0, empty: emptyOnTopicPages },
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f2 = (x: number) => x.toFixed(2);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The report as the lines the test prints. */
export function formatReport(name: string, report: Report): string {
  const lines = [`${name}: ${report.pages} pages`, '  topic          script    recall  precision   tp  fn  fp'];
  for (const t of report.byTopic) {
    if (t.tp + t.fn + t.fp === 0) continue;
    lines.push(
      `  ${t.topic.padEnd(14)} ${t.script.padEnd(8)}  ${f2(t.recall).padStart(6)}  ${f2(t.precision).padStart(9)}  ${String(t.tp).padStart(3)} ${String(t.fn).padStart(3)} ${String(t.fp).padStart(3)}`,
    );
  }
  const fr = report.firstRelevant;
  lines.push(
    `  look-alikes with a false alarm: ${report.lookalikeAlarms.length} of ${report.lookalikes}${report.lookalikeAlarms.length ? `: ${report.lookalikeAlarms.join('; ')}` : ''}`,
    `  relevant seed article first: ${fr.ok} of ${fr.of} (${pct(ratio(fr.ok, fr.of))})`,
    `  most frequent passage in top three: ${report.topThree.passage} on ${pct(report.topThree.share)} of ${report.topThree.pages} pages with passages`,
    `  distinct passages shown (top five): ${report.distinct.used} of ${report.distinct.corpus}`,
    `  equal scores between neighbours: ${report.ties.pairs} pairs on ${report.ties.pages} pages`,
    `  passages shown per page: ${report.shown.mean.toFixed(2)}; on-topic pages with none: ${report.shown.empty}`,
  );
  if (report.misses.length) lines.push(`  missed: ${report.misses.join('; ')}`);
  if (report.falseAlarms.length) lines.push(`  false alarms: ${report.falseAlarms.join('; ')}`);
  if (fr.wrong.length) lines.push(`  wrong first article: ${fr.wrong.join('; ')}`);
  return lines.join('\n');
}
