import { describe, expect, it } from 'vitest';
import { findDateInText, parseTypedDate } from '../../../core/typed-date.ts';
import { draftProblems, recordFromDraft } from '../../../core/user-articles.ts';

describe('a date as a person types it', () => {
  it.each([
    ['2024', '2024'],
    ['2024-11', '2024-11'],
    ['2024-11-20', '2024-11-20'],
    [' 2024/11/20 ', '2024-11-20'],
    ['2024.1.5', '2024-01-05'],
    ['2024年11月20日', '2024-11-20'],
    ['2024 年 11 月 20 日', '2024-11-20'],
    ['２０２４年１１月２０日', '2024-11-20'],
    ['2024年11月', '2024-11'],
    ['2024年', '2024'],
    ['11月20日，2024年', '2024-11-20'],
    ['20 Nov 2024', '2024-11-20'],
    ['20 November 2024.', '2024-11-20'],
    ['Nov. 20, 2024', '2024-11-20'],
    ['november 20 2024', '2024-11-20'],
    ['3rd March 2023', '2023-03-03'],
    ['Sept 2024', '2024-09'],
  ])('%s -> %s', (typed, stored) => {
    expect(parseTypedDate(typed)).toBe(stored);
  });

  it.each(['', 'soon', '2024-13', '2023-02-29', '30 Feb 2024', '2024年2月30日', '1850', '20 Nov', '11/20/2024', '2024-11-20 and more'])(
    'refuses %j',
    (typed) => {
      expect(parseTypedDate(typed)).toBeNull();
    },
  );

  it('the editor accepts a typed date and the record stores it normalised', () => {
    const draft = { headline: 'h', outlet: 'o', published: '2024年11月20日', url: null, author: null, language: 'zh' as const, note: null, paragraphs: ['text'] };
    expect(draftProblems(draft)).toEqual([]);
    expect(recordFromDraft(draft, new Date('2025-01-01T00:00:00Z')).article.published).toBe('2024-11-20');
    expect(recordFromDraft({ ...draft, published: '20 Nov 2024' }, new Date()).article.published).toBe('2024-11-20');
    expect(draftProblems({ ...draft, published: 'next week' })).toEqual([{ code: 'dateInvalid', value: 'next week' }]);
  });
});

describe('a date written in a dateline', () => {
  it('finds the first date with at least a month', () => {
    expect(findDateInText('Wuzhen · 20 Nov 2024, 09:30')).toBe('2024-11-20');
    expect(findDateInText('记者 王芳　2024年11月20日 08:00')).toBe('2024-11-20');
    expect(findDateInText('发布时间：11月20日，2024年')).toBe('2024-11-20');
    expect(findDateInText('Updated November 21, 2024 at 10:00')).toBe('2024-11-21');
    expect(findDateInText('Founded in 1998, the paper')).toBeNull();
    expect(findDateInText('Call 0571-1234 for tickets')).toBeNull();
  });
});
