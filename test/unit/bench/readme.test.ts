// The README's performance table is written from the benchmark's JSON: each
// section from the newest full run that measured it, the runs it came from named,
// and only the text between the markers replaced.

import { describe, expect, it } from 'vitest';
import { pickFigures, renderTable, replaceBetweenMarkers } from '../../../bench/readme.ts';
import type { Figure } from '../../../bench/stats.ts';

const machine = { cpu: 'Test CPU', cores: 2, memoryGiB: 8, node: 'v20.0.0', chromium: 'Chromium 1', commit: 'abc1234' };
const figure = (name: string, median: number, extra: Partial<Figure> = {}): Figure => ({
  section: '2. Content-script cost (Chromium)',
  name,
  unit: 'ms',
  value: { median, min: median - 1, max: median + 1, n: 5 },
  ...extra,
});
const run = (when: string, quick: boolean, figures: Figure[], commit = 'abc1234') => ({
  file: `${when}.json`,
  when,
  quick,
  machine: { ...machine, commit },
  figures,
});

describe('bench:readme', () => {
  it('takes each section from the newest full run that measured it, before any quick run', () => {
    const ranking = (name: string, median: number) => figure(name, median, { section: '4. Ranking (Node)' });
    const runs = [
      run('2026-03-01T00:00:00Z', true, [figure('neither', 1), ranking('rank', 1)]),
      run('2026-02-01T00:00:00Z', false, [figure('neither', 12)], 'new1234'),
      run('2026-01-01T00:00:00Z', false, [figure('neither', 99), figure('topic', 16)], 'old1234'),
    ];
    const picked = pickFigures(runs).map((p) => [p.figure.name, p.figure.value.median, p.run.machine.commit]);
    // 'topic' is not in the newest full run of its section: stale, left out. No full run measured ranking: the quick one.
    expect(picked).toEqual([
      ['neither', 12, 'new1234'],
      ['rank', 1, 'abc1234'],
    ]);
  });

  it('writes medians, ranges, ratios and targets, and names the runs they came from', () => {
    const table = renderTable([
      run('2026-02-01T00:00:00Z', false, [
        figure('neither | page', 12.2, { target: { text: '≤ 2 ms', pass: false }, ratios: [{ baseline: 'floor', value: { median: 60, min: 50, max: 70, n: 5 } }] }),
      ]),
    ]);
    expect(table).toContain('| Content-script cost (Chromium) | neither \\| page | 12.2 (11.2–13.2) ms | 60 (50–70)× floor | ≤ 2 ms: miss | run 1 |');
    expect(table).toContain('- run 1: full run, 2026-02-01, commit abc1234; Test CPU, 2 cores, 8 GiB, Node v20.0.0, Chromium 1');
  });

  it('replaces only what is between the markers, and says so when they are missing', () => {
    const table = renderTable([run('2026-02-01T00:00:00Z', false, [figure('neither', 3)])]);
    const [start, end] = [table.split('\n')[0]!, table.split('\n').at(-1)!];
    const readme = `# Title\n\nbefore\n${start}\nold table\n${end}\nafter\n`;
    const out = replaceBetweenMarkers(readme, table);
    expect(out.startsWith('# Title\n\nbefore\n')).toBe(true);
    expect(out.endsWith('\nafter\n')).toBe(true);
    expect(out).not.toContain('old table');
    expect(replaceBetweenMarkers(out, table)).toBe(out);
    expect(() => replaceBetweenMarkers('# no markers', table)).toThrow(/markers/);
  });
});

describe('bench:readme single values', () => {
  it('writes a figure with no spread (a size) as one value', () => {
    const size: Figure = { section: '5. Bundle size', name: 'content.js, gzip', unit: 'KiB', value: { median: 10.9, min: 10.9, max: 10.9, n: 1 } };
    expect(renderTable([run('2026-02-01T00:00:00Z', false, [size])])).toContain('| Bundle size | content.js, gzip | 10.9 KiB |');
  });
});

describe('bench:readme partial runs', () => {
  it('says which sections a run measured when it did not measure them all (bench --only)', () => {
    const size: Figure = { section: '5. Bundle size', name: 'content.js, gzip', unit: 'KiB', value: { median: 10.9, min: 10.9, max: 10.9, n: 1 } };
    const table = renderTable([
      run('2026-03-01T00:00:00Z', false, [figure('neither', 12)], 'new1234'),
      run('2026-02-01T00:00:00Z', false, [figure('neither', 15), size], 'old1234'),
    ]);
    expect(table).toContain('- run 1: full run of Content-script cost (Chromium) only, 2026-03-01, commit new1234');
    expect(table).toContain('- run 2: full run, 2026-02-01, commit old1234');
  });
});
