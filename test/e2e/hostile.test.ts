// Hostile pages, in real headless Chromium and Firefox ESR: page CSS that
// tries to restyle the sidebar, the strictest CSP, page scripts that read,
// remove or hide our UI, markup and script payloads, forged messages and
// events, DOM clobbering, huge and ever-changing pages, frames and other
// kinds of documents. And, over the whole file, that no extension context
// made a network request.
//
// Each page is a file in test/e2e/hostile/ whose opening comment says what it
// attacks and what must hold. A "control" page is the same file with its
// attack removed (support/hostile.ts, controlOf).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ChromiumHarness,
  type ExtensionHarness,
  type RequestRecorder,
  type TestServer,
  type TestTab,
  launchExtensionBrowser,
  startServer,
} from './harness/index.ts';
import { BROWSERS, clickOn, extensionDir, openPopupFor, pageStatus, resetSettings, settled, sleep, spyOnMessages, until } from './support/browsers.ts';
import {
  BackgroundErrors,
  HOSTILE_DIR,
  hostileRoutes,
  hostsPerFrame,
  hugeFiller,
  openWithInit,
  panelPixels,
  pixelDifference,
  settledSidebar,
  sidebarLook,
  traceLongTasks,
  watchTab,
  type TabReport,
} from './support/hostile.ts';

/** Long enough for the idle scan, the gate and any rescan to have happened on a page where nothing should. */
const QUIET_MS = 2500;

type Mouse = { mouse: { click(x: number, y: number): Promise<void> } };

