// @vitest-environment happy-dom
// The import report: what was imported, what was rejected and why, a file
// that could not be read, and per-article choices for conflicts that start
// at "keep" and reach onResolve exactly as chosen.

import { describe, expect, it, vi } from 'vitest';
import { ImportReport, type ImportReportData, type ImportReportProps } from '../../../components/ImportReport.tsx';
import { allByTestId, byTestId, click, fakeT, key, localeT, mount, rerender } from './helpers.ts';

const conflicts = [
  { id: 'user-a', headline: 'Wuzhen summit opens', savedAt: '2024-05-01T12:00:00.000Z', incomingSavedAt: '2024-05-03T12:00:00.000Z' },
  { id: 'user-b', headline: '乌镇峰会闭幕', savedAt: '2024-05-02T12:00:00.000Z', incomingSavedAt: '2024-04-30T12:00:00.000Z' },
];

function report(over: Partial<ImportReportData> = {}): ImportReportData {
  return {
    imported: ['AI rules agreed', '人工智能治理'],
    rejected: [
      { position: 3, id: 'user-c', problem: { code: 'noPassages' } },
      { position: 5, id: null, problem: { code: 'notObject' } },
    ],
    conflicts,
    ...over,
  };
}

function props(over: Partial<ImportReportProps> = {}): ImportReportProps {
  return { t: fakeT, report: report(), error: null, onResolve: vi.fn(), busy: false, ...over };
}

const conflict = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLElement>(`[data-testid="conflict"][data-article-id="${id}"]`)!;
const radio = (root: HTMLElement, id: string, value: 'keep' | 'replace') =>
  conflict(root, id).querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

describe('import report', () => {
  it('is nothing before an import', () => {
    const root = mount(<ImportReport {...props({ report: null })} />);
    expect(allByTestId(root, 'import-report')).toHaveLength(0);
  });

  it('lists the imported headlines', () => {
    const root = mount(<ImportReport {...props({ t: localeT('en') })} />);
    const list = byTestId(root, 'imported');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['AI rules agreed', '人工智能治理']);
    expect(byTestId(root, 'import-report').textContent).toContain('Imported 2 articles:');
  });

  it('says when nothing new was imported, and counts unchanged articles', () => {
    const root = mount(<ImportReport {...props({ t: localeT('en'), report: report({ imported: [], unchanged: ['x'] }) })} />);
    expect(allByTestId(root, 'imported')).toHaveLength(0);
    expect(byTestId(root, 'imported-none').textContent).toBe('No new articles were imported.');
    expect(byTestId(root, 'unchanged').textContent).toBe('1 article in the file is already saved as it is.');
  });

  it('lists each rejected record with its position, id when known, and reason', () => {
    const root = mount(<ImportReport {...props({ t: localeT('en') })} />);
    const items = [...byTestId(root, 'rejected').querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Article 3 in the file: it has no paragraphs (id user-c)',
      'Article 5 in the file: it is not an article record',
    ]);
    const zh = mount(<ImportReport {...props({ t: localeT('zh_CN') })} />);
    expect([...byTestId(zh, 'rejected').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '文件中的第 3 篇文章：没有段落（编号 user-c）',
      '文件中的第 5 篇文章：不是文章记录',
    ]);
  });

  it('shows a file-level error as an alert', () => {
    const root = mount(<ImportReport {...props({ t: localeT('en'), report: null, error: { code: 'noArticles' } })} />);
    const error = byTestId(root, 'import-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe('The file could not be imported.This export has no list of articles.');
    expect(allByTestId(root, 'conflict')).toHaveLength(0);
  });

  it('keeps untrusted text as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const root = mount(
      <ImportReport
        {...props({
          error: { code: 'notJson', detail: evil },
          report: report({
            imported: [evil],
            rejected: [{ position: 1, id: evil, problem: { code: 'idInvalid', value: evil } }],
            conflicts: [{ ...conflicts[0]!, headline: evil }],
          }),
        })}
      />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(byTestId(root, 'imported').textContent).toBe(evil);
    expect(byTestId(root, 'rejected').textContent).toContain(evil);
    expect(byTestId(root, 'import-error').textContent).toContain(evil);
    expect(byTestId(root, 'conflict').querySelector('legend')!.textContent).toBe(evil);
  });
});

