// The interface in a Chinese browser: real Chromium started with --lang=zh-CN
// and --lang=zh-TW, and Firefox ESR in zh-CN and zh-TW through its language
// packs (Debian's firefox-esr-l10n-zh-cn and -zh-tw; the harness fails,
// naming the package, when one is missing). The sidebar on a news page, the
// popup and the options page are entirely in that language and script,
// their lang attributes say so, and the keyboard command is described in it. What the
// corpus says (outlets, headlines, passages and the words they share with
// the page) is quoted as it is and set aside, card by card.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../corpus/build.ts';
import { offScript } from '../i18n/script-check.ts';
import { type ExtensionHarness, type TestServer, type TestTab, launchExtensionBrowser, startServer } from './harness/index.ts';
import { BROWSERS, ROOT, extensionDir, openPopupFor, passagesOf, saveArtifact, until } from './support/browsers.ts';
import { ROUTES } from './support/pages.ts';

/** A browser language, the locale file it must pick, and words that only that file has. */
const LANGUAGES = [
  { lang: 'zh-CN', locale: 'zh_CN', close: '关闭侧栏', wic: '世界互联网大会', command: '显示或隐藏“相关报道”侧栏' },
  { lang: 'zh-TW', locale: 'zh_TW', close: '關閉側邊欄', wic: '世界網際網路大會', command: '顯示或隱藏「相關報導」側邊欄' },
] as const;

// Names of formats and keys a Chinese sentence keeps as they are.
const NAMES = ['JSON', 'Markdown', 'PDF', 'Alt', 'Esc', 'AI'];
// The corpus's bylines and section titles, which a card shows inside a sentence of the interface.
const corpus = buildCorpus(join(ROOT, 'corpus/articles'));
const CORPUS_NAMES = [
  ...corpus.articles.flatMap((a) => [a.author ?? '']),
  ...corpus.passages.flatMap((p) => [p.section ?? '']),
].filter(Boolean);

/** Every text an extension page shows (text, labels, titles, placeholders) and its language; runs in the page. */
function shownTexts(): { texts: string[]; lang: string } {
  const texts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) texts.push(n.textContent ?? '');
    if (n.nodeType !== 1) return;
    for (const a of ['aria-label', 'title', 'placeholder']) {
      const v = (n as Element).getAttribute(a);
      if (v) texts.push(v);
    }
    n.childNodes.forEach(walk);
  };
  walk(document.body);
  return { texts: [...texts.map((s) => s.trim()).filter(Boolean), document.title], lang: document.documentElement.lang };
}

/** Text a reader sees or hears in `root` (text, and the attributes that name things), and the corpus's own words in it. */
function shown(root: ParentNode): { texts: string[]; quoted: string[] } {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) texts.push(node.textContent ?? '');
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.localName === 'script' || el.localName === 'style') return;
    if (el.getAttribute('data-testid') === 'passage-text') {
      texts.push(el.textContent ?? '');
      return;
    }
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(attr);
      if (v) texts.push(v);
    }
    el.childNodes.forEach(walk);
  };
  walk(root as Node);
  // Per card: what the corpus says, and the words it shares with the page (those are cut from its passage).
  const quoted = Array.from(root.querySelectorAll('[data-testid="outlet"], .rc-headline, [data-testid="passage-text"], [data-testid="note"], .rc-host'), (e) =>
    (e.textContent ?? '').trim(),
  );
  return { texts: texts.map((s) => s.trim()).filter(Boolean), quoted };
}

function offLanguage(page: { texts: string[]; quoted: string[] }, locale: 'zh_CN' | 'zh_TW', extra: string[] = []): string[] {
  // Words quoted from a passage (names, shared words) are substrings of it: set aside every Latin run of the quoted text.
  const quotedWords = page.quoted.flatMap((q) => q.match(/[A-Za-z][A-Za-z.'’-]*/g) ?? []);
  const allowed = [...page.quoted, ...quotedWords, ...CORPUS_NAMES, ...NAMES, ...extra];
  return page.texts.flatMap((text) => offScript(text, locale, allowed).map((found) => `${found}  in  ${text}`));
}

describe.each(BROWSERS)('%s', (name) => {
  describe.each(LANGUAGES)('in $lang', ({ lang, locale, close, wic, command }) => {
    let h: ExtensionHarness;
    let srv: TestServer;
    let news: TestTab;

    beforeAll(async () => {
      srv = await startServer(ROUTES);
      h = await launchExtensionBrowser(name, extensionDir(name), { lang });
      news = await h.openTab(srv.url('/both'));
      await passagesOf(news);
    });
    afterAll(async () => {
      await h?.close();
      await srv?.close();
    });

    it('shows the sidebar in that language, topics and dates included', async () => {
      const ui = news.ui();
      await ui.waitForText('[data-testid="topics"]', new RegExp(wic));
      const page = await ui.evaluate(shown);
      const sidebarLang = await ui.evaluate((root) => root.querySelector('aside')?.getAttribute('lang') ?? null);
      const closeName = await ui.evaluate((root) => root.querySelector('[data-testid="close"]')?.getAttribute('aria-label') ?? null);
      saveArtifact(`sidebar-${name}-${lang}.png`, await news.screenshot());
      expect(sidebarLang).toBe(lang);
      expect(closeName).toBe(close);
      expect(offLanguage(page, locale)).toEqual([]);
    });

    it('shows the popup in that language', async () => {
      const popup = await openPopupFor(h, news);
      await until('the popup names the topics in that language', () => popup.evaluate((w) => document.body.textContent!.includes(w), wic));
      const page = await popup.evaluate(shownTexts);
      expect(page.lang).toBe(lang);
      expect(offLanguage({ texts: page.texts, quoted: [] }, locale, ['127.0.0.1'])).toEqual([]);
      await popup.close();
    });

    it('shows the options page in that language', async () => {
      const options = await h.openExtensionPage('options.html');
      await until('the options page has drawn its articles', () =>
        options.evaluate(() => document.querySelector('[data-testid="article-list"]') !== null),
      );
      const page = await options.evaluate(shownTexts);
      expect(page.lang).toBe(lang);
      expect(page.texts.length).toBeGreaterThan(10);
      expect(offLanguage({ texts: page.texts, quoted: [] }, locale)).toEqual([]);
      await options.close();
    });

    it('describes the keyboard command in that language', async () => {
      const commands = await h.extensionEval(async (api) => (await api.commands.getAll()).map((c) => c.description ?? ''));
      expect(commands).toContain(command);
    });
  });
});
