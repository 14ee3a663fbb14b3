// `npx tsx bench/api-floor.ts`: what Chromium charges a content script for
// each extension API it touches, apart from any work of ours. Each variant is
// an extension whose content script is one statement; the last is our built
// content.js. Prints the median main-thread time (attributed as in the bench,
// 7 traced loads of the page about neither topic after one warm-up).
// Not part of `npm run bench`: it explains a figure of it, the 2 ms budget on
// a page about neither topic, by the floor under it.

import { chromium } from 'playwright-core';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionCost, type TraceEvent } from './browser.ts';
import { startServer } from '../test/e2e/harness/server.ts';
import { ROOT, neitherPage } from './text.ts';
import { summarize } from './stats.ts';

const variants: Record<string, string | null> = {
  empty: 'void 0;',
  runtimeId: 'chrome.runtime.id;',
  storageGet: 'chrome.storage.local.get(null, () => {});',
  sendMessage: 'chrome.runtime.sendMessage({x:1}).catch(()=>{});',
  onMessage: 'chrome.runtime.onMessage.addListener(()=>{});',
  'ours (.output/chrome-mv3)': null,
};
const srv = await startServer({ '/n': { body: neitherPage() } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
for (const [name, js] of Object.entries(variants)) {
  const dir = await mkdtemp(join(tmpdir(), 'exp-ext-'));
  await mkdir(join(dir, 'content-scripts'));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'x', version: '1', permissions: ['storage'], background: { service_worker: 'background.js' }, content_scripts: [{ matches: ['<all_urls>'], run_at: 'document_idle', js: ['content-scripts/content.js'] }] }));
  await writeFile(join(dir, 'background.js'), '');
  if (js === null) await copyFile(join(ROOT, '.output/chrome-mv3/content-scripts/content.js'), join(dir, 'content-scripts/content.js'));
  else await writeFile(join(dir, 'content-scripts/content.js'), js);
  const profile = await mkdtemp(join(tmpdir(), 'exp-prof-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--enable-unsafe-extension-debugging', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`] });
  const cdp = await ctx.browser()!.newBrowserCDPSession();
  const totals: number[] = [];
  const evals: number[] = [];
  for (let i = 0; i < 8; i++) {
    const events: TraceEvent[] = [];
    const on = (e: { value: object[] }) => { for (const x of e.value) events.push(x as TraceEvent); };
    cdp.on('Tracing.dataCollected', on);
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'v8'], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
    const p = await ctx.newPage();
    await p.goto(srv.url('/n'));
    await sleep(1500);
    await p.close();
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', on);
    if (i === 0) continue;
    const c = extensionCost(events);
    totals.push(c.totalMs);
    evals.push(c.parts.evaluate);
  }
  console.log(`${name.padEnd(28)} total ${summarize(totals).median.toFixed(2)} ms, of which evaluating the script ${summarize(evals).median.toFixed(2)} ms`);
  await ctx.close();
  await rm(profile, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
}
await srv.close();
