// Hostile pages that go after our UI, in real headless Chromium and Firefox
// ESR: page CSS that tries to restyle the sidebar, the strictest CSP, page
// scripts that read, remove or hide our UI. And, over the whole file, that
// no extension context made a network request. Payloads and forged input
// are in hostile-input.test.ts, huge, restless and odd documents in
// hostile-documents.test.ts.
//
// Each page is a file in test/e2e/hostile/ whose opening comment says what it
// attacks and what must hold. A "control" page is the same file with its
// attack removed (support/hostile-pages.ts, controlOf).

import { describe, expect, it } from 'vitest';
import type { TestTab } from './harness/index.ts';
import { BROWSERS, clickOn, openPopupFor, pageStatus, settled, until } from './support/browsers.ts';
import { openWithInit, panelPixels, pixelDifference, settledSidebar, sidebarLook, sidebarState } from './support/sidebar-view.ts';
import { watchTab } from './support/tab-errors.ts';
import { hostileSuite } from './support/hostile-suite.ts';

/** Is the panel the topmost thing at its own centre (and at its corners, inset a little)? */
async function panelOnTop(tab: TestTab): Promise<boolean> {
  return tab.ui().evaluate((root) => {
    const panel = root.querySelector('.rc-panel');
    if (!panel) return false;
    const r = panel.getBoundingClientRect();
    // Inset from the edges: in the bottom layout the panel is 100vw wide, and Firefox's
    // classic scrollbar (12 px) covers its right edge on a page that scrolls (reported).
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 24, r.top + 24],
      [r.right - 24, Math.min(r.bottom, innerHeight) - 24],
    ];
    return points.every(([x, y]) => document.elementFromPoint(x!, y!) === root.host);
  });
}

