// Which pages the gate leaves alone in Chrome (entrypoints/background/gate-off.ts):
// the match patterns of the flag script the background registers.

import { describe, expect, it } from 'vitest';
import { gateOffMatches } from '../../../entrypoints/background/gate-off.ts';

const TOPICS = ['wic', 'ai-governance'];

describe('the pages the gate leaves alone', () => {
  it('are none while every site and some topic is on', () => {
    expect(gateOffMatches([], [], TOPICS)).toBeNull();
    expect(gateOffMatches([], ['wic'], TOPICS)).toBeNull();
  });

  it('are every page once every topic is off, whatever the sites', () => {
    expect(gateOffMatches([], ['ai-governance', 'wic'], TOPICS)).toEqual(['<all_urls>']);
    expect(gateOffMatches(['example.com'], [...TOPICS, 'gone'], TOPICS)).toEqual(['<all_urls>']);
  });

  it('name a switched-off site with and without www., as the site switch compares hosts', () => {
    expect(gateOffMatches(['news.example.com', 'Example.org', 'www.example.org'], [], TOPICS)).toEqual([
      '*://example.org/*',
      '*://www.example.org/*',
      '*://news.example.com/*',
      '*://www.news.example.com/*',
    ]);
  });

  it('leave out a site no match pattern can name, rather than fail to register the others', () => {
    // A local file's empty host, an IPv6 address, a port, a wildcard; an IPv4 address has no www. form.
    expect(gateOffMatches(['', '[::1]', 'localhost:8080', '*.example.com', '127.0.0.1', 'xn--fiqs8s.cn'], [], TOPICS)).toEqual([
      '*://127.0.0.1/*',
      '*://xn--fiqs8s.cn/*',
      '*://www.xn--fiqs8s.cn/*',
    ]);
  });

  it('do not count topics when there are none to count', () => {
    expect(gateOffMatches([], [], [])).toBeNull();
  });
});
