// Export and import on the options page: the file the reader downloads, the
// file they choose, the report of what an import did, and the second round
// in which they decide each conflict.

import { useState } from 'preact/hooks';
import type { ImportDecision, ImportReportData } from '../../components/ImportReport.tsx';
import { errorText } from '../../components/problem-text.ts';
import { type Problem, problemOf } from '../../core/problem.ts';
import type { Translate } from '../../shared/translate.ts';
import type { Ask } from './use-articles.ts';

function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked later, not at once: the browser may not have started the download yet.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * `count`: how many articles an export holds (for its notice);
 * `reload`: refreshes the list after an import.
 */
export function useTransfer(t: Translate, call: Ask, notice: (text: string) => void, count: number, reload: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReportData | null>(null);
  const [error, setError] = useState<Problem | null>(null);
  /** The text of the last file imported, sent again with the reader's decisions. */
  const [text, setText] = useState<string | null>(null);

  const runImport = async (fileText: string, decisions: Record<string, ImportDecision>) => {
    setBusy(true);
    try {
      setReport(await call('importArticles', { text: fileText, decisions }));
      setError(null);
      setText(fileText);
    } catch (e) {
      setReport(null);
      setError(problemOf(e));
    }
    setBusy(false);
    await reload();
  };

  const onExport = async (kind: 'json' | 'markdown') => {
    setBusy(true);
    try {
      const exported = await call('exportArticles', { kind });
      const day = new Date().toISOString().slice(0, 10);
      const name = `related-coverage-articles-${day}.${kind === 'json' ? 'json' : 'md'}`;
      download(exported, name, kind === 'json' ? 'application/json' : 'text/markdown');
      notice(t.plural('exported', count, [name]));
    } catch (e) {
      notice(errorText(t, e));
    }
    setBusy(false);
  };

  return {
    transferBusy: busy,
    importReport: report,
    importError: error,
    onExport,
    onImportFile: async (file: File) => runImport(await file.text(), {}),
    onResolveImport: (decisions: Record<string, ImportDecision>) => (text ? void runImport(text, decisions) : undefined),
  };
}
