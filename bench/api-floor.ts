// `npx tsx bench/api-floor.ts`: what Chromium charges a content script for
// each extension API it touches, apart from any work of ours. Each variant is
// the bench's floor extension with a one-statement content script; the last
// is our built content.js. Prints the median main-thread time (attributed as
// in the bench, 7 traced loads of the page about neither topic after one
// warm-up). Not part of `npm run bench`: it explains a figure of it, the 2 ms
// budget on a page about neither topic, by the floor under it.

import { join } from 'node:path';
import { startServer } from '../test/e2e/harness/server.ts';
import { visit } from './browser.ts';
import { floorExtension, launch } from './chromium.ts';
import { extensionCost, traced } from './trace.ts';
import { summarize } from './stats.ts';
import { neitherPage } from './pages.ts';
import { ROOT } from './text.ts';

const variants: Record<string, { js: string } | { contentFile: string }> = {
  empty: { js: 'void 0;' },
  // Only the API object, kept (what content.js does when it loads: shared/gate-call.ts).
  apiObject: { js: 'globalThis.__api = globalThis.chrome;' },
  runtimeId: { js: 'chrome.runtime.id;' },
  storageGet: { js: 'chrome.storage.local.get(null, () => {});' },
  sendMessage: { js: 'chrome.runtime.sendMessage({ x: 1 }).catch(() => {});' },
  onMessage: { js: 'chrome.runtime.onMessage.addListener(() => {});' },
  'ours (.output/chrome-mv3)': { contentFile: join(ROOT, '.output/chrome-mv3/content-scripts/content.js') },
};

const srv = await startServer({ '/neither': { body: neitherPage() } });
try {
  for (const [name, content] of Object.entries(variants)) {
    const ext = await floorExtension(content);
    const b = await launch(ext.dir);
    try {
      await visit(b, srv.url('/neither'), 'neither', false);
      const costs = [];
      for (let i = 0; i < 7; i++) costs.push(extensionCost((await traced(b.cdp, () => visit(b, srv.url('/neither'), 'neither', false))).events));
      const median = (xs: number[]) => summarize(xs).median.toFixed(2);
      console.log(
        `${name.padEnd(28)} total ${median(costs.map((c) => c.totalMs))} ms, of which evaluating the script ${median(costs.map((c) => c.parts.evaluate))} ms`,
      );
    } finally {
      await b.close();
      await ext.remove();
    }
  }
} finally {
  await srv.close();
}
