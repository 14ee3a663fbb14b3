// @vitest-environment happy-dom
// Dates at exactly the source's precision, in English and Chinese, and
// "date unknown" for anything that is not a real YYYY[-MM[-DD]].

import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate } from '../../../components/format-date.ts';
import { fakeT, localeT } from './helpers.ts';

const en = localeT('en');
const zh = localeT('zh_CN');

describe('formatPartialDate', () => {
  it.each([
    ['2023', '2023', '2023年'],
    ['2023-11', 'Nov 2023', '2023年11月'],
    ['2022-11-08', '8 Nov 2022', '2022年11月8日'],
    ['2014-01-31', '31 Jan 2014', '2014年1月31日'],
    ['2024-02-29', '29 Feb 2024', '2024年2月29日'],
    ['2000-12', 'Dec 2000', '2000年12月'],
  ])('%s -> %s / %s', (value, english, chinese) => {
    expect(formatPartialDate(value, en)).toBe(english);
    expect(formatPartialDate(value, zh)).toBe(chinese);
  });

  it('says "date unknown" for null', () => {
    expect(formatPartialDate(null, en)).toBe('date unknown');
    expect(formatPartialDate(null, zh)).toBe('日期不详');
  });

  it.each([
    '',
    '23',
    '2023-1',
    '2023-13',
    '2023-00',
    '2023-02-29',
    '1900-02-29',
    '2023-04-31',
    '2023-11-08T10:00:00Z',
    ' 2023',
    'Nov 2023',
    '2023/11/08',
  ])('never guesses from %j', (value) => {
    expect(parsePartialDate(value)).toBeNull();
    expect(formatPartialDate(value, en)).toBe('date unknown');
  });

  it('tolerates values of the wrong type', () => {
    expect(formatPartialDate(undefined, en)).toBe('date unknown');
    expect(formatPartialDate(2023, en)).toBe('date unknown');
  });

  it('asks for the month by name and passes the parts in placeholder order', () => {
    expect(formatPartialDate('2023', fakeT)).toBe('dateYear(2023)');
    expect(formatPartialDate('2023-11', fakeT)).toBe('dateMonth(month11|2023)');
    expect(formatPartialDate('2022-11-08', fakeT)).toBe('dateDay(8|month11|2022)');
  });

  it('parses the parts it shows', () => {
    expect(parsePartialDate('2023')).toEqual({ year: 2023, month: null, day: null });
    expect(parsePartialDate('2023-11')).toEqual({ year: 2023, month: 11, day: null });
    expect(parsePartialDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });
});
