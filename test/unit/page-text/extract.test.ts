// What extractPageText reads and what it leaves out, on small hand-written
// pages: one rule per test, so a failure names the rule that broke.

import { describe, expect, it } from 'vitest';
import { createPageTextWalker, extractPageText, rangesFor } from '../../../shared/page-text.ts';
import { checkSegments, extract, pageOf, parse, textOf } from './helpers.ts';

describe('skips what a reader does not see', () => {
  const never: Array<[string, string]> = [
    ['script', '<script>var x = "Wuzhen";</script>'],
    ['style', '<style>.Wuzhen { color: red }</style>'],
    ['noscript', '<noscript><p>Wuzhen</p></noscript>'],
    ['template', '<template><p>Wuzhen</p></template>'],
    ['svg', '<svg><text>Wuzhen</text><title>Wuzhen</title></svg>'],
    ['math', '<math><mi>Wuzhen</mi></math>'],
    ['iframe', '<iframe>Wuzhen</iframe>'],
    ['object', '<object><p>Wuzhen</p></object>'],
    ['canvas', '<canvas>Wuzhen</canvas>'],
    ['input', '<input value="Wuzhen">'],
    ['textarea', '<textarea>Wuzhen</textarea>'],
    ['select/option', '<select><option>Wuzhen</option></select>'],
    ['button', '<button>Wuzhen</button>'],
    ['[hidden]', '<div hidden><p>Wuzhen</p></div>'],
    ['[aria-hidden=true]', '<div aria-hidden="true"><p>Wuzhen</p></div>'],
    ['[aria-hidden=TRUE]', '<div aria-hidden=" TRUE "><p>Wuzhen</p></div>'],
    ['[inert]', '<div inert><p>Wuzhen</p></div>'],
    ['contenteditable', '<div contenteditable><p>Wuzhen</p></div>'],
    ['contenteditable=true', '<div contenteditable="true">Wuzhen</div>'],
    ['contenteditable=plaintext-only', '<div contenteditable="plaintext-only">Wuzhen</div>'],
    ['display:none', '<div style="color: red; display : none !important"><p>Wuzhen</p></div>'],
    ['visibility:hidden', '<div style="visibility:hidden">Wuzhen</div>'],
    ['closed dialog', '<dialog><p>Wuzhen</p></dialog>'],
  ];
  it.each(never)('%s', (_rule, html) => {
    const text = textOf(`<p>before</p>${html}<p>after</p>`);
    expect(text).toBe('before\nafter');
  });

  it('reads ruby base text without its annotations', () => {
    expect(textOf('<p>世界<ruby>互<rp>(</rp><rt>hù</rt><rp>)</rp>联</ruby>网大会</p>')).toBe('世界互联网大会');
  });

  it('keeps what only looks like a skip rule', () => {
    expect(textOf('<div aria-hidden="false">a</div>')).toBe('a');
    expect(textOf('<div contenteditable="false">a</div>')).toBe('a');
    expect(textOf('<div style="display: block; visibility: visible">a</div>')).toBe('a');
    expect(textOf('<dialog open>a</dialog>')).toBe('a');
    expect(textOf('<div style="--display:none-ish">a</div>')).toBe('a');
  });

  it('skips elements the caller says are hidden, with their subtree, and asks once per element', () => {
    const asked: string[] = [];
    const text = textOf('<p class="x">one <b>two</b></p><div class="css-hidden"><p>three <b>four</b></p></div><p>five</p>', {
      isHidden: (el) => {
        asked.push(el.localName);
        return el.getAttribute('class') === 'css-hidden';
      },
    });
    expect(text).toBe('one two\nfive');
    // body, p, b, div (skipped: its p and b are never asked about), p
    expect(asked).toEqual(['body', 'p', 'b', 'div', 'p']);
  });

  it('never asks about an element a cheaper rule already skipped', () => {
    const asked: string[] = [];
    textOf('<script>x</script><div hidden>y</div><nav>z</nav><p>a</p>', {
      isHidden: (el) => {
        asked.push(el.localName);
        return false;
      },
    });
    expect(asked).toEqual(['body', 'p']);
  });
});

