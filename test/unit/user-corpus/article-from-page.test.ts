// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { draftProblems } from '../../../core/user-articles.ts';
import { draftFromPage } from '../../../entrypoints/save/article-from-page.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const body = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: delegates at the World Internet Conference in Wuzhen discussed how artificial intelligence should be governed, and what cooperation between countries could look like in the years ahead.</p>`,
).join('\n');

const PAGE = `<!doctype html><html lang="en"><head><title>Wuzhen opens | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2024-11-20T08:00:00+08:00">
<meta name="author" content="Li Wei"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Wuzhen summit opens with AI on the agenda</h1><p><time datetime="2024-11-20">20 November 2024</time></p>${body}
<p>Quoted as written: “intelligence  for good”.</p></article>
<aside class="related"><p>Related: a story about something else entirely, which should not be saved.</p></aside>
<footer>© Example Times</footer><script>alert(1)</script></body></html>`;

describe('a page becomes a draft', () => {
  it('takes the article, its facts and its paragraphs, and nothing around it', () => {
    const d = draftFromPage({ html: PAGE, url: 'https://example.org/wuzhen#comments', title: 'Wuzhen opens', lang: 'en' }, parse);
    expect(d.headline).toMatch(/Wuzhen/);
    expect(d.outlet).toBe('Example Times');
    expect(d.published).toBe('2024-11-20');
    expect(d.url).toBe('https://example.org/wuzhen');
    expect(d.language).toBe('en');
    expect(d.paragraphs).toHaveLength(7);
    expect(d.paragraphs[0]).toMatch(/^Paragraph 1: delegates/);
    expect(d.paragraphs.join(' ')).not.toMatch(/Related:|Home|alert/);
    expect(draftProblems(d)).toEqual([]);
  });

  it('keeps an unknown date and a non-web address unknown', () => {
    const html = PAGE.replace(/<meta property="article:published_time"[^>]*>/, '').replace(/<p><time[\s\S]*?<\/p>/, '');
    const d = draftFromPage({ html, url: 'file:///home/me/page.html', title: 't', lang: null }, parse);
    expect(d.published).toBeNull();
    expect(d.url).toBeNull();
    expect(d.outlet).toBe('Example Times');
  });

  it('recognises a Chinese article', () => {
    const zh = Array.from({ length: 8 }, () => '<p>世界互联网大会乌镇峰会在浙江乌镇开幕，与会代表围绕人工智能治理展开讨论，呼吁加强国际合作，共同应对风险与挑战。</p>').join('');
    const d = draftFromPage({ html: `<html><body><article><h1>乌镇峰会开幕</h1>${zh}</article></body></html>`, url: 'https://news.example.cn/a', title: '乌镇峰会开幕', lang: null }, parse);
    expect(d.language).toBe('zh');
    expect(d.paragraphs.length).toBeGreaterThan(3);
  });
});
