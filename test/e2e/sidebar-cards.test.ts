// What the reader sees of each related article, in real Chromium and Firefox
// ESR: one card per article with its best passage first, where it comes from
// in one line with the uncertain part behind "About this source", a citation
// copied to the clipboard (pasted back to check it) and a link that opens the
// source at the passage, page marks that agree with the counts, and a narrow
// window where the passages stay in view and the collapsed tab says what it is.

import { describe, expect, it } from 'vitest';
import { type ExtensionHarness, type TestTab, htmlPage } from './harness/index.ts';
import { BROWSERS, passagesOf, saveArtifact, until } from './support/browsers.ts';
import { useExtensionBrowser } from './support/extension-browser.ts';

/** Opens `url` in a tab of the given size, sized before the page loads (the sidebar picks its layout when it appears). */
async function openSized(h: ExtensionHarness, url: string, width: number, height: number): Promise<TestTab> {
  const tab = await h.openTab('about:blank');
  await tab.setViewportSize({ width, height });
  await tab.goto(url);
  return tab;
}

/** What the clipboard holds, pasted with the real keyboard into a box the test adds to the page. */
async function pasteInPage(tab: TestTab): Promise<string> {
  await tab.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-here';
    document.body.prepend(box);
    box.focus();
  });
  await tab.press('Control+V');
  return until('the citation is pasted', () => tab.evaluate(() => (document.getElementById('paste-here') as HTMLTextAreaElement).value));
}

