// Hostile input, in real headless Chromium and Firefox ESR: markup and
// script payloads in the page and typed into the search box, forged window
// messages and events, synthetic clicks and keys, DOM clobbering. And, over
// the whole file, that no extension context made a network request.

import { describe, expect, it } from 'vitest';
import type { TestTab } from './harness/index.ts';
import { BROWSERS, settled, until } from './support/browsers.ts';
import { settledSidebar, sidebarState } from './support/sidebar-view.ts';
import { hostileSuite } from './support/hostile-suite.ts';

type Mouse = { mouse: { click(x: number, y: number): Promise<void> } };

describe.each(BROWSERS)('%s', (name) => {
  const s = hostileSuite(name);

  describe('markup and script payloads', () => {
    const noMarkup = (tab: TestTab) =>
      tab.ui().evaluate((root) => ({
        // (WXT's own <style> reset is in the root too, so <style> is not on this list.)
        active: Array.from(root.querySelectorAll('img, script, iframe, object, embed, frame, link, meta, base, form[action]'), (e) => e.localName),
        handlers: Array.from(root.querySelectorAll('*'))
          .flatMap((e) => Array.from(e.attributes, (a) => a.name))
          .filter((n) => n.startsWith('on')),
        links: Array.from(root.querySelectorAll('a[href], area[href]'), (a) => a.getAttribute('href') ?? '').filter((href) => !/^https?:\/\//.test(href)),
        linkCount: root.querySelectorAll('a[href]').length,
      }));
    const pwned = (tab: TestTab) => tab.evaluate(() => (window as unknown as { e2ePwned?: unknown }).e2ePwned ?? null);

    it('payloads in the page text are never run, and the sidebar shows only text and http(s) links', async () => {
      const { tab, report } = await s.open('/hostile/payloads.html');
      await settledSidebar(s.h, tab);
      const topics = await tab.ui().evaluate((root) => Array.from(root.querySelectorAll('[data-topic-id]'), (e) => e.getAttribute('data-topic-id')));
      expect(topics).toContain('wic');
      await settled(s.h, tab);
      expect(await pwned(tab)).toBeNull();
      const markup = await noMarkup(tab);
      expect(markup).toMatchObject({ active: [], handlers: [], links: [] });
      expect(markup.linkCount).toBeGreaterThan(0);
      await s.expectNoErrors(report);
      await tab.close();
    });

    it('payloads typed into the search box are shown as text', async () => {
      const { tab, report } = await s.open('/hostile/payloads.html');
      await settledSidebar(s.h, tab);
      const ui = tab.ui();
      const payload = `<img src=x onerror="(window.e2ePwned=window.e2ePwned||[]).push('search')">`;
      // 20 ms between keys, as a fast typist: at protocol speed the box drops keys (see the report).
      await ui.type('input[data-testid="search"]', payload, { delayMs: 20 });
      const answered = async () => {
        const status = await ui.text('[data-testid="search-status"]');
        return status !== '' && !/Searching|搜索中/.test(status);
      };
      await until('the search has answered', answered);
      const status = await ui.text('[data-testid="search-status"]');
      const results = await ui.count('[data-testid="passage"]');
      // The status is plain text either way: the query quoted back when nothing matches, or
      // how many passages were found, at least those shown (a card shows its first passage
      // and the rest on request; noMarkup below checks they are text).
      if (results === 0) expect(status).toContain(payload);
      else expect(Number(/^\d+/.exec(status)?.[0])).toBeGreaterThanOrEqual(results);
      expect(await ui.evaluate((root) => root.querySelector('[data-testid="search-status"]')!.childElementCount)).toBe(0);
      expect(await ui.evaluate((root) => (root.querySelector('input[data-testid="search"]') as HTMLInputElement).value)).toBe(payload);
      for (const url of ['javascript:(window.e2ePwned=window.e2ePwned||[]).push(1)', '</p><script>(window.e2ePwned=window.e2ePwned||[]).push(2)</script>']) {
        await ui.evaluate((root) => (root.querySelector('input[data-testid="search"]') as HTMLInputElement).select());
        await ui.type('input[data-testid="search"]', url, { delayMs: 20 });
        await until('the search has answered', async () =>
          (await answered()) && (await ui.evaluate((root) => (root.querySelector('input[data-testid="search"]') as HTMLInputElement).value)) === url,
        );
      }
      expect(await pwned(tab)).toBeNull();
      expect(await noMarkup(tab)).toMatchObject({ active: [], handlers: [], links: [] });
      await s.expectNoErrors(report);
      await tab.close();
    });
    // Payloads in corpus text (passages, headlines, outlets, authors, notes, source
    // addresses) cannot reach the bundled corpus from a test: they are covered by the
    // component tests (test/unit/components/PassageCard.test.tsx, Sidebar.test.tsx).
  });

  describe('forged input', () => {
    const forgedSetup = async () => {
      const { tab, report } = await s.open('/hostile/forged-input.html');
      await settledSidebar(s.h, tab);
      const before = await sidebarState(tab);
      expect(before).toMatchObject({ host: true, open: 1, focused: 0 });
      return { tab, report, before };
    };
    /** Proof the content script is alive and listening: the keyboard command still toggles the sidebar. */
    const stillAnswers = async (tab: TestTab) => {
      await s.h.pressShortcut(tab, 'Alt+Shift+Y');
      await until('the command collapsed the sidebar', async () => (await sidebarState(tab) as { collapsed?: number }).collapsed === 1, 5000);
    };

    it('forged window messages (WXT’s “script started”, our message envelopes) change nothing', async () => {
      const { tab, report, before } = await forgedSetup();
      await tab.evaluate((id) => (window as unknown as { e2eForgeMessages(id: string): void }).e2eForgeMessages(id), s.runtimeId());
      // Answered by the content script after the forged events were dispatched: they have been handled.
      await settled(s.h, tab);
      expect(await sidebarState(tab)).toEqual(before);
      await stillAnswers(tab);
      await s.expectNoErrors(report);
      await tab.close();
    });

    it('forged CustomEvents with WXT’s location-change name change nothing', async () => {
      const { tab, report, before } = await forgedSetup();
      await tab.evaluate((id) => (window as unknown as { e2eForgeEvents(id: string, w: string): void }).e2eForgeEvents(id, 'other'), s.runtimeId());
      // Answered by the content script after the forged events were dispatched: they have been handled.
      await settled(s.h, tab);
      expect(await sidebarState(tab)).toEqual(before);
      await stillAnswers(tab);
      await s.expectNoErrors(report);
      await tab.close();
    });

    it('forged “content script started” events (the gate’s and WXT’s names) do not shut us down', async () => {
      const { tab, report, before } = await forgedSetup();
      await tab.evaluate((id) => (window as unknown as { e2eForgeEvents(id: string, w: string): void }).e2eForgeEvents(id, 'started'), s.runtimeId());
      // Answered by the content script after the forged events were dispatched: they have been handled.
      await settled(s.h, tab);
      expect(await sidebarState(tab)).toEqual(before);
      await stillAnswers(tab);
      await s.expectNoErrors(report);
      await tab.close();
    });

    it('synthetic clicks and keys (isTrusted false) do nothing; a real click does', async () => {
      const { tab, report, before } = await forgedSetup();
      await tab.evaluate(() => (window as unknown as { e2eSyntheticClick(): void }).e2eSyntheticClick());
      expect(await tab.evaluate(() => (window as unknown as { e2eSyntheticKeys(): boolean }).e2eSyntheticKeys())).toBe(true);
      await settled(s.h, tab);
      expect(await sidebarState(tab)).toEqual(before);
      // The same mention clicked by a person flags its passage: the synthetic one was really ignored.
      const point = await tab.evaluate(() => (window as unknown as { e2eMentionPoint(): { x: number; y: number } }).e2eMentionPoint());
      await (tab.raw as Mouse).mouse.click(point.x, point.y);
      await until('a real click flags a passage', async () => (await sidebarState(tab) as { focused?: number }).focused === 1, 5000);
      await s.expectNoErrors(report);
      await tab.close();
    });

    it('DOM clobbering does not break the scan: both topics and their passages', async () => {
      const { tab, report } = await s.open('/hostile/dom-clobbering.html');
      expect((await settledSidebar(s.h, tab)).length).toBeGreaterThan(0);
      const topics = await tab.ui().evaluate((root) => Array.from(root.querySelectorAll('[data-topic-id]'), (e) => e.getAttribute('data-topic-id')).sort());
      expect(topics).toEqual(['ai-governance', 'wic']);
      expect(await tab.evaluate(() => CSS.highlights.has('related-coverage-mention'))).toBe(true);
      await s.expectNoErrors(report);
      await tab.close();
    });
  });

  // Last: it checks what every test above did.
  it('made no network request from any extension context during this whole file', async () => {
    await s.expectNoExtensionRequests();
  });
});
