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

describe('a hostile page', () => {
  /**
   * happy-dom has no DOM clobbering, so it is done by hand as a browser
   * exposes it: named elements as own properties of the document (and of a
   * form), standing in for its members.
   */
  const clobbered = (html: string) => {
    const doc = parse(html);
    const q = (root: ParentNode, selector: string) => Document.prototype.querySelector.call(root, selector);
    // A document member is shadowed while an <img>/<form>/<embed>/<iframe>/<object> of that name exists.
    for (const name of ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'createElement']) {
      const proto = Document.prototype as unknown as Record<string, unknown>;
      Object.defineProperty(doc, name, {
        configurable: true,
        get: () => q(doc, `:is(img, form, embed, iframe, object)[name="${name}"]`) ?? proto[name],
      });
    }
    // A form's member is shadowed while one of its controls has that name or id.
    for (const form of Array.from(Document.prototype.querySelectorAll.call(doc, 'form'))) {
      for (const name of ['querySelector', 'querySelectorAll', 'textContent', 'closest', 'getElementsByTagName']) {
        const real = Object.getOwnPropertyDescriptor(Node.prototype, name) ?? Object.getOwnPropertyDescriptor(Element.prototype, name);
        Object.defineProperty(form, name, {
          configurable: true,
          get: () => Element.prototype.querySelector.call(form, `[name="${name}"], [id="${name}"]`) ?? (real?.get ? real.get.call(form) : real?.value),
        });
      }
    }
    return doc;
  };

  it('cannot redirect the reads with named elements (DOM clobbering)', () => {
    const html = PAGE.replace('<meta property="og:site_name" content="Example Times">', '').replace(
      '<nav>',
      '<header><form class="logo"><input name="querySelector"><input id="textContent"></form></header><nav>',
    ).replace('<nav>', '<img name="querySelectorAll" src="data:,"><img name="querySelector" src="data:,"><nav>');
    const d = draftFromPage({ html, url: 'https://example.org/wuzhen', title: 'Wuzhen opens | Example Times', lang: 'en' }, clobbered);
    expect(d.outlet).toBe('Example Times'); // from the footer, past the clobbered logo form
    expect(d.published).toBe('2024-11-20');
    expect(d.headline).toBe('Wuzhen summit opens with AI on the agenda');
    expect(d.paragraphs[0]).toMatch(/^Paragraph 1: delegates/);
    expect(d.paragraphs).toHaveLength(7);
  });
});
