// 5. Size of what each browser loads: the content script (on every page), the
// sidebar code (only where a topic is found) and the background, raw and
// gzipped; and a check that no corpus text leaked into the content script.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Figure, summarize } from './stats.ts';
import { ROOT, readBundle } from './text.ts';

const BUILDS = [
  ['chrome-mv3', 'Chrome'],
  ['firefox-mv2', 'Firefox'],
] as const;
const FILES = ['content-scripts/content.js', 'sidebar-ui.js', 'background.js'] as const;
const LIMIT_KIB = 25;

/** Passages whose text (a 60-character run from its middle, raw or JSON-escaped) occurs in `code`. */
export function corpusTextIn(code: string): string[] {
  return readBundle().corpus.passages
    .filter((p) => {
      const mid = Math.max(0, Math.floor(p.text.length / 2) - 30);
      const probe = p.text.slice(mid, mid + 60);
      return code.includes(probe) || code.includes(JSON.stringify(probe).slice(1, -1));
    })
    .map((p) => p.id);
}

export function benchSize(): Figure[] {
  const figures: Figure[] = [];
  const S = '5. Bundle size';
  for (const [dir, browser] of BUILDS) {
    for (const file of FILES) {
      const path = join(ROOT, '.output', dir, file);
      if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build`);
      const code = readFileSync(path);
      const gz = gzipSync(code, { level: 9 }).length;
      const isContent = file.endsWith('content.js');
      figures.push({
        section: S,
        name: `${browser} ${file}, gzip`,
        unit: 'KiB',
        value: summarize([gz / 1024]),
        note: `raw ${(code.length / 1024).toFixed(1)} KiB`,
        ...(isContent ? { target: { text: `≤ ${LIMIT_KIB} KiB`, pass: gz / 1024 <= LIMIT_KIB } } : {}),
      });
      if (isContent) {
        const leaked = corpusTextIn(code.toString('utf8'));
        figures.push({
          section: S,
          name: `${browser} content.js: corpus passages in it`,
          unit: 'passages',
          value: summarize([leaked.length]),
          target: { text: '0', pass: leaked.length === 0 },
          note: leaked.length ? `found: ${leaked.slice(0, 3).join(', ')}` : `probed all ${readBundle().corpus.passages.length} bundled passages`,
        });
      }
    }
  }
  return figures;
}
