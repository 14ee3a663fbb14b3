// npm run screenshots: the README's and the stores' screenshots, taken from
// the real build (.output/, so run `npm run build` first) in Chromium and
// Firefox ESR, light and dark, with the end-to-end tests' launchers
// (test/e2e/harness): the sidebar beside the demo article, the popup, and
// the options page with a few saved articles. Writes
// docs/screenshots/<surface>-<browser>-<scheme>.png; commit them with the
// change that alters what they show.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserName, type ExtensionHarness, type TestTab, launchExtensionBrowser, startServer } from '../test/e2e/harness/index.ts';
import { askBackgroundFrom, extensionDir, passagesOf, until } from '../test/e2e/support/browsers.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const SCHEMES = ['light', 'dark'] as const;
const SIZES = { sidebar: { width: 1280, height: 800 }, popup: { width: 360, height: 600 }, options: { width: 1000, height: 900 } };

/** A few articles of the reader's own, in words written for the screenshots. */
function savedArticles(): string {
  const article = (i: number, headline: string, outlet: string, published: string, text: string) => {
    const id = `user-screenshot-${i}`;
    return {
      format: 1,
      article: { id, headline, outlet, published, url: null, copyUrl: null, language: 'en', author: null, note: null, origin: 'user' },
      passages: [{ id: `${id}#0`, articleId: id, index: 0, section: null, text }],
      savedAt: `2024-11-2${i}T09:00:00.000Z`,
      updatedAt: `2024-11-2${i}T09:00:00.000Z`,
    };
  };
  return JSON.stringify({
    kind: 'related-coverage/user-corpus',
    format: 1,
    exportedAt: '2024-11-25T09:00:00.000Z',
    articles: [
      article(1, 'Notes from the AI governance panel in Wuzhen', 'My notes', '2024-11', 'The panel in Wuzhen agreed that rules for AI should be tested on real cases first.'),
      article(2, 'Regulators sketch shared rules for AI models', 'Harbour Ledger', '2024-11-20', 'Officials compared how they test AI models before release at the World Internet Conference.'),
      article(3, 'What the summit pledge asks of companies', 'The Lantern Review', '2024-11-21', 'Companies promised to test each AI model for a fixed list of risks.'),
    ],
  });
}

/** Sets the viewport of a harness tab (Playwright's page or Puppeteer's). */
async function resize(tab: TestTab, size: { width: number; height: number }): Promise<void> {
  const raw = tab.raw as { setViewportSize?(s: typeof size): Promise<void>; setViewport?(s: typeof size): Promise<void> };
  if (raw.setViewportSize) await raw.setViewportSize(size);
  else await raw.setViewport?.(size);
}

/** Two animation frames: what was just rendered has been painted. */
const painted = (tab: TestTab) => tab.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

async function shoot(tab: TestTab, file: string): Promise<void> {
  await painted(tab);
  writeFileSync(join(OUT, file), await tab.screenshot());
  console.log(`screenshots: wrote docs/screenshots/${file}`);
}

async function take(name: BrowserName, url: string): Promise<void> {
  const h: ExtensionHarness = await launchExtensionBrowser(name, extensionDir(name));
  try {
    const seed = await h.openExtensionPage('options.html');
    await askBackgroundFrom(seed, 'importArticles', { text: savedArticles(), decisions: {} });
    await seed.close();
    for (const scheme of SCHEMES) {
      const page = await h.openTab('about:blank');
      await resize(page, SIZES.sidebar);
      await h.setColorScheme(page, scheme);
      await page.goto(url);
      await passagesOf(page);
      await shoot(page, `sidebar-${name}-${scheme}.png`);

      const popup = await h.openExtensionPage(`popup.html?tab=${await page.tabId()}`);
      await resize(popup, SIZES.popup);
      await h.setColorScheme(popup, scheme);
      await until('the popup has drawn its counts', () => popup.evaluate(() => document.querySelectorAll('[data-testid="topic-count"]').length > 0));
      await shoot(popup, `popup-${name}-${scheme}.png`);
      await popup.close();

      const options = await h.openExtensionPage('options.html');
      await resize(options, SIZES.options);
      await h.setColorScheme(options, scheme);
      await until('the saved articles are listed', () => options.evaluate(() => document.querySelectorAll('[data-testid="article-row"]').length === 3));
      await shoot(options, `options-${name}-${scheme}.png`);
      await options.close();
      await page.close();
    }
  } finally {
    await h.close();
  }
}

const server = await startServer({ '/': { body: readFileSync(join(ROOT, 'scripts', 'demo', 'sample-article.html')) } });
try {
  const only = process.argv.slice(2).filter((a): a is BrowserName => a === 'chromium' || a === 'firefox');
  for (const name of only.length ? only : (['chromium', 'firefox'] as const)) await take(name, server.url('/'));
} finally {
  await server.close();
}
