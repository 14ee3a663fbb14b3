// What the reader is told when IndexedDB refuses a write. A full quota must
// read as such, say that nothing was saved and what to do; any other failure
// must still say what failed and that nothing changed. (That nothing was
// saved holds because each write is one IndexedDB transaction.)

import { describe, expect, it } from 'vitest';
import { storageError } from '../../../shared/storage-error.ts';

describe('storageError', () => {
  it('names a full quota (DOMException QuotaExceededError), says nothing was saved and what to do', () => {
    const e = storageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'save "Leaders meet in Wuzhen"');
    expect(e.message).toMatch(/^Could not save "Leaders meet in Wuzhen": the browser's storage for this extension is full\./);
    expect(e.message).toContain('Nothing was saved.');
    expect(e.message).toMatch(/Delete some saved articles, or free disk space/);
  });

  it('knows a quota error by its message where the browser gives no name (Firefox wraps some)', () => {
    expect(storageError(new Error('Quota exceeded for this origin'), 'import 3 articles').message).toMatch(/storage for this extension is full/);
  });

  it('says what failed and that nothing changed for any other error', () => {
    const e = storageError(new DOMException('The transaction was aborted.', 'AbortError'), 'delete the article');
    expect(e.message).toBe('Could not delete the article: The transaction was aborted. Nothing was changed.');
  });
});
