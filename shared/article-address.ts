// Whether an article's address is the page's own: the same address once what
// does not change the document is set aside (the fragment, a trailing slash,
// utm_ tracking parameters, the "www." and letter case of the host, a default
// port). The sidebar leaves a reader's own page out of its related coverage.
//
// Ships in: engine.js.

function normalised(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const params = [...url.searchParams].filter(([k]) => !/^utm_/i.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  const path = url.pathname.replace(/\/+$/, '') || '/';
  // http and https of one address are the same article.
  return `${url.hostname.replace(/^www\./, '')}:${url.port}${path}${query ? `?${query}` : ''}`;
}

/** True when `address` names the same document as `page`; false for anything that is no web address. */
export function isSameAddress(address: string | null | undefined, page: string): boolean {
  if (!address) return false;
  const a = normalised(address);
  return a !== null && a === normalised(page);
}
