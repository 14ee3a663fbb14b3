// The interface's words (shared/translate.ts) over the real locale files:
// messages substituted as the browser does, and what Intl formats (dates at
// exactly the source's precision, plural forms, numbers, lists) in the
// locale file's language, with "date unknown" for anything that is not a
// real YYYY[-MM[-DD]].

import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPartialDate, parsePartialDate } from '../../../core/validate.ts';
import { createTranslator, interfaceLanguage, listKey } from '../../../shared/translate.ts';
import { LOCALES, localeT, readLocale } from '../components/helpers.ts';

const en = localeT('en');
const gb = localeT('en', 'en-GB');
const cn = localeT('zh_CN');
const tw = localeT('zh_TW');

describe('dates', () => {
  it.each([
    ['2023', '2023', '2023', '2023年', '2023年'],
    ['2023-11', 'Nov 2023', 'Nov 2023', '2023年11月', '2023年11月'],
    ['2022-11-08', 'Nov 8, 2022', '8 Nov 2022', '2022年11月8日', '2022年11月8日'],
    ['2014-01-31', 'Jan 31, 2014', '31 Jan 2014', '2014年1月31日', '2014年1月31日'],
    ['2024-02-29', 'Feb 29, 2024', '29 Feb 2024', '2024年2月29日', '2024年2月29日'],
    ['0999-12', 'Dec 999', 'Dec 999', '999年12月', '999年12月'],
  ])('%s -> %s / %s / %s / %s', (value, us, british, simplified, traditional) => {
    expect(en.date(value)).toBe(us);
    expect(gb.date(value)).toBe(british);
    expect(cn.date(value)).toBe(simplified);
    expect(tw.date(value)).toBe(traditional);
  });

  it('shows a date the same in every time zone: a calendar date is not an instant', () => {
    const before = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = zone;
        expect(createTranslator(en, 'en').date('2022-11-08')).toBe('Nov 8, 2022');
      }
    } finally {
      process.env.TZ = before;
    }
  });

  it('says "date unknown" for null, in each language', () => {
    expect([en, cn, tw].map((t) => t.date(null))).toEqual(['date unknown', '日期不详', '日期不詳']);
  });

  it.each(['', '23', '2023-1', '2023-13', '2023-00', '2023-02-29', '1900-02-29', '2023-04-31', '2023-11-08T10:00:00Z', ' 2023', 'Nov 2023', '2023/11/08'])(
    'never guesses from %j',
    (value) => {
      expect(parsePartialDate(value)).toBeNull();
      expect(isPartialDate(value)).toBe(false);
      expect(en.date(value)).toBe('date unknown');
    },
  );

  it('tolerates values of the wrong type', () => {
    expect(en.date(undefined)).toBe('date unknown');
    expect(en.date(2023)).toBe('date unknown');
  });

  it('parses the parts it shows (the one date rule, shared with the corpus build and imports)', () => {
    expect(parsePartialDate('2023')).toEqual({ year: 2023, month: null, day: null });
    expect(parsePartialDate('2023-11')).toEqual({ year: 2023, month: 11, day: null });
    expect(parsePartialDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it('shows a timestamp as the reader’s calendar day, never as ISO', () => {
    const at = '2024-05-01T12:00:00.000Z';
    expect(gb.day(at)).toBe('1 May 2024');
    expect(cn.day(at)).toBe('2024年5月1日');
    for (const bad of ['', 'yesterday', null, '0001-01-01T00:00:00Z']) expect(en.day(bad)).toBe('date unknown');
  });
});

describe('counts', () => {
  it('picks the form by Intl.PluralRules and formats the number', () => {
    expect([0, 1, 2, 1500].map((n) => en.plural('mentions', n))).toEqual(['0 mentions', '1 mention', '2 mentions', '1,500 mentions']);
    expect([1, 2].map((n) => cn.plural('mentions', n))).toEqual(['1 处提及', '2 处提及']);
    expect(tw.plural('articlesCount', 1)).toBe('1 篇文章');
  });

  it('passes further values after the count', () => {
    expect(en.plural('articlesShown', 12, [en.number(3)])).toBe('3 of 12 articles');
    expect(en.plural('articlesShown', 1, [en.number(1)])).toBe('1 of 1 article');
    expect(cn.plural('articlesShown', 12, ['3'])).toBe('3 篇，共 12 篇');
  });

  it('makes each Intl formatter once per language, when first used: the sidebar renders on the reader’s page', () => {
    const Real = Intl.PluralRules;
    const made = vi.spyOn(Intl, 'PluralRules').mockImplementation(function (this: unknown, ...args: ConstructorParameters<typeof Real>) {
      return new Real(...args);
    } as never);
    // Words alone make none (the engine only names topics and events).
    expect(createTranslator(en, 'en-NZ')('eventName', ['World Internet Conference', '2023'])).toBe('World Internet Conference, 2023');
    expect(made).not.toHaveBeenCalled();
    const t = createTranslator(en, 'en-AU');
    const again = createTranslator(en, 'en-AU');
    for (let i = 0; i < 50; i++) {
      t.plural('mentions', i);
      again.plural('mentions', i);
    }
    expect(made).toHaveBeenCalledTimes(1);
  });

  it('writes whole numbers below 1000 as Intl does, without making a formatter, in every language a locale file names', () => {
    const Real = Intl.NumberFormat;
    const made = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (this: unknown, ...args: ConstructorParameters<typeof Real>) {
      return new Real(...args);
    } as never);
    const files = LOCALES.map((l) => readLocale(l).locale!.message);
    for (const lang of [...files, 'en-GB', 'en-IN', 'en-US', 'zh-HK', 'zh-SG', 'zh-Hant-TW']) {
      const t = createTranslator(en, lang);
      const reference = new Real(lang);
      const calls = made.mock.calls.length;
      for (let n = 0; n < 1000; n++) expect(t.number(n)).toBe(reference.format(n));
      expect(made.mock.calls.length).toBe(calls);
      // Past that, and for fractions, Intl: grouping differs by region (en-IN: 1,00,000).
      expect(t.number(100_000)).toBe(reference.format(100_000));
      expect(t.number(2.5)).toBe(reference.format(2.5));
    }
  });

  afterEach(() => vi.restoreAllMocks());
});