describe.each(BROWSERS)('%s', (name) => {
  const s = hostileSuite(name);

  describe('page CSS that tries to restyle the sidebar', () => {
    it.each(['css-all-revert.html', 'css-host-selectors.html', 'css-overlay.html', 'css-transform-zoom.html', 'css-rtl.html'])(
      '%s: the sidebar looks the same as on the page without that CSS',
      async (file) => {
        const control = await s.open(`/control/${file}`);
        const controlPassages = await settledSidebar(s.h, control.tab);
        const expected = await sidebarLook(control.tab);
        const expectedPixels = await panelPixels(control.tab);
        await control.tab.close();

        const { tab, report } = await s.open(`/hostile/${file}`);
        expect(await settledSidebar(s.h, tab)).toEqual(controlPassages);
        expect(await sidebarLook(tab)).toEqual(expected);
        expect(pixelDifference(await panelPixels(tab), expectedPixels)).toBeLessThan(0.002);
        expect(await panelOnTop(tab)).toBe(true);
        if (file === 'css-overlay.html') {
          // A second overlay at the maximum z-index, added to <body> after we appeared: we stay on top.
          await tab.evaluate(() => (window as unknown as { e2eOverlayAfter(): void }).e2eOverlayAfter());
          expect(await panelOnTop(tab)).toBe(true);
          expect(pixelDifference(await panelPixels(tab), expectedPixels)).toBeLessThan(0.002);
          // And one appended to <html> after our host, where tree order would break a
          // z-index tie in its favour: the host is in the top layer, above any z-index.
          await tab.evaluate(() => (window as unknown as { e2eOverlayOnRoot(): void }).e2eOverlayOnRoot());
          expect(await panelOnTop(tab)).toBe(true);
          expect(pixelDifference(await panelPixels(tab), expectedPixels)).toBeLessThan(0.002);
        }
        await s.expectNoErrors(report);
        await tab.close();
      },
    );
  });

  describe('the strictest CSP', () => {
    it.each(['csp-header.html', 'csp-meta.html'])('%s: the sidebar is styled and we cause no violation', async (file) => {
      const tab = await openWithInit(s.h, s.srv.url(`/hostile/${file}`), () => {
        const w = window as unknown as { e2eViolations: string[] };
        w.e2eViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.e2eViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      const report = watchTab(tab);
      await settledSidebar(s.h, tab);
      // Styles only our constructed stylesheets set: an <aside> is static, 16px, transparent by default.
      const styled = await tab.ui().evaluate((root) => {
        const cs = getComputedStyle(root.querySelector('.rc-panel')!);
        return { position: cs.position, fontSize: cs.fontSize, background: cs.backgroundColor, host: getComputedStyle(root.host).position };
      });
      expect(styled).toEqual({ position: 'fixed', fontSize: '14px', background: 'rgb(255, 255, 255)', host: 'fixed' });
      expect(await tab.evaluate(() => CSS.highlights.has('related-coverage-mention'))).toBe(true);
      await settled(s.h, tab);
      const ours = (await tab.evaluate(() => (window as unknown as { e2eViolations: string[] }).e2eViolations)).filter(
        (v) => !/favicon\.ico/.test(v), // Firefox asks for the page's favicon, which the policy blocks: not ours.
      );
      expect(ours).toEqual([]);
      // The listener works and the policy is enforced: a <style> the page adds is reported.
      await tab.evaluate(() => {
        const s = document.createElement('style');
        s.textContent = 'p { color: red }';
        document.head.append(s);
      });
      await until('the control violation is reported', async () =>
        (await tab.evaluate(() => (window as unknown as { e2eViolations: string[] }).e2eViolations)).some((v) => v.startsWith('style-src')),
      );
      expect(report.dialogs).toEqual([]);
      expect(report.errors.filter((e) => !/Content-Security-Policy|Content Security Policy|style-src/.test(e))).toEqual([]);
      expect(await s.background.all()).toEqual([]);
      await tab.close();
    });
  });

  describe('page scripts that read or change our UI', () => {
    it('a page script walking the whole DOM finds none of our text, and our host has no readable shadow root', async () => {
      const { tab, report } = await s.open('/hostile/dom-reader.html');
      await settledSidebar(s.h, tab);
      const needles = await tab.ui().evaluate((root) => {
        const texts = (sel: string) => Array.from(root.querySelectorAll(sel), (e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
        return [
          'Related Coverage',
          ...texts('[data-testid="passage-text"]').map((t) => t.slice(0, 60)),
          ...texts('.rc-headline'),
          ...texts('.rc-section-title'),
        ].filter((t) => t.length >= 8);
      });
      // The needles are really in the sidebar, so not finding them means something.
      expect(needles.length).toBeGreaterThan(4);
      const inRoot = await tab.ui().evaluate((root, n) => n.filter((x) => !(root.textContent ?? '').replace(/\s+/g, ' ').includes(x)), needles);
      expect(inRoot).toEqual([]);
      const found = await tab.evaluate((n) => (window as unknown as { e2eFind(n: string[]): unknown }).e2eFind(n), needles);
      expect(found).toEqual({ places: [], hostFound: true, hostShadowRoot: 'null', hostChildren: 0, openRoots: 0 });
      await s.expectNoErrors(report);
      await tab.close();
    });

    it('a sidebar the page removes once comes back', async () => {
      const { tab, report } = await s.open('/hostile/dom-remover.html');
      const passages = await settledSidebar(s.h, tab);
      expect(await tab.evaluate(() => (window as unknown as { e2eRemoveOnce(): boolean }).e2eRemoveOnce())).toBe(true);
      await until('the sidebar is back', async () => (await sidebarState(tab)).host);
      expect(await settledSidebar(s.h, tab)).toEqual(passages);
      expect(await tab.evaluate(() => document.querySelectorAll('related-coverage-sidebar').length)).toBe(1);
      expect(await panelOnTop(tab)).toBe(true);
      await s.expectNoErrors(report);
      await tab.close();
    });

    it('a sidebar the page keeps removing comes back a few times, then goes quietly: no loop, no error', async () => {
      const { tab, report } = await s.open('/hostile/dom-remover.html');
      await settledSidebar(s.h, tab);
      const start = await tab.evaluate(() => performance.now());
      await tab.evaluate(() => (window as unknown as { e2eKeepRemoving(): void }).e2eKeepRemoving());
      // The sidebar gives up after its revivals: the content script then reports none.
      await until('the sidebar went quietly', async () => (await pageStatus(s.h, tab))?.sidebar === 'none');
      await settled(s.h, tab);
      const mid = await tab.evaluate(() => ({ added: (window as unknown as { e2eAdded: number[] }).e2eAdded.length, now: performance.now() }));
      // Another round trip through the content script: anything it still had queued has run.
      await settled(s.h, tab);
      const end = await tab.evaluate((t0) => {
        const w = window as unknown as { e2eAdded: number[]; e2eRemoved: number };
        return { added: w.e2eAdded.filter((t) => t > t0).length, all: w.e2eAdded.length, removed: w.e2eRemoved };
      }, start);
      // Re-added a bounded number of times (the product allows 3 revivals)...
      expect(end.added).toBeGreaterThan(0);
      expect(end.added).toBeLessThanOrEqual(5);
      // ...and nothing at all after it gave up: the page is left alone.
      expect(end.all).toBe(mid.added);
      expect(await tab.evaluate(() => document.querySelectorAll('related-coverage-sidebar').length)).toBe(0);
      await s.expectNoErrors(report);
      await tab.close();
    });

    it('a sidebar the page hides (display none, hidden, attributes removed) stays where it was and visible', async () => {
      const { tab, report } = await s.open('/hostile/dom-hider.html');
      await settledSidebar(s.h, tab);
      const before = await sidebarLook(tab);
      expect(await tab.evaluate(() => document.querySelector('related-coverage-sidebar')!.matches(':popover-open'))).toBe(true);
      expect(await tab.evaluate(() => (window as unknown as { e2eHide(): boolean }).e2eHide())).toBe(true);
      await until('the host is back in the top layer', () => tab.evaluate(() => document.querySelector('related-coverage-sidebar')!.matches(':popover-open')));
      const after = await sidebarLook(tab);
      expect(after.panel).toEqual(before.panel);
      expect(after.title).toEqual(before.title);
      expect(after.host!.display).toBe('block');
      expect(after.host!.visibility).toBe('visible');
      expect(await tab.ui().visible('[data-testid="sidebar"]')).toBe(true);
      expect(await panelOnTop(tab)).toBe(true);
      await s.expectNoErrors(report);
      await tab.close();
    });
  });

  // Last: it checks what every test above did, plus the popup and the search box.
  it('made no network request from any extension context during this whole file', async () => {
    const { tab } = await s.open('/control/css-all-revert.html');
    await settledSidebar(s.h, tab);
    await tab.ui().type('input[data-testid="search"]', 'Wuzen', { delayMs: 20 });
    await until('search results', async () => (await tab.ui().count('[data-testid="passage"]')) > 0);
    const popup = await openPopupFor(s.h, tab);
    await clickOn(popup, 'input[data-testid="topic-toggle"][data-topic-id="wic"]');
    await until('the sidebar dropped the conference', async () =>
      !(await tab.ui().evaluate((root) => Array.from(root.querySelectorAll('[data-topic-id]'), (e) => e.getAttribute('data-topic-id')))).includes('wic'),
    );
    await popup.close();
    await tab.close();
    await s.expectNoExtensionRequests();
  });
});
