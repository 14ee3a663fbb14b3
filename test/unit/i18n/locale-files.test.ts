// The locale files themselves: each message in its language's script and
// punctuation, Taiwan's words in zh_TW, the glossary's terms (docs/glossary.md)
// and no count written without its plural.

import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { LOCALES, readLocale } from '../components/helpers.ts';
import { offScript } from '../../i18n/script-check.ts';

// What a Chinese message may keep in Latin letters: names of formats and
// keys, an example acronym, and the product's own export kind.
const NAMES = ['JSON', 'Markdown', 'PDF', 'Alt', 'Esc', 'AI'];
const PLACEHOLDER = /\$[1-9]/g;

describe.each(LOCALES)('%s', (locale) => {
  const messages = Object.entries(readLocale(locale)).filter(([key]) => key !== 'locale');

  it.each(messages)('%s is in the locale’s script', (_key, { message }) => {
    const allowed = locale === 'en' ? [] : NAMES;
    expect(offScript(message.replace(PLACEHOLDER, ' '), locale, allowed)).toEqual([]);
  });
});

describe('Chinese wording', () => {
  const zhCN = Object.values(readLocale('zh_CN')).map((m) => m.message);
  const zhTW = Object.values(readLocale('zh_TW')).map((m) => m.message);

  it('zh_TW uses Taiwan’s words: OpenCC’s mainland-to-Taiwan phrases change nothing', () => {
    const twp = OpenCC.Converter({ from: 'cn', to: 'twp' });
    // OpenCC reads 多只 ("at most ... only") as 多隻 ("many", a measure word); we mean the former.
    const changed = zhTW.filter((m) => twp(m).replaceAll('隻', '只') !== m).map((m) => [m, twp(m)]);
    expect(changed).toEqual([]);
    for (const mainland of ['互聯網', '人工智能', '網絡', '信息', '軟件', '默認', '加載', '搜索', '設置', '主題', '文件']) {
      expect(zhTW.filter((m) => m.includes(mainland)), mainland).toEqual([]);
    }
  });

  it('zh_CN uses the mainland’s: OpenCC’s traditional-to-simplified changes nothing, no Taiwan terms', () => {
    const cn = OpenCC.Converter({ from: 'tw', to: 'cn' });
    expect(zhCN.filter((m) => cn(m) !== m)).toEqual([]);
    for (const taiwan of ['网际网路', '人工智慧', '资讯', '档案', '储存', '主题', '我的']) {
      expect(zhCN.filter((m) => m.includes(taiwan)), taiwan).toEqual([]);
    }
  });

  it('quotes the Chinese way: “” in zh_CN, 「」 in zh_TW, titles in 《》', () => {
    expect(zhCN.filter((m) => /[「」"']/.test(m))).toEqual([]);
    expect(zhTW.filter((m) => /[“”"']/.test(m))).toEqual([]);
  });
});

describe('counts', () => {
  const en = readLocale('en');

  it('English never writes a number before a plural noun outside a plural message', () => {
    // A plural message's forms are keys ending in _one/_other; anywhere else "$1 articles" would read "1 articles".
    const singular = Object.entries(en).filter(([key]) => !/_(zero|one|two|few|many|other)$/.test(key));
    const loose = singular.filter(([, { message }]) => /\$[1-9] (articles|mentions|passages|paragraphs|words)\b/.test(message));
    expect(loose.map(([k]) => k)).toEqual([]);
  });
});