describe('page furniture below the root', () => {
  const furniture: Array<[string, string]> = [
    ['nav', '<nav><a href="/">Wuzhen</a></nav>'],
    ['aside', '<aside><p>Wuzhen</p></aside>'],
    ['footer', '<footer>Wuzhen</footer>'],
    ['header without the h1', '<header><p>Wuzhen</p></header>'],
    ['role=navigation', '<div role="navigation">Wuzhen</div>'],
    ['role=complementary', '<div role="complementary">Wuzhen</div>'],
    ['role=contentinfo', '<div role="contentinfo">Wuzhen</div>'],
    ['role=search', '<div role="search">Wuzhen</div>'],
    ['role=dialog', '<div role="dialog">Wuzhen</div>'],
    ['share bar', '<div class="story-share-bar">Wuzhen</div>'],
    ['social', '<ul class="social">Wuzhen</ul>'],
    ['related', '<section id="related-stories">Wuzhen</section>'],
    ['camelCase related', '<div class="storyRelatedLinks">Wuzhen</div>'],
    ['newsletter', '<div class="newsletter_signup">Wuzhen</div>'],
    ['subscribe', '<div class="subscribe">Wuzhen</div>'],
    ['promo', '<div class="promo-box">Wuzhen</div>'],
    ['advert', '<div class="advertisement">Wuzhen</div>'],
    ['comments', '<section id="comments">Wuzhen</section>'],
    ['cookie banner', '<div class="cookie-banner">Wuzhen</div>'],
  ];
  it.each(furniture)('%s', (_rule, html) => {
    expect(textOf(`<article><h1>Title</h1><p>before</p>${html}<p>after</p></article>`)).toBe('Title\nbefore\nafter');
  });

  it('keeps class names that only contain a widget word inside another word', () => {
    expect(textOf('<article><div class="unrelated">a</div><div class="shared-layout">b</div><div class="reshare">c</div></article>')).toBe(
      'a\nb\nc',
    );
  });

  it('keeps the article header that holds the headline', () => {
    const text = textOf(
      '<header><p>Site name</p></header><article><header><h1>Headline</h1><p>By A. Writer</p></header><p>Body.</p></article>',
    );
    expect(text).toBe('Headline\nBy A. Writer\nBody.');
  });

  it('never applies furniture rules to the root itself', () => {
    expect(textOf('<article class="social-story" role="complementary"><p>Body.</p></article>')).toBe('Body.');
  });
});

describe('choosing the article', () => {
  it('takes the <article> with the most text', () => {
    expect(textOf('<article><p>short</p></article><article><p>the longer one</p></article><p>outside</p>')).toBe(
      'the longer one',
    );
  });

  it('prefers an <article> inside <main> to a longer one outside', () => {
    const text = textOf('<article><p>a long teaser outside main, longer</p></article><main><article><p>story</p></article></main>');
    expect(text).toBe('story');
  });

  it('takes <main> when there is no <article>, then [role=main], then <body>', () => {
    expect(textOf('<p>outside</p><main><p>main</p></main>')).toBe('main');
    expect(textOf('<p>outside</p><div role="main"><p>role</p></div>')).toBe('role');
    expect(textOf('<p>one</p><p>two</p>')).toBe('one\ntwo');
  });

  it('passes over hidden candidates and teasers in furniture', () => {
    expect(textOf('<main hidden><p>old</p></main><main><p>current</p></main>')).toBe('current');
    const text = textOf(
      '<div class="story"><h1>Headline</h1><p>The real story is not in an article element.</p></div>' +
        '<aside><article><p>A related teaser</p></article></aside>' +
        '<div class="related-stories"><article><p>Another teaser</p></article></div>',
    );
    expect(text).toBe('Headline\nThe real story is not in an article element.');
  });

  it('adds the page <h1> outside the article, first', () => {
    const text = textOf('<div class="top"><h1>The headline</h1><p>dek</p></div><article><p>Body.</p></article>');
    expect(text).toBe('The headline\nBody.');
  });

  it('does not add an outside <h1> when the article has its own', () => {
    expect(textOf('<header><h1>Site</h1></header><article><h1>Story</h1><p>Body.</p></article>')).toBe('Story\nBody.');
  });

  it('does not take an outside <h1> that is hidden or in furniture', () => {
    expect(textOf('<h1 hidden>Hidden</h1><nav><h1>Menu</h1></nav><article><p>Body.</p></article>')).toBe('Body.');
  });

  it('is not fooled by a widget word in the <body> class list', () => {
    expect(textOf('<main><article><p>Body.</p></article></main>'.replace('<main>', '<main class="has-related-posts">'))).toBe(
      'Body.',
    );
    const doc = parse('<html><body class="single has-related-posts"><article><p>Body.</p></article><p>x</p></body></html>');
    expect(extractPageText(doc).text).toBe('Body.');
  });
});

describe('blocks and line breaks', () => {
  it('separates blocks with one "\\n" and joins inline elements', () => {
    const page = extract('<h1>A <em>big</em> day</h1><p>One <a href="#">link</a>, <b>bold</b>.</p><ul><li>x</li><li>y</li></ul>');
    expect(page.text).toBe('A big day\nOne link, bold.\nx\ny');
    expect(page.blocks.map(([s, e]) => page.text.slice(s, e))).toEqual(['A big day', 'One link, bold.', 'x', 'y']);
  });

  it('keeps a phrase split across inline elements whole', () => {
    expect(textOf('<p>World <b>Internet</b> Conference</p>')).toBe('World Internet Conference');
    expect(textOf('<p><span>World</span> <span>Internet</span>&nbsp;<span>Conference</span></p>')).toBe(
      'World Internet\u00a0Conference',
    );
  });

  it('makes <br> a line break inside its block, and many <br> one', () => {
    const page = extract('<p>one<br>two<br><br><br>three</p><p>four</p>');
    expect(page.text).toBe('one\ntwo\nthree\nfour');
    expect(page.blocks.map(([s, e]) => page.text.slice(s, e))).toEqual(['one\ntwo\nthree', 'four']);
  });

  it('keeps whitespace inside a text node as it is, and drops whitespace-only text between blocks', () => {
    const page = extract('\n  <div>\n    <p>  two  spaces\u00a0and\ta tab\n  here </p>\n\n\n    <p>next</p>\n  </div>\n');
    expect(page.text).toBe('  two  spaces\u00a0and\ta tab\n  here \nnext');
    checkSegments(page);
  });

  it('puts no separator before the first text or after the last', () => {
    expect(textOf('<div><div><p>only</p></div></div>')).toBe('only');
    expect(textOf('')).toBe('');
  });
});

