// @vitest-environment happy-dom
// What the save form reads from what a reader sees, piece by piece: the
// author in a byline, a byline or dateline block, the headline without the
// site's name, and the outlet in a header or footer. Each finds the fact or
// gives null; none guesses.

import { describe, expect, it } from 'vitest';
import { authorFromByline, datelineDate, headlineOf, isBylineBlock, outletOnPage } from '../../../entrypoints/save/page-facts.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the author in a byline', () => {
  it.each([
    ['By Mara Quist · Updated 3 hours ago', 'Mara Quist'],
    ['Written by Tomas Edge', 'Tomas Edge'],
    ['By Ana Ferreira and Jon Okafor | Published 20 November 2024, 10:15', 'Ana Ferreira and Jon Okafor'],
    ['本报记者 周明远　2024年11月20日', '周明远'],
    ['作者：王芳 | 2024-11-20', '王芳'],
    ['Li Wei', 'Li Wei'],
  ])('%s -> %s', (byline, author) => {
    expect(authorFromByline(byline)).toBe(author);
  });

  it.each(['Updated 3 hours ago', '20 Nov 2024 · 4 min read', '来源：新华社', '发布时间：2024年11月21日 08:30', '', '·'])('finds no author in %j', (byline) => {
    expect(authorFromByline(byline)).toBeNull();
  });
});

describe('a byline or dateline block', () => {
  it.each(['By Mara Quist', '本报记者 周明远　2024年11月20日', 'Wuzhen 20 Nov 2024', '11月20日，2024年', 'Updated 3 hours ago', '4 min read', '更新于3小时前', '责任编辑：陈静'])(
    '%j is one',
    (block) => {
      expect(isBylineBlock(block)).toBe(true);
    },
  );

  it.each([
    'Officials from more than a dozen countries met in 2024.',
    '第十一届世界互联网大会乌镇峰会今天在浙江乌镇开幕。',
    'By the end of the day, delegates had agreed on a draft. It goes back to governments next.',
    'Delegates met on 20 Nov 2024 to compare how they test AI models before release to the public at large',
  ])('%j is text', (block) => {
    expect(isBylineBlock(block)).toBe(false);
  });

  it('dates the article from the first dateline among the first blocks', () => {
    expect(datelineDate(['By Mara Quist', 'Wuzhen · 20 Nov 2024', 'Delegates met on 1 Jan 2023.'])).toBe('2024-11-20');
    expect(datelineDate(['Officials met in Wuzhen on 20 Nov 2024 and talked at length about the rules they want.'])).toBeNull();
  });
});

describe('the headline', () => {
  it('is the <h1> the <title> begins with', () => {
    expect(headlineOf('Wuzhen delegates debate – Valley Courier', 'Wuzhen delegates debate', null)).toBe('Wuzhen delegates debate');
  });
  it('drops a last part naming the outlet', () => {
    expect(headlineOf('乌镇峰会聚焦人工智能治理 | 东湖日报', null, '东湖日报')).toBe('乌镇峰会聚焦人工智能治理');
    expect(headlineOf('人工智能治理论坛发布合作倡议_西湖新闻网', null, '西湖新闻网')).toBe('人工智能治理论坛发布合作倡议');
  });
  it('keeps a title whose last part is not the outlet, or when the outlet is unknown', () => {
    expect(headlineOf('AI rules - what changes now', null, 'Harbour Ledger')).toBe('AI rules - what changes now');
    expect(headlineOf('AI rules | Harbour Ledger', null, null)).toBe('AI rules | Harbour Ledger');
  });
});

describe('the outlet on the page', () => {
  it('is the home link, its logo, or the footer’s copyright line', () => {
    expect(outletOnPage(parse('<header><a rel="home" href="/">Harbour Ledger</a></header>'))).toBe('Harbour Ledger');
    expect(outletOnPage(parse('<header><a class="logo" href="/"><img alt="Lantern Review" src="x.png"></a></header>'))).toBe('Lantern Review');
    expect(outletOnPage(parse('<footer>© 2020–2024 Harbour Ledger. All rights reserved.</footer>'))).toBe('Harbour Ledger');
    expect(outletOnPage(parse('<footer>版权所有 © 东湖日报　联系我们</footer>'))).toBe('东湖日报');
  });
  it('is nothing when the page does not name one', () => {
    expect(outletOnPage(parse('<header><a rel="home" href="/">Home</a></header><footer>Contact us</footer>'))).toBeNull();
    expect(outletOnPage(parse('<p>© 2024</p>'))).toBeNull();
  });
});
