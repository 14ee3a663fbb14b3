/**
 * Tiny static HTTP server on 127.0.0.1 for e2e pages, with per-route headers
 * (so a test can serve the same article with and without a strict CSP) and a
 * log of every request it received (a ground truth for "no request reached us").
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  /** Extra response headers, e.g. `{ 'Content-Security-Policy': "default-src 'none'" }`. */
  headers?: Record<string, string>;
  /** Defaults to text/html; charset=utf-8. */
  type?: string;
  body: string | Uint8Array;
}

export interface RecordedRequest {
  method: string;
  /** Path plus query string, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  at: number;
}

export interface TestServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  url(path: string): string;
  /** Adds or replaces a route (matched on the path without the query string). */
  route(path: string, route: Route): void;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface PageOptions {
  title?: string;
  /** HTML placed in <body>. */
  body: string;
  /** Sent as a Content-Security-Policy HTTP header. */
  csp?: string;
  /** Put in <meta http-equiv="Content-Security-Policy">. */
  cspMeta?: string;
  headers?: Record<string, string>;
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Builds an HTML route; CSP can go in the header, the meta tag, or both. */
export function htmlPage(opts: PageOptions): Route {
  const meta = opts.cspMeta === undefined ? '' : `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(opts.cspMeta)}">`;
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.csp !== undefined) headers['Content-Security-Policy'] = opts.csp;
  return {
    headers,
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8">${meta}<title>${opts.title ?? 'e2e'}</title></head><body>${opts.body}</body></html>`,
  };
}

export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', url, headers: req.headers, at: Date.now() });
    const r = table.get(url.split('?')[0] ?? url);
    // `Access-Control-Allow-Origin: *` so extension contexts' fetches resolve
    // instead of failing CORS: a test asserting "no requests" wants to see them.
    const base = { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' };
    if (!r) {
      res.writeHead(404, { ...base, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(r.status ?? 200, { ...base, 'Content-Type': r.type ?? 'text/html; charset=utf-8', ...r.headers });
    res.end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    route: (path, route) => void table.set(path, route),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