/** The sidebar's state as the reader sees it, or `{ host: false }`. */
async function sidebarState(tab: TestTab) {
  return tab
    .ui()
    .evaluate((root) => ({
      host: true,
      open: root.querySelectorAll('[data-testid="sidebar"]').length,
      collapsed: root.querySelectorAll('[data-testid="reopen"]').length,
      passages: Array.from(root.querySelectorAll('[data-testid="passage"]'), (e) => e.getAttribute('data-passage-id')),
      focused: root.querySelectorAll('[data-focused="true"]').length,
      position: root.querySelector('[data-testid="mention-position"]')?.textContent ?? null,
      search: (root.querySelector('input[data-testid="search"]') as HTMLInputElement | null)?.value ?? null,
    }))
    .catch(() => ({ host: false }) as const);
}

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
  let h: ExtensionHarness;
  let srv: TestServer;
  let requests: RequestRecorder;
  let background: BackgroundErrors;

  const open = async (path: string): Promise<{ tab: TestTab; report: TabReport }> => {
    const tab = await h.openTab('about:blank');
    const report = watchTab(tab);
    await tab.goto(srv.url(path));
    return { tab, report };
  };
  /** No error from the tab (page, content script) nor, in Chromium, from the service worker. */
  const expectNoErrors = async (report: TabReport) => {
    expect(report.errors).toEqual([]);
    expect(report.dialogs).toEqual([]);
    expect(await background.all()).toEqual([]);
  };
  /** The id WXT puts in its event names: the extension id in Chromium, the gecko id in Firefox. */
  const runtimeId = () =>
    name === 'chromium'
      ? new URL(h.extensionOrigin).host
      : (JSON.parse(readFileSync(join(extensionDir('firefox'), 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
          .browser_specific_settings.gecko.id;

  beforeAll(async () => {
    srv = await startServer(hostileRoutes());
    h = await launchExtensionBrowser(name, extensionDir(name));
    // Case 11: everything this file does is recorded, and checked by the last test.
    requests = await h.recordRequests();
    background = new BackgroundErrors(h);
    await background.install();
  });
  afterEach(async () => {
    await resetSettings(h);
  });
  afterAll(async () => {
    await h?.close();
    await srv?.close();
  });

  describe('page CSS that tries to restyle the sidebar', () => {
    it.each(['css-all-revert.html', 'css-host-selectors.html', 'css-overlay.html', 'css-transform-zoom.html', 'css-rtl.html'])(
      '%s: the sidebar looks the same as on the page without that CSS',
      async (file) => {
        const control = await open(`/control/${file}`);
        const controlPassages = await settledSidebar(control.tab);
        const expected = await sidebarLook(control.tab);
        const expectedPixels = await panelPixels(control.tab);
        await control.tab.close();

        const { tab, report } = await open(`/hostile/${file}`);
        expect(await settledSidebar(tab)).toEqual(controlPassages);
        expect(await sidebarLook(tab)).toEqual(expected);
        expect(pixelDifference(await panelPixels(tab), expectedPixels)).toBeLessThan(0.002);
        expect(await panelOnTop(tab)).toBe(true);
        if (file === 'css-overlay.html') {
          // A second overlay at the maximum z-index, added to <body> after we appeared: we stay on top.
          await tab.evaluate(() => (window as unknown as { e2eOverlayAfter(): void }).e2eOverlayAfter());
          expect(await panelOnTop(tab)).toBe(true);
          expect(pixelDifference(await panelPixels(tab), expectedPixels)).toBeLessThan(0.002);
          // Not asserted, stated: an overlay the page appends to <html> after our host, at
          // the same z-index, paints above us (tree order breaks the tie). See the fixture.
        }
        await expectNoErrors(report);
        await tab.close();
      },
    );
  });

  describe('the strictest CSP', () => {
    it.each(['csp-header.html', 'csp-meta.html'])('%s: the sidebar is styled and we cause no violation', async (file) => {
      const tab = await openWithInit(h, srv.url(`/hostile/${file}`), () => {
        const w = window as unknown as { e2eViolations: string[] };
        w.e2eViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.e2eViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      const report = watchTab(tab);
      await settledSidebar(tab);
      // Styles only our constructed stylesheets set: an <aside> is static, 16px, transparent by default.
      const styled = await tab.ui().evaluate((root) => {
        const cs = getComputedStyle(root.querySelector('.rc-panel')!);
        return { position: cs.position, fontSize: cs.fontSize, background: cs.backgroundColor, host: getComputedStyle(root.host).position };
      });
      expect(styled).toEqual({ position: 'fixed', fontSize: '14px', background: 'rgb(255, 255, 255)', host: 'fixed' });
      expect(await tab.evaluate(() => CSS.highlights.has('related-coverage-mention'))).toBe(true);
      await settled(h, tab);
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
      expect(await background.all()).toEqual([]);
      await tab.close();
    });
  });

  describe('page scripts that read or change our UI', () => {
    it('a page script walking the whole DOM finds none of our text, and our host has no readable shadow root', async () => {
      const { tab, report } = await open('/hostile/dom-reader.html');
      await settledSidebar(tab);
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
      await expectNoErrors(report);
      await tab.close();
    });

    it('a sidebar the page removes once comes back', async () => {
      const { tab, report } = await open('/hostile/dom-remover.html');
      const passages = await settledSidebar(tab);
      expect(await tab.evaluate(() => (window as unknown as { e2eRemoveOnce(): boolean }).e2eRemoveOnce())).toBe(true);
      await until('the sidebar is back', async () => (await sidebarState(tab)).host);
      expect(await settledSidebar(tab)).toEqual(passages);
      expect(await tab.evaluate(() => document.querySelectorAll('related-coverage-sidebar').length)).toBe(1);
      expect(await panelOnTop(tab)).toBe(true);
      await expectNoErrors(report);
      await tab.close();
    });

    it('a sidebar the page keeps removing comes back a few times, then goes quietly: no loop, no error', async () => {
      const { tab, report } = await open('/hostile/dom-remover.html');
      await settledSidebar(tab);
      const start = await tab.evaluate(() => performance.now());
      await tab.evaluate(() => (window as unknown as { e2eKeepRemoving(): void }).e2eKeepRemoving());
      // The sidebar gives up after its revivals: the content script then reports none.
      await until('the sidebar went quietly', async () => (await pageStatus(h, tab))?.sidebar === 'none');
      await settled(h, tab);
      const mid = await tab.evaluate(() => ({ added: (window as unknown as { e2eAdded: number[] }).e2eAdded.length, now: performance.now() }));
      // Another round trip through the content script: anything it still had queued has run.
      await settled(h, tab);
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
      await expectNoErrors(report);
      await tab.close();
    });

    it('a sidebar the page hides (display none, hidden, attributes removed) stays where it was and visible', async () => {
      const { tab, report } = await open('/hostile/dom-hider.html');
      await settledSidebar(tab);
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
      await expectNoErrors(report);
      await tab.close();
    });
  });

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
      const { tab, report } = await open('/hostile/payloads.html');
      await settledSidebar(tab);
      const topics = await tab.ui().evaluate((root) => Array.from(root.querySelectorAll('[data-topic-id]'), (e) => e.getAttribute('data-topic-id')));
      expect(topics).toContain('wic');
      await settled(h, tab);
      expect(await pwned(tab)).toBeNull();
      const markup = await noMarkup(tab);
      expect(markup).toMatchObject({ active: [], handlers: [], links: [] });
      expect(markup.linkCount).toBeGreaterThan(0);
      await expectNoErrors(report);
      await tab.close();
    });

    it('payloads typed into the search box are shown as text', async () => {
      const { tab, report } = await open('/hostile/payloads.html');
      await settledSidebar(tab);
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
      // Either no result, and the status repeats the query as text, or results that are only text.
      if (results === 0) expect(status).toContain(payload);
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
      await expectNoErrors(report);
      await tab.close();
    });
    // Payloads in corpus text (passages, headlines, outlets, authors, notes, source
    // addresses) cannot reach the bundled corpus from a test: they are covered by the
    // component tests (test/unit/components/PassageCard.test.tsx, Sidebar.test.tsx).
  });

  describe('forged input', () => {
    const forgedSetup = async () => {
      const { tab, report } = await open('/hostile/forged-input.html');
      await settledSidebar(tab);
      const before = await sidebarState(tab);
      expect(before).toMatchObject({ host: true, open: 1, focused: 0 });
      return { tab, report, before };
    };
    /** Proof the content script is alive and listening: the keyboard command still toggles the sidebar. */
    const stillAnswers = async (tab: TestTab) => {
      await h.pressShortcut(tab, 'Alt+Shift+Y');
      await until('the command collapsed the sidebar', async () => (await sidebarState(tab) as { collapsed?: number }).collapsed === 1, 5000);
    };

    it('forged window messages (WXT’s “script started”, our message envelopes) change nothing', async () => {
      const { tab, report, before } = await forgedSetup();
      await tab.evaluate((id) => (window as unknown as { e2eForgeMessages(id: string): void }).e2eForgeMessages(id), runtimeId());
      // Answered by the content script after the forged events were dispatched: they have been handled.
      await settled(h, tab);
      expect(await sidebarState(tab)).toEqual(before);
      await stillAnswers(tab);
      await expectNoErrors(report);
      await tab.close();
    });

    it('forged CustomEvents with WXT’s location-change name change nothing', async () => {
      const { tab, report, before } = await forgedSetup();
      await tab.evaluate((id) => (window as unknown as { e2eForgeEvents(id: string, w: string): void }).e2eForgeEvents(id, 'other'), runtimeId());
      // Answered by the content script after the forged events were dispatched: they have been handled.
      await settled(h, tab);
      expect(await sidebarState(tab)).toEqual(before);
      await stillAnswers(tab);
      await expectNoErrors(report);
      await tab.close();
    });

    it('a forged CustomEvent with WXT’s “content script started” name does not shut us down', async () => {
      const { tab, report, before } = await forgedSetup();
      await tab.evaluate((id) => (window as unknown as { e2eForgeEvents(id: string, w: string): void }).e2eForgeEvents(id, 'started'), runtimeId());
      // Answered by the content script after the forged events were dispatched: they have been handled.
      await settled(h, tab);
      expect(await sidebarState(tab)).toEqual(before);
      await stillAnswers(tab);
      await expectNoErrors(report);
      await tab.close();
    });

    it('synthetic clicks and keys (isTrusted false) do nothing; a real click does', async () => {
      const { tab, report, before } = await forgedSetup();
      await tab.evaluate(() => (window as unknown as { e2eSyntheticClick(): void }).e2eSyntheticClick());
      expect(await tab.evaluate(() => (window as unknown as { e2eSyntheticKeys(): boolean }).e2eSyntheticKeys())).toBe(true);
      await settled(h, tab);
      expect(await sidebarState(tab)).toEqual(before);
      // The same mention clicked by a person flags its passage: the synthetic one was really ignored.
      const point = await tab.evaluate(() => (window as unknown as { e2eMentionPoint(): { x: number; y: number } }).e2eMentionPoint());
      await (tab.raw as Mouse).mouse.click(point.x, point.y);
      await until('a real click flags a passage', async () => (await sidebarState(tab) as { focused?: number }).focused === 1, 5000);
      await expectNoErrors(report);
      await tab.close();
    });

    it('DOM clobbering does not break the scan: both topics and their passages', async () => {
      const { tab, report } = await open('/hostile/dom-clobbering.html');
      expect((await settledSidebar(tab)).length).toBeGreaterThan(0);
      const topics = await tab.ui().evaluate((root) => Array.from(root.querySelectorAll('[data-topic-id]'), (e) => e.getAttribute('data-topic-id')).sort());
      expect(topics).toEqual(['ai-governance', 'wic']);
      expect(await tab.evaluate(() => CSS.highlights.has('related-coverage-mention'))).toBe(true);
      await expectNoErrors(report);
      await tab.close();
    });
  });

  describe('huge and restless pages', () => {
    it('a 5 MB page of 50,000 nodes: the sidebar appears, and no long task is ours', async () => {
      const filler = hugeFiller();
      expect(filler.nodes).toBeGreaterThanOrEqual(50_000);
      expect(filler.chars).toBeGreaterThanOrEqual(5_000_000);
      type Ticks = { maxGap: number; count: number; long: Array<[number, number]>; hostAt: number | null };
      /** Opens the page, lets it run 4 s from load, and returns what the page's timer saw. */
      const visit = async (siteOn: boolean): Promise<{ ticks: Ticks; report: TabReport }> => {
        await h.extensionEval((api, on) => api.storage.local.set({ sitesOff: on ? [] : ['127.0.0.1'] }), siteOn);
        const { tab, report } = await open('/hostile/huge.html');
        const loaded = Date.now();
        if (siteOn) await settledSidebar(tab);
        await sleep(Math.max(0, 4000 - (Date.now() - loaded)));
        const ticks = await tab.evaluate(() => (window as unknown as { e2eTicks: Ticks }).e2eTicks);
        await tab.close();
        return { ticks, report };
      };
      // The same page with the extension switched off for the site (the reader's own
      // switch: the content script reads its settings and stops) is the baseline.
      let baseline = await visit(false);
      let withUs!: Awaited<ReturnType<typeof visit>>;
      if (h instanceof ChromiumHarness) {
        const trace = await traceLongTasks(h, async () => {
          withUs = await visit(true);
        });
        console.info(`[${name}] huge page: long tasks ${JSON.stringify(trace.all)}`);
        // The trace saw the extension at work and the page's own long tasks (laying
        // out 5 MB takes far more than 50 ms), so finding none of ours means something.
        expect(trace.extensionCalls).toBeGreaterThan(0);
        expect(trace.all.length).toBeGreaterThan(0);
        expect(trace.ours).toEqual([]);
      } else {
        // Firefox: no trace from here; the page's own timer says when its main thread
        // was held up, and the page notes when our host was added. Telling our delays
        // from the page's needs the page's own (seen with the site switched off) to
        // be over before our host is added: then any delay with us that ends at or
        // after that moment is counted as ours, even one the page may share, which can
        // only make the check stricter. The page's load varies from one load to the
        // next (and runs late on a busy machine), so a pair that breaks the premise
        // tells nothing: it is measured again, five pairs at most, and the premise is
        // still asserted below.
        for (let pair = 1; ; pair++) {
          withUs = await visit(true);
          const hostAt = withUs.ticks.hostAt;
          if (pair === 5 || (hostAt !== null && baseline.ticks.long.every(([, end]) => end < hostAt))) break;
          console.info(`[${name}] huge page: pair ${pair} overlaps (page's own delays ${JSON.stringify(baseline.ticks.long)}, our host at ${hostAt?.toFixed(0)}); again`);
          baseline = await visit(false);
        }
      }
      console.info(`[${name}] huge page: page timer delays of 50 ms or more: with us ${JSON.stringify(withUs.ticks.long)} (our host added at ${withUs.ticks.hostAt?.toFixed(0)}), with the site switched off ${JSON.stringify(baseline.ticks.long)}`);
      expect(withUs.ticks.count).toBeGreaterThan(10);
      expect(withUs.ticks.hostAt).not.toBeNull();
      if (name === 'firefox') {
        // The premise: with the site switched off, the page holds itself up only while
        // it loads, and that is over by the moment our host is added.
        expect(baseline.ticks.long.filter(([, end]) => end >= withUs.ticks.hostAt!)).toEqual([]);
        // So a delay of 50 ms or more that spans or follows the moment our host is added
        // is counted as our work: mounting the sidebar and what it makes the page lay out again.
        expect(withUs.ticks.long.filter(([, end]) => end >= withUs.ticks.hostAt!)).toEqual([]);
      }
      await expectNoErrors(withUs.report);
      await expectNoErrors(baseline.report);
    });

    it('a page that mutates every frame for 10 s gets a bounded number of rescans and stays responsive', async () => {
      const seen = await spyOnMessages(h);
      const { tab, report } = await open('/hostile/mutating.html');
      await tab.bringToFront();
      await settledSidebar(tab);
      await until('the page stopped mutating', async () => !(await tab.evaluate(() => (window as unknown as { e2eMutating: boolean }).e2eMutating)), 20_000);
      await settled(h, tab); // the rescan after the last change has run
      const frames = await tab.evaluate(() => (window as unknown as { e2eFrames: number }).e2eFrames);
      const ticks = await tab.evaluate(() => (window as unknown as { e2eTicks: { maxGap: number; count: number } }).e2eTicks);
      const ranks = (await seen()).filter((m) => m.url.includes('/hostile/mutating.html') && m.method === 'rank').length;
      console.info(`[${name}] mutating page: ${frames} frames, ${ranks} rank requests, page timer longest gap ${ticks.maxGap.toFixed(0)} ms`);
      expect(frames).toBeGreaterThan(100); // the attack really ran
      // One scan at load, then at most one per 5 s of constant change, and one after it stops.
      expect(ranks).toBeGreaterThanOrEqual(1);
      expect(ranks).toBeLessThanOrEqual(5);
      expect(ticks.maxGap).toBeLessThan(250);
      expect((await sidebarState(tab)).host).toBe(true);
      await expectNoErrors(report);
      await tab.close();
    });
  });

  describe('other documents', () => {
    it('topic text only in frames (nested, srcdoc, sandboxed, about:blank): no sidebar anywhere', async () => {
      const { tab, report } = await open('/hostile/frames-quiet-top.html');
      // The top frame's script has looked; frames get none (allFrames: false).
      await settled(h, tab);
      const frames = await hostsPerFrame(tab);
      expect(frames.length).toBeGreaterThanOrEqual(6);
      expect(frames.filter((f) => f.hosts !== 0)).toEqual([]);
      await expectNoErrors(report);
      await tab.close();
    });

    it('a topic page with topic frames: exactly one sidebar, in the top frame', async () => {
      const { tab, report } = await open('/hostile/frames-topic-top.html');
      await settledSidebar(tab);
      await settled(h, tab);
      const frames = await hostsPerFrame(tab);
      expect(frames.length).toBeGreaterThanOrEqual(6);
      expect(frames[0]).toMatchObject({ top: true, hosts: 1 });
      expect(frames.slice(1).filter((f) => f.hosts !== 0)).toEqual([]);
      await expectNoErrors(report);
      await tab.close();
    });

    it('about:blank filled with topic text: no sidebar', async () => {
      const tab = await h.openTab('about:blank');
      const report = watchTab(tab);
      await tab.evaluate(() => {
        document.title = 'World Internet Conference';
        document.body.innerHTML =
          '<article><h1>World Internet Conference</h1><p>The World Internet Conference opened its Wuzhen Summit, with talks on AI governance.</p></article>';
      });
      await sleep(QUIET_MS);
      expect(await tab.evaluate(() => document.querySelectorAll('related-coverage-sidebar').length)).toBe(0);
      await expectNoErrors(report);
      await tab.close();
    });

    it.each(['doc-xml.xml', 'doc-svg.svg', 'doc-text.txt'])('%s about both topics: at most one sidebar, in the top frame, no errors', async (file) => {
      const { tab, report } = await open(`/hostile/${file}`);
      await sleep(QUIET_MS);
      const frames = await hostsPerFrame(tab);
      expect(frames[0]!.top).toBe(true);
      expect(frames[0]!.hosts).toBeLessThanOrEqual(1);
      expect(frames.slice(1).filter((f) => f.hosts !== 0)).toEqual([]);
      console.info(`[${name}] ${file}: ${frames[0]!.hosts} sidebar(s)`);
      await expectNoErrors(report);
      await tab.close();
    });

    it('a PDF about both topics, in the browser’s viewer: no sidebar, no errors', async () => {
      const tab = await h.openTab('about:blank');
      const report = watchTab(tab);
      await tab.goto(srv.url('/hostile/topic.pdf')).catch((e: unknown) => {
        // Playwright reports the navigation into the PDF viewer as aborted; the viewer still opens.
        if (!/ERR_ABORTED|NS_BINDING_ABORTED/.test(String(e))) throw e;
      });
      await sleep(QUIET_MS);
      const frames = await hostsPerFrame(tab);
      expect(frames.filter((f) => f.hosts > 0)).toEqual([]);
      await expectNoErrors(report);
      await tab.close();
    });

    it('a file:// page: no sidebar until the person allows file access, then exactly one', async () => {
      const url = `file://${join(HOSTILE_DIR, 'file-page.html')}`;
      const hostsIn = (t: TestTab) => t.evaluate(() => document.querySelectorAll('related-coverage-sidebar').length);
      // Off, as for a reader's install (the harness's Chromium install starts with it on).
      await h.setFileAccess(false);
      await background.install();
      const denied = await h.openTab('about:blank');
      const deniedReport = watchTab(denied);
      await denied.goto(url);
      await sleep(QUIET_MS);
      expect(await hostsIn(denied)).toBe(0);
      await expectNoErrors(deniedReport);
      // The person allows it (Chromium reloads the extension for that).
      await h.setFileAccess(true);
      await background.install();
      const tab = await h.openTab('about:blank');
      const report = watchTab(tab);
      await tab.goto(url);
      await settledSidebar(tab);
      expect(await hostsIn(tab)).toBe(1);
      await expectNoErrors(report);
      // The tab that was already open: at most one sidebar (Chromium's update runs the
      // content script again in open tabs; Firefox does not for a permission change).
      await sleep(1000);
      expect(await hostsIn(denied)).toBeLessThanOrEqual(1);
      await expectNoErrors(deniedReport);
      await tab.close();
      await denied.close();
    });
  });

  // Last: it checks what every test above did, plus the popup and the search box.
  it('made no network request from any extension context during this whole file', async () => {
    const { tab } = await open('/control/css-all-revert.html');
    await settledSidebar(tab);
    await tab.ui().type('input[data-testid="search"]', 'Wuzen', { delayMs: 20 });
    await until('search results', async () => (await tab.ui().count('[data-testid="passage"]')) > 0);
    const popup = await openPopupFor(h, tab);
    await clickOn(popup, 'input[data-testid="topic-toggle"][data-topic-id="wic"]');
    await until('the sidebar dropped the conference', async () =>
      !(await tab.ui().evaluate((root) => Array.from(root.querySelectorAll('[data-topic-id]'), (e) => e.getAttribute('data-topic-id')))).includes('wic'),
    );
    await popup.close();
    await tab.close();

    const seen = (await requests.stop()).filter((r) => /^https?:/.test(r.url));
    // Something was recorded (the pages themselves), so an empty list below means something.
    expect(seen.filter((r) => r.source === 'page').length).toBeGreaterThan(10);
    // Background, extension pages (popup) and, in Firefox, content scripts: nothing at all.
    expect(seen.filter((r) => r.source === 'background' || r.source === 'extension_page' || r.source === 'content_script')).toEqual([]);
    // Nothing from anyone left the machine (the browser's own update checks aside, in Firefox).
    expect(seen.filter((r) => r.source !== 'browser' && new URL(r.url).hostname !== '127.0.0.1')).toEqual([]);
    // In Chromium a content script's request looks like the page's own. These test pages make
    // no fetch, XHR or beacon of their own (sec-fetch-dest "empty"), so any the server
    // received came from the extension. The PDF viewers fetch the PDF that way themselves.
    const scripted = srv.requests.filter((r) => r.headers['sec-fetch-dest'] === 'empty' && !r.url.startsWith('/hostile/topic.pdf'));
    expect(scripted.map((r) => r.url)).toEqual([]);
  });
});
