// What importing a file did: the articles imported, those already saved as
// they are in the file, each one that could not be imported with where it
// is in the file and why, and, for each article saved in another version, a
// choice between keeping the saved one (the default) and replacing it. No
// saved article is replaced unless the reader chose so and pressed Apply.
// A file of thousands of articles gives counts first; each list is folded
// (<details>) under its count, and many conflicts can be decided at once.

import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Problem } from '../core/problem.ts';
import type { RecordProblem } from '../core/user-record.ts';
import type { Translate } from '../shared/translate.ts';
import { problemText, recordProblemText } from './problem-text.ts';

export type ImportDecision = 'replace' | 'keep';

/** Up to this many conflicts are shown open; more are folded, with "decide all" above them. */
const FOLD_CONFLICTS_OVER = 10;

/** A list under its count, folded: the count is the summary a reader needs first. */
function Folded(props: { t: Translate; open?: boolean; children: ComponentChildren }) {
  return (
    <details class="rc-folded" open={props.open} data-testid="folded">
      <summary>{props.t('showList')}</summary>
      {props.children}
    </details>
  );
}

export interface ImportReportData {
  /** Headlines of the articles imported. */
  imported: string[];
  /** Headlines of articles already saved exactly as in the file (optional). */
  unchanged?: string[];
  /** Records that cannot be imported: 1-based position in the file, id when readable, and why. */
  rejected: Array<{ position: number; id: string | null; problem: RecordProblem }>;
  /** Articles saved in another version: the reader decides. Timestamps are ISO. */
  conflicts: Array<{ id: string; headline: string; savedAt: string; incomingSavedAt: string }>;
}

export interface ImportReportProps {
  t: Translate;
  /** null before any import (and with a file-level error). */
  report: ImportReportData | null;
  /** Why the file as a whole could not be read (or imported). */
  error: Problem | null;
  /** One decision per conflict id; 'keep' unless the reader chose 'replace'. */
  onResolve(decisions: Record<string, ImportDecision>): void;
  /** An import or the applying of decisions is running. */
  busy: boolean;
}

export function ImportReport(props: ImportReportProps) {
  const { t, report, error, busy } = props;
  const ids = { heading: useId(), choice: useId() };
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A report is known by its content, not its identity: the caller may build
  // a fresh but equal object on every render, which must neither reset the
  // reader's choices nor move their focus.
  const reportKey = useMemo(() => (report ? JSON.stringify(report) : ''), [report]);
  // Choices belong to the report they were made on: a new report starts from "keep".
  const [chosen, setChosen] = useState<{ reportKey: string; choices: Record<string, ImportDecision> }>({
    reportKey: '',
    choices: {},
  });
  const choices = chosen.reportKey === reportKey ? chosen.choices : {};

  // A new report is the answer to what the reader just did: take them to it
  // (but not on arrival at the page, where focus starts at the top).
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current && reportKey) headingRef.current?.focus();
    mounted.current = true;
  }, [reportKey]);

  if (!report && !error) return null;

  const choose = (id: string, decision: ImportDecision) =>
    setChosen({ reportKey, choices: { ...choices, [id]: decision } });

  const apply = () => {
    if (!report || busy) return;
    const decisions: Record<string, ImportDecision> = {};
    for (const c of report.conflicts) decisions[c.id] = choices[c.id] === 'replace' ? 'replace' : 'keep';
    props.onResolve(decisions);
  };

  const unchanged = report?.unchanged ?? [];
  const setAll = (decision: ImportDecision) =>
    setChosen({ reportKey, choices: Object.fromEntries((report?.conflicts ?? []).map((c) => [c.id, decision])) });

  return (
    <section class="rc-page-section" data-testid="import-report" aria-labelledby={ids.heading} aria-busy={busy ? 'true' : undefined}>
      <h3 class="rc-sub-heading" id={ids.heading} ref={headingRef} tabIndex={-1}>
        {t('importHeading')}
      </h3>

      {error && (
        <div class="rc-error" role="alert" data-testid="import-error">
          <p class="rc-error-title">{t('importFailed')}</p>
          <p class="rc-error-detail">{problemText(t, error)}</p>
        </div>
      )}

      {report && (
        <>
          {report.imported.length ? (
            <div>
              <p data-testid="imported-count">{t.plural('imported', report.imported.length)}</p>
              <Folded t={t}>
                <ul class="rc-bullets" data-testid="imported">
                  {report.imported.map((headline, i) => (
                    <li key={i}>{headline}</li>
                  ))}
                </ul>
              </Folded>
            </div>
          ) : (
            <p data-testid="imported-none">{t('importedNone')}</p>
          )}

          {unchanged.length > 0 && <p data-testid="unchanged">{t.plural('unchanged', unchanged.length)}</p>}

          {report.rejected.length > 0 && (
            <div>
              <p data-testid="rejected-count">{t.plural('rejected', report.rejected.length)}</p>
              <Folded t={t}>
                <ul class="rc-bullets" data-testid="rejected">
                  {report.rejected.map((r, i) => (
                    <li key={i} data-position={r.position}>
                      {t('rejectedItem', [t.number(r.position), recordProblemText(t, r.problem)])}
                      {r.id && <span class="rc-muted">{t('inParentheses', [t('rejectedId', [r.id])])}</span>}
                    </li>
                  ))}
                </ul>
              </Folded>
            </div>
          )}

          {report.conflicts.length > 0 && (
            <form
              class="rc-page-section"
              noValidate
              // Only the button applies: Enter on a choice must not replace anything.
              onSubmit={(e) => e.preventDefault()}
            >
              <p>{t.plural('conflicts', report.conflicts.length)}</p>
              <p class="rc-hint">{t('conflictsNote')}</p>
              {report.conflicts.length > 1 && (
                <div class="rc-actions" data-testid="decide-all">
                  <button type="button" class="rc-button rc-button--small" data-testid="keep-all" onClick={() => setAll('keep')}>
                    {t('conflictKeepAll')}
                  </button>
                  <button type="button" class="rc-button rc-button--small" data-testid="replace-all" onClick={() => setAll('replace')}>
                    {t('conflictReplaceAll')}
                  </button>
                </div>
              )}
              <Folded t={t} open={report.conflicts.length <= FOLD_CONFLICTS_OVER}>
              {report.conflicts.map((c, i) => {
                const name = `${ids.choice}-${i}`;
                const decision = choices[c.id] === 'replace' ? 'replace' : 'keep';
                return (
                  <fieldset class="rc-choice" key={c.id} data-testid="conflict" data-article-id={c.id}>
                    <legend>{c.headline}</legend>
                    <label class="rc-radio-row">
                      <input
                        type="radio"
                        name={name}
                        value="keep"
                        checked={decision === 'keep'}
                        onChange={(e) => {
                          if (e.currentTarget.checked) choose(c.id, 'keep');
                        }}
                      />
                      <span>{t('conflictKeep', [t.day(c.savedAt)])}</span>
                    </label>
                    <label class="rc-radio-row">
                      <input
                        type="radio"
                        name={name}
                        value="replace"
                        checked={decision === 'replace'}
                        onChange={(e) => {
                          if (e.currentTarget.checked) choose(c.id, 'replace');
                        }}
                      />
                      <span>{t('conflictReplace', [t.day(c.incomingSavedAt)])}</span>
                    </label>
                  </fieldset>
                );
              })}
              </Folded>
              <div class="rc-actions">
                <button type="button" class="rc-button rc-button--primary" data-testid="apply-decisions" disabled={busy} onClick={apply}>
                  {t('applyDecisions')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </section>
  );
}
