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
const heldOut = process.env['EVAL_HELD_OUT'] === '1' ? readTextCases('held-out') : [];

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

  it('prints the figures for the development pages and the original thirty', () => {
    report('Development pages (test/eval/set)', development);
    report('Original pages (test/eval/pages)', original);
    report('Development and original together', [...development, ...original]);
    if (heldOut.length) report('Held-out pages (test/eval/held-out)', heldOut);
  });
});
