// The reader's own page is left out of its related coverage: an article's
// address is the page's once the fragment, a trailing slash, utm_ parameters,
// "www.", the scheme and the host's case are set aside; nothing else is.

import { describe, expect, it } from 'vitest';
import { isSameAddress } from '../../../shared/article-address.ts';

describe('isSameAddress', () => {
  const page = 'https://news.example.com/2024/wuzhen-summit/?utm_source=feed&id=7#comments';

  it.each([
    'https://news.example.com/2024/wuzhen-summit?id=7',
    'http://www.NEWS.example.com/2024/wuzhen-summit/?id=7&utm_medium=social',
    'https://news.example.com:443/2024/wuzhen-summit/?id=7#top',
  ])('%s is the page', (address) => {
    expect(isSameAddress(address, page)).toBe(true);
  });

  it.each([
    'https://news.example.com/2024/wuzhen-summit',
    'https://news.example.com/2024/wuzhen-summit-2',
    'https://news.example.com/2024/wuzhen-summit?id=8',
    'https://other.example.com/2024/wuzhen-summit?id=7',
    'https://news.example.com/2024/Wuzhen-Summit?id=7',
    'https://news.example.com:8443/2024/wuzhen-summit?id=7',
    null,
    '',
    'not a url',
    'javascript:alert(1)',
  ])('%s is not', (address) => {
    expect(isSameAddress(address, page)).toBe(false);
  });
});
