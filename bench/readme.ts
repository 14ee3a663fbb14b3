// `npm run bench:readme`: rewrites README.md's performance table from the
// benchmark's own JSON, so the figures there are always what a run printed.
// Each section's figures come from the newest full run in bench/results/ that
// measured it (a quick run only where no full run has it), and the lines above the table
// say which runs, on what machine, at which commit. Everything between the
// markers is replaced; DESIGN.md and code comments point here instead of
// repeating figures.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Figure, fmt, fmtSummary } from './stats.ts';
import { ROOT } from './text.ts';

const START = '<!-- bench:readme start: written by `npm run bench:readme` from bench/results/*.json; edit there, not here -->';
const END = '<!-- bench:readme end -->';

interface Run {
  file: string;
  when: string;
  quick: boolean;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    loadAverage?: number[];
    node: string;
    chromium: string;
    commit: string;
    uncommittedChanges?: boolean;
  };
  figures: Figure[];
}

function readRuns(dir: string): Run[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'latest.json')
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<Run, 'file'>) }))
    .sort((a, b) => (a.when < b.when ? 1 : -1));
}

/**
 * Each section's figures from one run: the newest full run that measured the
 * section, else the newest quick one; in the order the runs print them. Per
 * section, not per figure: a figure the newest run of its section no longer
 * has (a page renamed, a baseline not run this time) is stale, not missing.
 */
export function pickFigures(runs: readonly Run[]): Array<{ figure: Figure; run: Run }> {
  const ordered = [...runs.filter((r) => !r.quick), ...runs.filter((r) => r.quick)];
  const sections = [...new Set(ordered.flatMap((r) => r.figures.map((f) => f.section)))].sort();
  return sections.flatMap((section) => {
    const run = ordered.find((r) => r.figures.some((f) => f.section === section))!;
    return run.figures.filter((f) => f.section === section).map((figure) => ({ figure, run }));
  });
}

const cell = (s: string) => s.replace(/\|/g, '\\|').trim();
/** "median (min–max)", or the one value where there is nothing to spread (a size, a single build). */
const value = (f: Figure) => (f.value.min === f.value.max ? fmt(f.value.median) : fmtSummary(f.value));

export function renderTable(runs: readonly Run[]): string {
  const picked = pickFigures(runs);
  const used = [...new Set(picked.map((p) => p.run))];
  const label = (run: Run) => `run ${used.indexOf(run) + 1}`;
  const section = (f: Figure) => f.section.replace(/^\d+\.\s*/, '');
  const allSections = new Set(runs.flatMap((r) => r.figures.map(section)));
  const lines = used.map((run) => {
    const m = run.machine;
    const own = [...new Set(run.figures.map(section))];
    const part = own.length < allSections.size ? ` of ${own.join(', ')} only` : '';
    const dirty = m.uncommittedChanges ? ' with uncommitted changes' : '';
    const load = m.loadAverage ? ` (load average ${m.loadAverage.join(', ')} at the start: a shared machine)` : '';
    return `- ${label(run)}: ${run.quick ? 'quick' : 'full'} run${part}, ${run.when.slice(0, 10)}, commit ${m.commit}${dirty}; ${m.cpu}, ${m.cores} cores${load}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.chromium}`;
  });
  const rows = picked.map(({ figure: f, run }) => {
    const ratio = (f.ratios ?? []).map((r) => `${fmtSummary(r.value, 3)}× ${r.baseline}`).join('; ');
    const target = f.target ? `${f.target.text}: ${f.target.pass ? 'pass' : 'miss'}` : '';
    return `| ${cell(f.section.replace(/^\d+\.\s*/, ''))} | ${cell(f.name)} | ${value(f)} ${f.unit} | ${cell(ratio)} | ${cell(target)} | ${label(run)} |`;
  });
  return [
    START,
    'Median (min–max) over the repetitions of one run; a ratio is the median of ratios measured pair by pair in that run.',
    '',
    ...lines,
    '',
    '| section | figure | median (min–max) | ratio to each baseline | target | from |',
    '|---|---|---|---|---|---|',
    ...rows,
    END,
  ].join('\n');
}

/** The README with the text between the markers replaced by `table`. */
export function replaceBetweenMarkers(readme: string, table: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no "${START}" ... "${END}" markers to write between`);
  return readme.slice(0, a) + table + readme.slice(b + END.length);
}

function main(): void {
  const runs = readRuns(join(ROOT, 'bench/results'));
  if (!runs.length) {
    process.stderr.write('bench:readme: no results in bench/results/. Run `npm run build && npm run bench` first.\n');
    process.exit(2);
  }
  const path = join(ROOT, 'README.md');
  writeFileSync(path, replaceBetweenMarkers(readFileSync(path, 'utf8'), renderTable(runs)));
  process.stdout.write(`README.md: performance table from ${runs.length} run(s) in bench/results/\n`);
}

if (process.argv[1]?.endsWith('readme.ts')) main();
