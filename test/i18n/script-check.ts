// Is a text written in its locale's script? English: no Chinese characters
// or full-width punctuation. Chinese: no Latin letters and no ASCII
// punctuation (it takes "，" "：" "（）"), and every character in its own
// script, simplified (zh_CN) or traditional (zh_TW), by OpenCC's tables.
// Names, addresses and quoted text are passed in as `allowed` and taken
// out first.

import * as OpenCC from 'opencc-js';
/** A locale file's name. */
export type Locale = 'en' | 'zh_CN' | 'zh_TW';

// One character at a time: OpenCC's phrase tables would read a phrase where
// we wrote two words (多只 "only" as 多隻 "many animals").
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const HAN = /\p{Script=Han}/u;
const URL = /\bhttps?:\/\/[^\s，。；：（）「」“”]*/g;

/** The parts of `text` that are not in `locale`'s script, for a readable failure. */
export function offScript(text: string, locale: Locale, allowed: readonly string[] = []): string[] {
  let rest = text.replace(URL, ' ');
  // Longest first, so "Xi Jinping" goes before "Xi".
  for (const a of [...allowed].sort((x, y) => y.length - x.length)) if (a) rest = rest.split(a).join(' ');
  // Numbers as Intl writes them in every locale here: 2,000 and 3.5.
  rest = rest.replace(/\d+(?:[,.]\d+)+/g, ' ');
  const found: string[] = [];
  if (locale === 'en') {
    for (const m of rest.matchAll(/[\p{Script=Han}，。、：；！？（）「」《》“”]+/gu)) found.push(m[0]);
    // “” are English quotes too: only Chinese characters and Chinese-only marks count.
    return found.filter((f) => !/^[“”]+$/.test(f));
  }
  for (const m of rest.matchAll(/[A-Za-z]+/g)) found.push(m[0]);
  for (const m of rest.matchAll(/\S*[,;:!?()]\S*/g)) found.push(m[0]);
  const convert = locale === 'zh_TW' ? toTraditional : toSimplified;
  for (const ch of new Set(rest)) if (HAN.test(ch) && convert(ch) !== ch) found.push(`${ch} (${convert(ch)})`);
  return found;
}