describe('conflicts', () => {
  it('offer a choice per article, named by its headline, with both days', () => {
    const root = mount(<ImportReport {...props({ t: localeT('en', 'en-GB') })} />);
    const a = conflict(root, 'user-a');
    expect(a.localName).toBe('fieldset');
    expect(a.querySelector('legend')!.textContent).toBe('Wuzhen summit opens');
    expect(radio(root, 'user-a', 'keep').closest('label')!.textContent).toBe('Keep the saved version (saved 1 May 2024)');
    expect(radio(root, 'user-a', 'replace').closest('label')!.textContent).toBe(
      'Replace it with the version in the file (saved 3 May 2024)',
    );
    // Each article's radios are one group, apart from the other's.
    expect(radio(root, 'user-a', 'keep').name).toBe(radio(root, 'user-a', 'replace').name);
    expect(radio(root, 'user-a', 'keep').name).not.toBe(radio(root, 'user-b', 'keep').name);
  });

  it('default to keep, and Apply passes keep for every one left alone', () => {
    const p = props();
    const root = mount(<ImportReport {...p} />);
    expect(radio(root, 'user-a', 'keep').checked).toBe(true);
    expect(radio(root, 'user-b', 'keep').checked).toBe(true);
    expect(radio(root, 'user-a', 'replace').checked).toBe(false);
    click(byTestId(root, 'apply-decisions'));
    expect(p.onResolve).toHaveBeenCalledExactlyOnceWith({ 'user-a': 'keep', 'user-b': 'keep' });
  });

  it('pass each choice as made', () => {
    const p = props();
    const root = mount(<ImportReport {...p} />);
    click(radio(root, 'user-b', 'replace'));
    expect(radio(root, 'user-b', 'replace').checked).toBe(true);
    click(byTestId(root, 'apply-decisions'));
    expect(p.onResolve).toHaveBeenLastCalledWith({ 'user-a': 'keep', 'user-b': 'replace' });
    click(radio(root, 'user-b', 'keep'));
    click(radio(root, 'user-a', 'replace'));
    click(byTestId(root, 'apply-decisions'));
    expect(p.onResolve).toHaveBeenLastCalledWith({ 'user-a': 'replace', 'user-b': 'keep' });
  });

  it('replace nothing on choosing alone, nor on Enter', () => {
    const p = props();
    const root = mount(<ImportReport {...p} />);
    click(radio(root, 'user-a', 'replace'));
    key(radio(root, 'user-a', 'replace'), 'Enter');
    const form = radio(root, 'user-a', 'replace').form!;
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(p.onResolve).not.toHaveBeenCalled();
  });

  it('start again from keep for a new report', () => {
    const p = props();
    const root = mount(<ImportReport {...p} />);
    click(radio(root, 'user-a', 'replace'));
    rerender(root, <ImportReport {...p} report={report({ imported: [] })} />);
    expect(radio(root, 'user-a', 'keep').checked).toBe(true);
  });

  it('survive a re-render with an equal report object', () => {
    const p = props();
    const root = mount(<ImportReport {...p} />);
    click(radio(root, 'user-a', 'replace'));
    const replace = radio(root, 'user-a', 'replace');
    replace.focus();
    rerender(root, <ImportReport {...p} report={report()} />);
    expect(radio(root, 'user-a', 'replace').checked).toBe(true);
    expect(document.activeElement).toBe(replace);
    click(byTestId(root, 'apply-decisions'));
    expect(p.onResolve).toHaveBeenLastCalledWith({ 'user-a': 'replace', 'user-b': 'keep' });
  });

  it('wait while busy', () => {
    const p = props({ busy: true });
    const root = mount(<ImportReport {...p} />);
    const apply = byTestId<HTMLButtonElement>(root, 'apply-decisions');
    expect(apply.disabled).toBe(true);
    click(apply);
    expect(p.onResolve).not.toHaveBeenCalled();
  });

  it('are absent when there are none', () => {
    const root = mount(<ImportReport {...props({ report: report({ conflicts: [] }) })} />);
    expect(allByTestId(root, 'conflict')).toHaveLength(0);
    expect(allByTestId(root, 'apply-decisions')).toHaveLength(0);
  });
});

describe('focus', () => {
  it('goes to the report when one arrives', () => {
    const root = mount(<ImportReport {...props({ report: null })} />);
    rerender(root, <ImportReport {...props()} />);
    expect(document.activeElement).toBe(byTestId(root, 'import-report').querySelector('h3'));
  });

  it('stays where it is when the page opens with a report', () => {
    const root = mount(<ImportReport {...props()} />);
    expect(document.activeElement).not.toBe(byTestId(root, 'import-report').querySelector('h3'));
  });
});

describe('a report on thousands of articles', () => {
  const many = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);
  const big = report({
    imported: many(2990, 'Article'),
    rejected: Array.from({ length: 40 }, (_, i) => ({ position: i + 1, id: null, problem: { code: 'notObject' as const } })),
    conflicts: Array.from({ length: 30 }, (_, i) => ({ ...conflicts[0]!, id: `user-${i}`, headline: `Saved ${i}` })),
  });

  it('gives the counts first, each list folded under its count', () => {
    const root = mount(<ImportReport {...props({ t: localeT('en'), report: big })} />);
    expect(byTestId(root, 'imported-count').textContent).toBe('Imported 2,990 articles:');
    expect(byTestId(root, 'rejected-count').textContent).toContain('40');
    const folds = allByTestId<HTMLDetailsElement>(root, 'folded');
    expect(folds).toHaveLength(3);
    // Closed: the headlines are there for whoever opens the list, not in the way of the counts.
    for (const fold of folds) {
      expect(fold.open).toBe(false);
      expect(fold.querySelector('summary')!.textContent).toBe('Show the list');
    }
    expect(byTestId(root, 'imported').closest('details')).toBe(folds[0]);
    expect(byTestId(root, 'imported').querySelectorAll('li')).toHaveLength(2990);
  });

  it('decides every conflict at once, and still replaces nothing until Apply', () => {
    const p = props({ report: big });
    const root = mount(<ImportReport {...p} />);
    click(byTestId(root, 'replace-all'));
    expect(p.onResolve).not.toHaveBeenCalled();
    expect(radio(root, 'user-7', 'replace').checked).toBe(true);
    click(byTestId(root, 'keep-all'));
    click(radio(root, 'user-3', 'replace'));
    click(byTestId(root, 'apply-decisions'));
    const decisions = (p.onResolve as ReturnType<typeof vi.fn>).mock.lastCall![0] as Record<string, string>;
    expect(Object.values(decisions).filter((d) => d === 'replace')).toEqual(['replace']);
    expect(decisions['user-3']).toBe('replace');
  });

  it('keeps a few conflicts open, without "decide all" for one', () => {
    const root = mount(<ImportReport {...props({ report: report({ conflicts: conflicts.slice(0, 1) }) })} />);
    const conflictFold = conflict(root, 'user-a').closest('details')!;
    expect(conflictFold.open).toBe(true);
    expect(allByTestId(root, 'decide-all')).toHaveLength(0);
  });
});
