// Citing a passage: the address is one the article gives (never made up),
// the text fragment is encoded so the browser finds the passage (its
// directive syntax "-", "," and "&" escaped), and the citation holds the
// quote, outlet, headline, date and address in the reader's language.

import { describe, expect, it } from 'vitest';
import { citation, fragmentRange, fragmentTerm, passageUrl, sourceTarget } from '../../../components/citation.ts';
import { localeT, passage } from './helpers.ts';

describe('sourceTarget', () => {
  it('is the original, else a known copy, else nothing', () => {
    expect(sourceTarget({ url: 'https://a.example/x', copyUrl: 'https://b.example/y' })).toMatchObject({ kind: 'original' });
    expect(sourceTarget({ url: null, copyUrl: 'https://b.example/y' })?.url.href).toBe('https://b.example/y');
    expect(sourceTarget({ url: 'javascript:alert(1)', copyUrl: null })).toBeNull();
    expect(sourceTarget({ url: null, copyUrl: null })).toBeNull();
  });
});

describe('text fragments', () => {
  it('escapes the directive syntax as well as what a URL needs', () => {
    expect(fragmentTerm('start-ups, AI & more')).toBe('start%2Dups%2C%20AI%20%26%20more');
    expect(fragmentTerm('人工智能')).toBe('%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD');
    // Every escape decodes back to the words.
    expect(decodeURIComponent(fragmentTerm('a-b,c&d (e) ~f! g*'))).toBe('a-b,c&d (e) ~f! g*');
  });

  it('gives a short passage whole and a long one by its first and last words', () => {
    expect(fragmentRange('  Short   and\nsweet. ')).toEqual(['Short and sweet.']);
    const long = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen words here.';
    expect(fragmentRange(long)).toEqual(['One two three four five', 'thirteen fourteen fifteen sixteen words here.'.split(' ').slice(-5).join(' ')]);
    const zh = '世界互联网大会秘书长任贤良在北京举行的新闻发布会上介绍，2024年世界互联网大会乌镇峰会主题为智能向善，大会将成立人工智能专业委员会，各方代表将围绕人工智能治理展开讨论。';
    const [start, end] = fragmentRange(zh)!;
    expect(zh.startsWith(start!)).toBe(true);
    expect(zh.endsWith(end!)).toBe(true);
    expect(fragmentRange('   ')).toBeNull();
  });

  it('adds the directive after the address, or after the fragment it already has', () => {
    expect(passageUrl(new URL('https://a.example/x?id=1'), 'Hello, world')).toBe('https://a.example/x?id=1#:~:text=Hello%2C%20world');
    expect(passageUrl(new URL('https://a.example/x#part'), 'Hi')).toBe('https://a.example/x#part:~:text=Hi');
    expect(passageUrl(new URL('https://a.example/x'), '')).toBe('https://a.example/x');
  });

  it('makes no "##" of an empty fragment, and replaces a directive the address already has', () => {
    expect(passageUrl(new URL('https://a.example/x#'), 'Hi')).toBe('https://a.example/x#:~:text=Hi');
    expect(passageUrl(new URL('https://a.example/x#:~:text=Other'), 'Hi')).toBe('https://a.example/x#:~:text=Hi');
    expect(passageUrl(new URL('https://a.example/x#part:~:text=Other'), 'Hi')).toBe('https://a.example/x#part:~:text=Hi');
  });
});

describe('citation', () => {
  const zh = passage(
    { text: '世界互联网大会在乌镇开幕。' },
    { outlet: '新华社', headline: '乌镇峰会开幕', published: '2023-11', url: null, copyUrl: null, language: 'zh' },
  );

  it('says nothing of an address it does not know', () => {
    expect(citation(localeT('zh_CN'), zh, 'text')).toBe('“世界互联网大会在乌镇开幕。”\n——新华社，《乌镇峰会开幕》，2023年11月');
    expect(citation(localeT('zh_TW'), zh, 'text')).toBe('「世界互联网大会在乌镇开幕。」\n——新华社，《乌镇峰会开幕》，2023年11月');
    expect(citation(localeT('en'), zh, 'markdown')).toBe('> 世界互联网大会在乌镇开幕。\n\n— 新华社, “乌镇峰会开幕”, Nov 2023');
  });

  it('keeps Markdown in the corpus text from becoming Markdown', () => {
    const p = passage({ text: 'A *bold* [claim](https://evil.example)' }, { headline: 'Head_line [x]' });
    const md = citation(localeT('en'), p, 'markdown');
    expect(md).toContain('> A \\*bold\\* \\[claim\\](https://evil.example)');
    expect(md).toContain('[Head\\_line \\[x\\]](<https://news.example.com/wic-2023>)');
  });
});