describe.each(BROWSERS)('%s', (name) => {
  const env = useExtensionBrowser(name, { reset: 'each' });

  it('shows one card per article, each passage once, the others on request', async () => {
    const tab = await env.h.openTab(env.srv.url('/both'));
    await passagesOf(tab);
    const ui = tab.ui();
    const cards = await ui.evaluate((root) =>
      Array.from(root.querySelectorAll('[data-testid="article-card"]'), (card) => ({
        id: card.getAttribute('data-article-id'),
        headlines: card.querySelectorAll('h4').length,
        passages: Array.from(card.querySelectorAll('[data-testid="passage"]'), (p) => p.getAttribute('data-passage-id') ?? ''),
        texts: Array.from(card.querySelectorAll('[data-testid="passage-text"]'), (p) => (p.textContent ?? '').trim()),
        more: card.querySelector('[data-testid="more-passages"]') !== null,
      })),
    );
    expect(cards.length).toBeGreaterThan(1);
    // Each article once, its headline once, and every passage in it is its own.
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    for (const c of cards) {
      expect(c.headlines).toBe(1);
      for (const id of c.passages) expect(id.startsWith(`${c.id}#`)).toBe(true);
    }
    const texts = cards.flatMap((c) => c.texts);
    expect(new Set(texts).size).toBe(texts.length);
    // A card with more passages shows them when asked.
    const withMore = cards.findIndex((c) => c.more);
    expect(withMore).toBeGreaterThanOrEqual(0);
    const selector = `[data-testid="article-card"][data-article-id="${cards[withMore]!.id}"]`;
    await ui.click(`${selector} [data-testid="more-passages"]`);
    await until('the card shows more passages', async () => (await ui.count(`${selector} [data-testid="passage"]`)) > cards[withMore]!.passages.length);
    expect(await ui.attr(`${selector} [data-testid="more-passages"]`, 'aria-expanded')).toBe('true');
    await tab.close();
  });

  it('says where an article comes from in one line, and what is uncertain behind "About this source"', async () => {
    const tab = await env.h.openTab(env.srv.url('/both'));
    await passagesOf(tab);
    const ui = tab.ui();
    // The corpus's South China Morning Post article is known only from a syndicated copy.
    await ui.type('input[data-testid="search"]', 'Ren Xianliang');
    const card = '[data-testid="article-card"][data-article-id="wic-2024-ai-focus"]';
    await until('the article is found', async () => (await ui.count(card)) === 1);
    expect(await ui.text(`${card} [data-testid="provenance"]`)).toMatch(
      /^South China Morning Post · Oct 2024 · syndicated copy \(singexpress\.news\) \(opens in a new tab\)$/,
    );
    expect(await ui.attr(`${card} [data-testid="source-link"]`, 'href')).toMatch(/^https:\/\/singexpress\.news\//);
    const noteShown = () => ui.evaluate((root, sel) => root.querySelector(sel)!.checkVisibility(), `${card} [data-testid="note"]`);
    expect(await noteShown()).toBe(false);
    await ui.click(`${card} [data-testid="about-source"] summary`);
    await until('the disclosure opens', noteShown);
    const about = await ui.text(`${card} [data-testid="about-source"]`);
    expect(about).toContain('Only the month of publication is known');
    expect(about).toContain('the link goes to a syndicated copy');
    // No bookkeeping anywhere in the sidebar.
    expect(await ui.text('[data-testid="sidebar"]')).not.toMatch(/copy_url|\burl\b/);
    await tab.close();
  });

  it('copies a citation the reader can paste, says so, and links to the passage itself', async () => {
    const tab = await env.h.openTab(env.srv.url('/wic-2023'));
    await passagesOf(tab);
    const ui = tab.ui();
    const first = '[data-testid="article-card"]:first-child';
    const quote = await ui.text(`${first} [data-testid="passage-text"]`);
    const outlet = await ui.text(`${first} [data-testid="outlet"]`);
    await ui.click(`${first} [data-testid="copy-citation"]`);
    await ui.waitForText(`${first} [data-testid="copy-status"]`, 'Citation copied.');
    const pasted = await pasteInPage(tab);
    expect(pasted.split('\n')[0]).toBe(`“${quote}”`);
    expect(pasted).toContain(`— ${outlet}, “`);
    expect(pasted).toMatch(/\nhttps?:\/\/\S+$/);
    // "Open at this passage": the source's own address with a text directive for the passage.
    const href = (await ui.attr(`${first} [data-testid="open-at-passage"]`, 'href'))!;
    const source = (await ui.attr(`${first} [data-testid="source-link"]`, 'href'))!;
    expect(href.startsWith(`${source}#:~:text=`)).toBe(true);
    const terms = href.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
    expect(quote.startsWith(terms[0]!)).toBe(true);
    expect(quote.endsWith(terms[terms.length - 1]!)).toBe(true);
    // The browser finds it: a copy of the source with the passage far down the page opens scrolled to it.
    const filler = Array.from({ length: 80 }, (_, i) => `<p>Paragraph ${i} of other news.</p>`).join('');
    env.srv.route('/source-copy', htmlPage({ title: 'Source', body: `${filler}<p id="passage">${quote}</p>${filler}` }));
    const opened = await env.h.openTab(env.srv.url(`/source-copy#${href.split('#')[1]}`));
    const where = await until('the browser scrolled to the passage', () =>
      opened.evaluate(() => {
        const r = document.getElementById('passage')!.getBoundingClientRect();
        return scrollY > 0 && r.top >= 0 && r.bottom <= innerHeight ? { top: r.top } : null;
      }),
    );
    expect(where.top).toBeGreaterThanOrEqual(0);
    await opened.close();
    await tab.close();
  });

  it('says why a passage is here in whole terms and names, never fragments', async () => {
    const tab = await env.h.openTab(env.srv.url('/start-ups'));
    await passagesOf(tab);
    const whys = await tab.ui().texts('[data-testid="why"]');
    // What the page and the corpus share, said whole: "export controls", not "export" and "controls",
    // and as the term it is, not as a name.
    expect(whys.some((why) => /Words: [^·]*export controls/.test(why))).toBe(true);
    for (const why of whys) expect(why).not.toMatch(/Names: [^·]*export controls/);
    for (const why of whys) {
      expect(why).not.toMatch(/(^|[\s,:])(start|ups)(,|$| and)/); // "start-ups" cut in two
      expect(why).not.toMatch(/\bAI, Artificial\b|\bArtificial\b(?! [Ii]ntelligence)/);
      expect(why).not.toContain('China-based');
      expect(why).not.toMatch(/forum[’']s/);
    }
    await tab.close();
  });

  it('marks each mention once, as a phrase, as many as the sidebar counts', async () => {
    const tab = await env.h.openTab(env.srv.url('/both'));
    await passagesOf(tab);
    const counted = await tab.ui().evaluate((root) =>
      Array.from(root.querySelectorAll('[data-testid="topics"] [data-topic-id]'), (e) => Number(/\d+/.exec(e.textContent ?? '')?.[0])).reduce(
        (a, b) => a + b,
        0,
      ),
    );
    const marked = await tab.evaluate(() => Array.from(CSS.highlights.get('related-coverage-mention') ?? [], (r) => (r as Range).toString()));
    expect(marked).toHaveLength(counted);
    expect(await tab.ui().text('[data-testid="mention-position"]')).toBe(`${counted} mentions`);
    // "AI rules" and "governance" were marked one word at a time: now the phrase that counted.
    for (const lone of ['rules', 'governed', 'bans']) expect(marked).not.toContain(lone);
    await tab.close();
  });

  it('keeps the passages in view in a narrow window, and labels the collapsed tab', async () => {
    const tab = await openSized(env.h, env.srv.url('/both'), 500, 800);
    await passagesOf(tab);
    const ui = tab.ui();
    const box = await ui.evaluate((root) => {
      const panel = root.querySelector('.rc-panel')!.getBoundingClientRect();
      const first = root.querySelector('[data-testid="passage-text"]')!.getBoundingClientRect();
      return { panelTop: panel.top, panelBottom: panel.bottom, firstTop: first.top, innerHeight };
    });
    saveArtifact(`sidebar-narrow-${name}.png`, await tab.screenshot());
    expect(box.panelBottom).toBeLessThanOrEqual(box.innerHeight + 1);
    // The first passage is there to read without scrolling: several of its lines are in the sheet.
    expect(box.firstTop).toBeGreaterThan(box.panelTop);
    expect(box.panelBottom - box.firstTop).toBeGreaterThan(120);
    await ui.click('[data-testid="close"]');
    await until('the sidebar collapsed to its tab', async () => (await ui.count('[data-testid="reopen"]')) === 1);
    expect(await ui.text('[data-testid="reopen-label"]')).toBe('Related Coverage');
    expect(await ui.visible('[data-testid="reopen-label"]')).toBe(true);
    const label = await ui.evaluate((root) => {
      const r = root.querySelector('[data-testid="reopen-label"]')!.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: innerWidth, height: innerHeight };
    });
    expect(label.left).toBeGreaterThanOrEqual(0);
    expect(label.right).toBeLessThanOrEqual(label.width);
    expect(label.bottom - label.top).toBeGreaterThan(40);
    await tab.close();
  });
});

// A page served over plain http from a named host is no secure context: it has
// no navigator.clipboard, and the citation is copied the old way (Chromium's
// --host-resolver-rules gives 127.0.0.1 a name that is not "potentially trustworthy").
const chromiumOnly = BROWSERS.includes('chromium') ? (['chromium'] as const) : [];
describe.each(chromiumOnly)('%s, a page that is no secure context', (name) => {
  const env = useExtensionBrowser(name, { reset: 'never', args: ['--host-resolver-rules=MAP plain.test 127.0.0.1'] });

  it('still copies a citation the reader can paste', async () => {
    const tab = await env.h.openTab(`http://plain.test:${new URL(env.srv.origin).port}/wic-2023`);
    expect(await tab.evaluate(() => ({ secure: window.isSecureContext, api: 'clipboard' in navigator }))).toEqual({ secure: false, api: false });
    await passagesOf(tab);
    const ui = tab.ui();
    const first = '[data-testid="article-card"]:first-child';
    const quote = await ui.text(`${first} [data-testid="passage-text"]`);
    await ui.click(`${first} [data-testid="copy-markdown"]`);
    await ui.waitForText(`${first} [data-testid="copy-status"]`, 'Citation copied as Markdown.');
    expect(await ui.focused(`${first} [data-testid="copy-markdown"]`)).toBe(true);
    const pasted = await pasteInPage(tab);
    expect(pasted.split('\n')[0]).toBe(`> ${quote.replace(/[\\`*_[\]<>#|]/g, '\\$&')}`);
    await tab.close();
  });
});
