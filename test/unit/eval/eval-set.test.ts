// The evaluation the issue asks for: every evaluation page run through
// detection and ranking, and the figures printed. The page-like texts of
// test/eval/set were written with their answers before the engine saw them;
// test/eval/held-out is measured only when EVAL_HELD_OUT=1, to see at the end
// whether the engine was fitted to the development pages.

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundle, type OpenCorpus } from '../../../core/bundle.ts';
import { shippedBundle as buildBundle } from '../../../scripts/built-in-plans.ts';
import { buildCorpus } from '../../../corpus/build.ts';
import { type EvalCase, readHtmlCases, readTextCases } from './eval-cases.ts';
import { formatReport, measure, runCases } from './eval-metrics.ts';

let open: OpenCorpus;
beforeAll(() => {
  open = openBundle(buildBundle(buildCorpus(join(__dirname, '../../../corpus/articles'))));
});

const development = readTextCases('set');
const original = readHtmlCases();
const heldOut = process.env.EVAL_HELD_OUT === '1' ? readTextCases('held-out') : [];

function report(name: string, cases: EvalCase[]) {
  const result = measure(open, runCases(open, cases));
  console.log(formatReport(name, result));
  return result;
}

describe('evaluation set', () => {
  it('has at least 150 pages across the three scripts, each with its answer', () => {
    const all = [...development, ...readTextCases('held-out')];
    expect(all.length).toBeGreaterThanOrEqual(150);
    for (const script of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      expect(all.filter((c) => c.script === script).length).toBeGreaterThanOrEqual(40);
    }
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it('prints the figures and meets the targets of issue 10 that the corpus allows', () => {
    report('Development pages (test/eval/set)', development);
    report('Original pages (test/eval/pages)', original);
    const all = report('Development and original together', [...development, ...original]);
    if (heldOut.length) report('Held-out pages (test/eval/held-out)', heldOut);
    for (const t of all.byTopic) {
      expect(t.recall, `${t.topic} recall in ${t.script}`).toBeGreaterThanOrEqual(0.97);
      expect(t.precision, `${t.topic} precision in ${t.script}`).toBeGreaterThanOrEqual(0.98);
    }
    expect(all.lookalikeAlarms).toEqual([]);
    expect(all.firstRelevant.ok / all.firstRelevant.of).toBeGreaterThanOrEqual(0.9);
    // "No passage in more than 20% of top-three lists" is printed, not held:
    // about half of these pages concern named AI laws, and one passage of the
    // five-article corpus names them all (see test/eval/README.md).
  });
});
