// The only addresses the UI links to: absolute http: and https: URLs. Anything
// else (javascript:, data:, file:, relative paths, garbage) yields no link.

/** The parsed URL when `raw` is an absolute http(s) address, else null. */
export function webUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/** The host as a reader recognises it: "www." dropped. */
export function displayHost(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}
