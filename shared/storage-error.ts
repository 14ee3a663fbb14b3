// The one sentence for a storage failure, above all a full disk or quota:
// for the reader's articles (IndexedDB, background.js) and for settings
// (extension storage, popup and options).

/** A clear sentence for a storage failure, above all a full disk or quota. */
export function storageError(e: unknown, what: string): Error {
  const name = (e as { name?: string })?.name;
  if (name === 'QuotaExceededError' || /quota/i.test(String((e as Error)?.message ?? e))) {
    return new Error(
      `Could not ${what}: the browser's storage for this extension is full. Nothing was saved. Delete some saved articles, or free disk space, and try again.`,
    );
  }
  const why = (e instanceof Error ? e.message : String(e)).replace(/\.+$/, '');
  return new Error(`Could not ${what}: ${why}. Nothing was changed.`);
}
