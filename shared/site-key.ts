// Ships in: content.js, engine.js, background.js, popup (apart from
// settings.ts, whose storage code the gate loads only after a hit).

/** A page's host as the site switch stores it: no "www.", lower case. */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}
