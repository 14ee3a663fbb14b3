// What a page says about itself, as extraction reads it: title, published
// date (and how a written date is normalised), language.

import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../shared/page-metadata.ts';
import { extractPageText } from '../../../shared/page-text.ts';
import { parse } from './helpers.ts';

describe('metadata', () => {
  const meta = (head: string, body = '<article><p>x</p></article>', htmlAttrs = '') =>
    extractPageText(parse(`<!doctype html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`));

  it('title: og:title, else document.title, trimmed', () => {
    expect(meta('<title>  Doc\n title </title><meta property="og:title" content="  OG   title ">').title).toBe('OG title');
    expect(meta('<title>  Doc\n title </title>').title).toBe('Doc title');
    expect(meta('<title>Doc</title><meta property="og:title" content="  ">').title).toBe('Doc');
    expect(meta('').title).toBe('');
  });

  it('lang from <html lang>, or null', () => {
    expect(meta('', undefined, ' lang=" zh-CN "').lang).toBe('zh-CN');
    expect(meta('').lang).toBeNull();
    expect(meta('', undefined, ' lang=""').lang).toBeNull();
  });

  it('published from article:published_time first', () => {
    const head =
      '<meta property="article:published_time" content="2024-11-20T23:30:00-05:00"><meta name="date" content="2023-01-01">';
    // The page's own calendar day, not shifted to UTC (which would be the 21st).
    expect(meta(head).published).toBe('2024-11-20');
  });

  it('published from <meta name=date>, microdata, JSON-LD, then <time> in the article', () => {
    expect(meta('<meta name="date" content="2024/11/05">').published).toBe('2024-11-05');
    expect(meta('', '<article><span itemprop="datePublished" content="2022-11">x</span></article>').published).toBe('2022-11');
    expect(meta('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-08T10:00:00Z"}</script>').published).toBe(
      '2023-11-08',
    );
    expect(meta('', '<article><p>Posted <time datetime="2021-09-26">Sunday</time></p></article>').published).toBe('2021-09-26');
  });

  it('JSON-LD: article dates before other dates, in @graph and arrays; broken blocks do not throw', () => {
    const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
    const head =
      ld('{ this is not json') +
      ld('[{"@type":"WebPage","datePublished":"2020-01-01"}]') +
      ld('{"@graph":[{"@type":"Person"},{"@type":["ReportageNewsArticle"],"datePublished":["2024-11-22"]}]}');
    expect(meta(head).published).toBe('2024-11-22');
    expect(meta(ld('{ broken')).published).toBeNull();
    expect(meta(ld('{"@type":"NewsArticle","datePublished":"last Tuesday"}')).published).toBeNull();
    expect(meta(ld('{"@type":"NewsArticle","datePublished":42}')).published).toBeNull();
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    expect(meta(ld(deep)).published).toBeNull();
  });

  it('passes over an invalid date to the next source, and never guesses', () => {
    expect(meta('<meta property="article:published_time" content="2023-02-29"><meta name="date" content="2023-03-01">').published).toBe(
      '2023-03-01',
    );
    expect(meta('<meta name="date" content="November 20, 2024">').published).toBeNull();
    expect(meta('').published).toBeNull();
  });

  it('a <time> in furniture or outside the article is not the article date', () => {
    const body = '<header><time datetime="2020-01-01">x</time></header><article><aside><time datetime="2019-01-01">y</time></aside><p>z</p></article>';
    expect(meta('', body).published).toBeNull();
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2024-11-20', '2024-11-20'],
    ['2024-11-20T09:30:00+08:00', '2024-11-20'],
    [' 2024-11-20 09:30 ', '2024-11-20'],
    ['2024-1-5', '2024-01-05'],
    ['2024/11/20', '2024-11-20'],
    ['2024.11.20', '2024-11-20'],
    ['20241120', '2024-11-20'],
    ['20241120T0930', '2024-11-20'],
    ['2024-11', '2024-11'],
    ['2024', '2024'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('%s -> %s', (raw, want) => expect(normaliseDate(raw)).toBe(want));

  it.each(['', 'yesterday', '2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-11-20x', '2024-11/20', '0001-01-01', '9999', '24-11-20', '202411'])(
    'rejects %j',
    (raw) => expect(normaliseDate(raw)).toBeNull(),
  );
});
