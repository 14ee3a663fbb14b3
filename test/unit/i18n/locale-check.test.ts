// The build's locale check (scripts/locale-check.ts), which `wxt prepare`
// and every build run: it passes the real files and stops each kind of
// mistake a translation can make.

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LocaleMessages, checkLocales, localeProblems, readLocales } from '../../../scripts/locale-check.ts';

const en: LocaleMessages = new Map([
  ['locale', 'en'],
  ['close', 'Close'],
  ['mentions.one', '$1 mention'],
  ['mentions.other', '$1 mentions'],
  ['saved', 'Saved “$1”.'],
]);
const zh: LocaleMessages = new Map([
  ['locale', 'zh-CN'],
  ['close', '关闭'],
  ['mentions.other', '$1 处提及'],
  ['saved', '已保存《$1》。'],
]);

const problems = (zhFile: LocaleMessages) => localeProblems(new Map([['en', en], ['zh_CN', zhFile]]), 'en');
const without = (m: LocaleMessages, key: string) => new Map([...m].filter(([k]) => k !== key));

describe('locale check', () => {
  it('passes the locale files as they are', async () => {
    const dir = resolve(import.meta.dirname, '../../../locales');
    const locales = await readLocales(dir);
    expect([...locales.keys()].sort()).toEqual(['en', 'zh_CN', 'zh_TW']);
    expect(localeProblems(locales, 'en')).toEqual([]);
    await expect(checkLocales(dir, 'en')).resolves.toBeUndefined();
  });

  it('passes files that agree, each plural with its language’s forms', () => {
    expect(problems(zh)).toEqual([]);
  });

  it('stops a missing key and a stale one', () => {
    expect(problems(without(zh, 'close'))).toEqual(['locales/zh_CN: "close" is missing']);
    expect(problems(new Map([...zh, ['gone', '旧']]))).toEqual(['locales/zh_CN: "gone" is not in en']);
  });

  it('stops a plural with forms its language does not have, or without those it has', () => {
    expect(problems(new Map([...zh, ['mentions.one', '$1 处提及']]))).toEqual([
      'locales/zh_CN: the plural "mentions" needs exactly the forms other (Intl.PluralRules for zh-CN); not used: one',
    ]);
    expect(problems(without(zh, 'mentions.other'))).toEqual(['locales/zh_CN: the plural "mentions" is missing']);
    expect(localeProblems(new Map([['en', without(en, 'mentions.one')]]), 'en')).toEqual([
      'locales/en: the plural "mentions" needs exactly the forms one, other (Intl.PluralRules for en); missing one',
    ]);
  });

  it('stops a message that drops or invents a value', () => {
    expect(problems(new Map([...zh, ['saved', '已保存。']]))).toEqual(['locales/zh_CN: "saved" uses $(none) where en uses $1']);
    expect(problems(new Map([...zh, ['close', '关闭 $2']]))).toEqual(['locales/zh_CN: "close" uses $2 where en uses $(none)']);
  });

  it('stops a file that names the wrong language', () => {
    expect(problems(new Map([...zh, ['locale', 'zh-TW']]))).toEqual(['locales/zh_CN: "locale" must be "zh-CN", the file\'s own language']);
  });
});
