// What went wrong, as data: a code and the values a sentence needs. Code
// below the interface (core/, the background, storage) returns or throws
// these; the interface turns them into sentences in the reader's language
// (components/problem-text.ts), so no sentence is built outside a locale file.

import type { ArticleProblem } from './user-articles.ts';
import type { ImportFileProblem } from './user-corpus-file.ts';

/** What was being stored when the browser refused. */
export type StorageAction =
  | { action: 'saveArticle'; headline: string }
  | { action: 'importArticles'; count: number }
  | { action: 'deleteArticle' }
  | { action: 'saveSetting' };

export type StorageProblem =
  /** The extension's storage quota (or the disk) is full: nothing was saved. */
  | ({ code: 'storageFull' } & StorageAction)
  /** Any other refusal; `detail` is the browser's own message. Nothing was changed. */
  | ({ code: 'storageFailed'; detail: string } & StorageAction);

/** A problem that can be thrown, and can cross from the background to a page. */
export type Problem =
  | ArticleProblem
  | ImportFileProblem
  | StorageProblem
  /** An article being edited was deleted meanwhile. */
  | { code: 'articleGone' }
  /** Anything unforeseen: `detail` is the technical message, shown as it is. */
  | { code: 'unexpected'; detail: string };

export class ProblemError extends Error {
  /** An own, enumerable field: it survives the structured clone of a message. */
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.code);
    this.name = 'ProblemError';
    this.problem = problem;
  }
}

/** The problem an error carries; anything else is "unexpected", with its message. */
export function problemOf(e: unknown): Problem {
  const carried = (e as { problem?: unknown } | null)?.problem;
  if (typeof carried === 'object' && carried !== null && typeof (carried as { code?: unknown }).code === 'string') {
    return carried as Problem;
  }
  return { code: 'unexpected', detail: e instanceof Error ? e.message : String(e) };
}

/**
 * The problem for a write the browser refused: one wording for every store
 * (the reader's articles in IndexedDB, the settings in extension storage).
 * A full quota is known by its name, or by its message where the browser
 * wraps it (Firefox).
 */
export function storageProblem(e: unknown, action: StorageAction): ProblemError {
  const name = (e as { name?: unknown } | null)?.name;
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new ProblemError({ code: 'storageFull', ...action });
  return new ProblemError({ code: 'storageFailed', detail: message.replace(/\.+$/, ''), ...action });
}
