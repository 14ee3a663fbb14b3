// background.js is written in ASCII only (scripts/ascii-only-plugin.ts), so
// the browsers hold its source and strings one byte a character. Escaping
// must not change what the code means: strings, templates, regular
// expressions with and without the u flag, character classes, characters past
// U+FFFF, identifiers.

import { describe, expect, it } from 'vitest';
import { asciiOnly, asciiOnlyPlugin } from '../../../scripts/ascii-only-plugin.ts';

const SOURCE = String.raw`
  const 名前 = "世界互联网大会 · 人工智能治理 — “quoted” ’s";
  const re = /[\p{L}'’.-]+/gu;
  const plain = /[’“”]/g;
  const astral = /😀+/u;
  const astralPlain = /😀/;
  const t = ${'`'}模板 ${'${'}名前.length} 個${'`'};
  return {
    text: 名前,
    words: "Ann’s World Internet Conference’s 乌镇峰会".match(re),
    plain: "a’b“c”".replace(plain, '|'),
    astral: astral.test("x😀😀"),
    astralPlain: astralPlain.exec("😀")[0],
    template: t,
    json: JSON.parse('{"名":"人工智能"}'),
  };
`;

describe('ASCII-only background.js', () => {
  it('means the same after escaping', () => {
    const escaped = asciiOnly(SOURCE);
    expect(escaped).toMatch(/^[\0-\x7f]*$/);
    expect(new Function(escaped)()).toEqual(new Function(SOURCE)());
  });

  it('escapes every chunk of the bundle it is given', () => {
    const bundle = { 'background.js': { type: 'chunk', fileName: 'background.js', code: 'const a = "乌镇";' }, 'x.css': { type: 'asset', fileName: 'x.css' } };
    asciiOnlyPlugin().generateBundle(undefined, bundle);
    expect(bundle['background.js'].code).toBe('const a = "\\u4e4c\\u9547";');
  });

  it('refuses a raw template it would change', () => {
    const bundle = { 'background.js': { type: 'chunk', fileName: 'background.js', code: 'const a = String.raw`乌镇`;' } };
    expect(() => asciiOnlyPlugin().generateBundle(undefined, bundle)).toThrow(/raw template/);
  });
});