describe('segments and rangesFor', () => {
  it('maps every character back to its node', () => {
    const page = extract('<h1>World <b>Internet</b> Conference</h1><p>In <i>Wu</i>zhen.</p>');
    checkSegments(page);
    expect(page.segments.map((s) => s.node.data)).toEqual(['World ', 'Internet', ' Conference', 'In ', 'Wu', 'zhen.']);
  });

  it('splits a range across nodes and skips separators', () => {
    const page = extract('<p>World <b>Internet</b> Conference</p><p>Wuzhen</p>');
    const pieces = rangesFor(page, 3, page.text.length - 2);
    expect(pieces.map((p) => [p.node.data, p.startOffset, p.endOffset])).toEqual([
      ['World ', 3, 6],
      ['Internet', 0, 8],
      [' Conference', 0, 11],
      ['Wuzhen', 0, 4],
    ]);
    expect(rangesFor(page, 5, 5)).toEqual([]);
    expect(rangesFor(page, 9, 2)).toEqual([]);
    // A range that is only the separator has no piece.
    const sep = page.text.indexOf('\n');
    expect(rangesFor(page, sep, sep + 1)).toEqual([]);
  });
});

describe('hostile pages', () => {
  it('reads through a 20,000-deep nesting without overflowing the stack', () => {
    const depth = 20_000;
    const html = pageOf(`${'<div>'.repeat(depth)}deep <b>inside</b>${'</div>'.repeat(depth)}<p>after</p>`);
    const page = extractPageText(parse(html));
    expect(page.text).toBe('deep inside\nafter');
    checkSegments(page);
  });

  it('stops at maxChars and says so', () => {
    const big = 'x'.repeat(50_000);
    const page = extract(`<p>${big}</p><p>${big}</p>`, { maxChars: 60_000 });
    expect(page.text.length).toBeLessThanOrEqual(60_000);
    expect(page.truncated).toBe(true);
    checkSegments(page);
    const whole = extract(`<p>${big}</p><p>${big}</p>`);
    expect(whole.truncated).toBe(false);
    expect(whole.text.length).toBe(100_001);
  });

  it('handles a text node of megabytes', () => {
    const page = extract(`<p>${'Wuzhen '.repeat(300_000)}</p>`);
    expect(page.text.length).toBe(1_000_000);
    expect(page.truncated).toBe(true);
    checkSegments(page);
  });
});

describe('the incremental walker', () => {
  it('gives what extractPageText gives, stepped with no time at all', () => {
    const body =
      '<header><h1>Head</h1></header><main><article><p>One <b>two</b></p>' +
      Array.from({ length: 300 }, (_, i) => `<p>Para ${i} <i>with</i> <span>inline</span> text<br>and a break.</p><aside>skip</aside>`).join('') +
      '</article></main>';
    const doc = parse(pageOf(body));
    const whole = extractPageText(doc);
    const walker = createPageTextWalker(doc);
    let steps = 0;
    while (!walker.step(performance.now() - 1)) steps++;
    expect(steps).toBeGreaterThan(5);
    const stepped = walker.result();
    expect(stepped.text).toBe(whole.text);
    expect(stepped.blocks).toEqual(whole.blocks);
    expect(stepped.segments.length).toBe(whole.segments.length);
    stepped.segments.forEach((s, i) => {
      const w = whole.segments[i]!;
      expect([s.start, s.end, s.node === w.node]).toEqual([w.start, w.end, true]);
    });
    expect(walker.step(0)).toBe(true);
    expect(walker.result()).toBe(stepped);
  });

  it('finishes in one step with a generous deadline', () => {
    const walker = createPageTextWalker(parse(pageOf('<p>a</p>')));
    expect(walker.step(performance.now() + 1000)).toBe(true);
    expect(walker.result().text).toBe('a');
  });

  it('result() finishes an unfinished walk', () => {
    const doc = parse(pageOf('<p>a</p>'.repeat(1000)));
    const walker = createPageTextWalker(doc);
    walker.step(0);
    expect(walker.result().text).toBe(extractPageText(doc).text);
  });
});
