// npm run demo [-- --screenshot FILE]
// Serves a sample news page on 127.0.0.1 and opens it in Chromium with the
// built extension, so a person can try the sidebar. With --screenshot it
// runs headless, writes a PNG of the page with the sidebar, and exits: for
// machines with no display.

import { readFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extension = join(root, '.output', 'chrome-mv3');
const args = process.argv.slice(2);
const at = args.indexOf('--screenshot');
const screenshot = at >= 0 ? args[at + 1] : undefined;
if (at >= 0 && !screenshot) {
  console.error('demo: --screenshot needs a file name, e.g. npm run demo -- --screenshot sidebar.png');
  process.exit(2);
}
if (!existsSync(join(extension, 'manifest.json'))) {
  console.error('demo: no built extension in .output/chrome-mv3; run npm run build first');
  process.exit(1);
}
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!chromiumPath) {
  console.error('demo: no Chromium found; install it (Debian: apt-get install -y chromium)');
  process.exit(1);
}

const page = readFileSync(join(root, 'scripts', 'demo', 'sample-article.html'));
const server = createServer((req, res) => {
  res.writeHead(req.url === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(req.url === '/' ? page : 'not found');
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'related-coverage-demo-')), {
  executablePath: chromiumPath,
  headless: Boolean(screenshot),
  viewport: { width: 1366, height: 860 },
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const tab = context.pages()[0] ?? (await context.newPage());
await tab.goto(url);

if (screenshot) {
  // The sidebar lives in a closed shadow root: wait for its host, then for
  // the passages to arrive and paint.
  await tab.waitForSelector('related-coverage-sidebar', { state: 'attached', timeout: 20_000 });
  await tab.waitForTimeout(1500);
  writeFileSync(screenshot, await tab.screenshot());
  console.log(`demo: wrote ${screenshot}`);
  await context.close();
  server.close();
} else {
  console.log(`demo: ${url} is open in Chromium with Related Coverage loaded. Close the browser to stop.`);
  context.on('close', () => server.close());
}
