// The hostile pages (test/e2e/hostile/) as the test server's routes, each
// with a control version that has its attack removed, plus the generated
// ones: the huge page's filler and a PDF about both topics.

import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Route } from '../harness/index.ts';
import { ROOT } from './browsers.ts';

export const HOSTILE_DIR = join(ROOT, 'test/e2e/hostile');
export const HOST = 'related-coverage-sidebar';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Headers a fixture asks for, from lines "e2e-header: Name: value" in its
 * opening comment (so each file says how it is served).
 */
function declaredHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const m of text.matchAll(/^\s*e2e-header: ([A-Za-z-]+): (.+)$/gm)) headers[m[1]!] = m[2]!.trim();
  return headers;
}

/** The same page without its attack: `<!-- e2e-hostile -->…<!-- /e2e-hostile -->` blocks and dir="rtl" removed. */
export function controlOf(html: string): string {
  return html.replace(/<!-- e2e-hostile -->[\s\S]*?<!-- \/e2e-hostile -->/g, '').replace(/ dir="rtl"/, '');
}

/**
 * Both versions of a CSS fixture scroll, so both have the same viewport:
 * Firefox's classic scrollbar takes 12 px, and a panel docked to the
 * viewport (not drawn under the scrollbar) is that much narrower on a page
 * that scrolls. The attack, not the scrollbar, is what is compared.
 */
function scrolling(html: string): string {
  return html.replace(/<\/body>/i, '<div style="height:300vh" aria-hidden="true"></div></body>');
}

/** Neutral filler: about 5 MB of text in a little over 50,000 nodes, none of it about either topic. */
export function hugeFiller(): { html: string; nodes: number; chars: number } {
  const words = 'rain wind harbour market bridge council river garden school station library weather morning evening'.split(' ');
  const sentence = (i: number) => {
    let s = '';
    for (let k = 0; s.length < 190; k++) s += `${words[(i * 7 + k * 3) % words.length]} `;
    return `${s.trim()}. `;
  };
  const parts: string[] = [];
  let nodes = 0;
  let chars = 0;
  for (let i = 0; i < 8_700; i++) {
    const a = sentence(i), b = sentence(i + 1), c = sentence(i + 2);
    // <p>, its text, <span>, its text, <a>, its text: 6 nodes.
    parts.push(`<p>${a}<span>${b}</span><a href="#n${i}">${c}</a></p>`);
    nodes += 6;
    chars += a.length + b.length + c.length;
  }
  return { html: parts.join('\n'), nodes, chars };
}

/** A one-page PDF whose text is about both topics (written by hand: there is no PDF library here). */
export function topicPdf(): Uint8Array {
  const text = 'The World Internet Conference in Wuzhen will debate AI governance and the Global AI Governance Initiative.';
  const stream = `BT /F1 12 Tf 40 700 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** 1×1 transparent PNG, so no browser logs a 404 for the favicon. */
const FAVICON = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
);

/**
 * Every fixture as `/hostile/<file>` (as written, with the headers it
 * declares) and `/control/<file>` (its attack removed), plus the generated
 * huge page's filler and a PDF at `/hostile/topic.pdf`.
 */
export function hostileRoutes(): Record<string, Route> {
  const routes: Record<string, Route> = {
    '/favicon.ico': { type: 'image/png', body: FAVICON },
    '/hostile/topic.pdf': { type: 'application/pdf', body: topicPdf() },
  };
  for (const file of readdirSync(HOSTILE_DIR)) {
    const type = TYPES[extname(file)];
    if (!type) continue;
    let text = readFileSync(join(HOSTILE_DIR, file), 'utf8');
    if (text.includes('<!-- e2e-filler -->')) text = text.replace('<!-- e2e-filler -->', hugeFiller().html);
    const headers = declaredHeaders(text);
    const { 'Content-Type': declaredType, ...rest } = headers;
    const body = file.startsWith('css-') ? scrolling(text) : text;
    routes[`/hostile/${file}`] = { type: declaredType ?? type, headers: rest, body };
    routes[`/control/${file}`] = { type: declaredType ?? type, body: controlOf(body) };
  }
  return routes;
}