describe('strings formatted elsewhere (learn)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the learnt date and list as they were formatted, and makes no formatter for them', () => {
    const made = [vi.spyOn(Intl, 'DateTimeFormat'), vi.spyOn(Intl, 'ListFormat')];
    const t = createTranslator(en, 'en-ZA');
    t.learn({ lang: 'en-ZA', dates: { '2022-11-08': 'as the background wrote it' }, lists: { [listKey(['A', 'B'])]: 'A and B, learnt' } });
    expect(t.date('2022-11-08')).toBe('as the background wrote it');
    expect(t.list(['A', 'B'])).toBe('A and B, learnt');
    for (const spy of made) expect(spy).not.toHaveBeenCalled();
  });

  it('formats what it was not told, and takes nothing formatted in another language or of the wrong type', () => {
    const t = createTranslator(en, 'en');
    t.learn({ lang: 'zh-CN', dates: { '2022-11-08': '2022年11月8日' }, lists: {} });
    t.learn({ lang: 'en', dates: { '2023-01-02': 42 as unknown as string }, lists: { [listKey(['A'])]: null as unknown as string } });
    t.learn(undefined);
    expect(t.date('2022-11-08')).toBe('Nov 8, 2022');
    expect(t.date('2023-01-02')).toBe('Jan 2, 2023');
    expect(t.list(['A'])).toBe('A');
    expect(t.list(['A', 'B'])).toBe('A and B');
  });
});

describe('lists and messages', () => {
  it('joins lists as each language does', () => {
    expect(en.list(['Xi Jinping', 'Li Qiang', 'Wang Yi'])).toBe('Xi Jinping, Li Qiang, and Wang Yi');
    expect(gb.list(['Xi Jinping', 'Li Qiang', 'Wang Yi'])).toBe('Xi Jinping, Li Qiang and Wang Yi');
    expect(cn.list(['习近平', '李强', '王毅'])).toBe('习近平、李强和王毅');
    expect(en.list(['Wuzhen'])).toBe('Wuzhen');
  });

  it('substitutes like the browser: $1, $2 in order, "$$" as "$", a value taken as it is', () => {
    expect(en('mentionPosition', ['2', '7'])).toBe('2 of 7');
    expect(cn('mentionPosition', ['2', '7'])).toBe('第 2 处，共 7 处');
    expect(en('searchNoResults', ['$1 costs'])).toBe('No passages match “$1 costs”.');
  });

  it('names an event the way each language does', () => {
    expect(en('eventName', ['World Internet Conference', '2023'])).toBe('World Internet Conference, 2023');
    expect(cn('eventName', ['世界互联网大会', '2023'])).toBe('2023年世界互联网大会');
    expect(tw('eventName', ['世界網際網路大會', '2023'])).toBe('2023年世界網際網路大會');
  });
});

describe('interfaceLanguage', () => {
  it('is the locale file’s language, refined by the UI’s region only within that language', () => {
    expect(interfaceLanguage('en', 'en-GB')).toBe('en-GB');
    expect(interfaceLanguage('en', 'en_US')).toBe('en-US');
    expect(interfaceLanguage('en', 'fr-FR')).toBe('en');
    expect(interfaceLanguage('zh-CN', 'zh-CN')).toBe('zh-CN');
    // A Hong Kong browser gets whichever file the browser chose, and that file's script.
    expect(interfaceLanguage('zh-TW', 'zh-HK')).toBe('zh-TW');
    expect(interfaceLanguage('en', 'zh-HK')).toBe('en');
    expect(interfaceLanguage('en', 'not a tag!')).toBe('en');
    expect(interfaceLanguage('', 'de')).toBe('en');
  });
});
