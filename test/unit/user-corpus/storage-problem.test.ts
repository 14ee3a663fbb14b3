// What the reader is told when the browser refuses a write, for articles
// (IndexedDB) and settings (extension storage) alike: one wording. A full
// quota must read as such, say that nothing was saved and what to do; any
// other failure must still say what failed and that nothing changed. (That
// nothing was saved holds because each write is one transaction.)

import { describe, expect, it } from 'vitest';
import { problemText } from '../../../components/problem-text.ts';
import { storageProblem } from '../../../core/problem.ts';
import { localeT } from '../components/helpers.ts';

const en = localeT('en');

describe('storageProblem', () => {
  it('names a full quota (DOMException QuotaExceededError), says nothing was saved and what to do', () => {
    const e = storageProblem(new DOMException('The quota has been exceeded.', 'QuotaExceededError'), {
      action: 'saveArticle',
      headline: 'Leaders meet in Wuzhen',
    });
    expect(e.problem).toEqual({ code: 'storageFull', action: 'saveArticle', headline: 'Leaders meet in Wuzhen' });
    const text = problemText(en, e.problem);
    expect(text).toMatch(/^Could not save “Leaders meet in Wuzhen”: the browser's storage for this extension is full\./);
    expect(text).toContain('Nothing was saved.');
    expect(text).toMatch(/Delete some saved articles, or free disk space/);
    expect(problemText(localeT('zh_CN'), e.problem)).toBe(
      '无法保存《Leaders meet in Wuzhen》：浏览器为此扩展提供的存储空间已满，没有保存任何内容。请删除一些已保存的文章或释放磁盘空间，然后重试。',
    );
  });

  it('knows a quota error by its message where the browser gives no name (Firefox wraps some)', () => {
    const e = storageProblem(new Error('Quota exceeded for this origin'), { action: 'importArticles', count: 3 });
    expect(problemText(en, e.problem)).toMatch(/^Could not import 3 articles: the browser's storage for this extension is full/);
    expect(problemText(en, storageProblem(new Error('quota'), { action: 'importArticles', count: 1 }).problem)).toMatch(
      /^Could not import 1 article:/,
    );
  });

  it('words a refused setting the same way', () => {
    const e = storageProblem(new DOMException('x', 'QuotaExceededError'), { action: 'saveSetting' });
    expect(problemText(en, e.problem)).toMatch(/^Could not save the setting: the browser's storage for this extension is full\. Nothing was saved\./);
  });

  it('says what failed and that nothing changed for any other error', () => {
    const e = storageProblem(new DOMException('The transaction was aborted.', 'AbortError'), { action: 'deleteArticle' });
    expect(problemText(en, e.problem)).toBe('Could not delete the article: The transaction was aborted. Nothing was changed.');
  });
});
