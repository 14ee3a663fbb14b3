// The errors a tab and the extension's background report, for the hostile-page
// and fault tests (test/e2e/hostile*.test.ts, test/e2e/faults.test.ts).

import type { Worker as PlaywrightWorker } from 'playwright-core';
import { ChromiumHarness, type ExtensionHarness, type TestTab } from '../harness/index.ts';

interface ConsoleLike {
  type(): string;
  text(): string;
  location?(): { url?: string };
}
interface EventSource {
  on(event: 'console', cb: (m: ConsoleLike) => void): unknown;
  on(event: 'pageerror', cb: (e: Error) => void): unknown;
  on(event: 'dialog', cb: (d: { message(): string; dismiss(): Promise<void> }) => void): unknown;
}

/**
 * Why a console message is not ours: the browser's own favicon request, which
 * Firefox reports as a CSP violation on `default-src 'none'` pages (FINDINGS.md)
 * and Chromium as a 404 where the test server has no favicon.
 */
const notOurs = (text: string) => /favicon\.ico/.test(text);

/** What a tab reported: console errors, uncaught errors (page and content scripts) and our own warnings; and dialogs. */
export interface TabReport {
  errors: string[];
  dialogs: string[];
}

/**
 * Starts collecting right away. Console messages and uncaught errors of the
 * page's main world and of content scripts both arrive here (Playwright and
 * Firefox's BiDi log both report isolated worlds). Our content script's
 * warnings start with "Related Coverage:"; other warnings are the browser's.
 */
export function watchTab(tab: TestTab): TabReport {
  const report: TabReport = { errors: [], dialogs: [] };
  const raw = tab.raw as EventSource;
  raw.on('console', (m) => {
    const type = m.type();
    const text = m.text();
    const url = m.location?.()?.url ?? '';
    const fromUs = text.includes('Related Coverage') || /^(chrome|moz)-extension:/.test(url);
    if ((type === 'error' || ((type === 'warning' || type === 'warn') && fromUs)) && !notOurs(text) && !notOurs(url)) {
      report.errors.push(`console.${type}: ${text}${url ? ` (${url})` : ''}`);
    }
  });
  raw.on('pageerror', (e) => {
    const text = String(e?.message ?? e);
    // The first frames of the stack say whose code threw (the page's, or an extension URL).
    const where = String(e?.stack ?? '').split('\n').slice(1, 3).map((l) => l.trim()).join(' ');
    if (!notOurs(text)) report.errors.push(`uncaught: ${text}${where ? ` ${where}` : ''}`);
  });
  raw.on('dialog', (d) => {
    report.dialogs.push(d.message());
    void d.dismiss().catch(() => undefined);
  });
  return report;
}

/**
 * Chromium only: errors and warnings of the extension's service worker, from
 * its console and from `error` / `unhandledrejection` hooks installed in it
 * (uncaught errors are not console events). The hooks live as long as the
 * worker does; `install()` again after a stop. Firefox's MV2 background page
 * has no such handle in the harness: the tests that need it say so.
 */
export class BackgroundErrors {
  readonly console: string[] = [];
  private worker: PlaywrightWorker | null = null;
  constructor(private readonly h: ExtensionHarness) {}

  async install(): Promise<void> {
    if (!(this.h instanceof ChromiumHarness)) return;
    const origin = this.h.extensionOrigin;
    const worker = this.h.context.serviceWorkers().find((w) => w.url().startsWith(`${origin}/`)) ?? null;
    if (worker && worker !== this.worker) {
      this.worker = worker;
      worker.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') this.console.push(`${m.type()}: ${m.text()}`);
      });
    }
    await this.h.extensionEval(() => {
      const g = globalThis as unknown as { __e2eErrors?: string[]; addEventListener(t: string, f: (e: unknown) => void): void };
      if (g.__e2eErrors) return;
      g.__e2eErrors = [];
      g.addEventListener('error', (e) => g.__e2eErrors!.push(`uncaught: ${String((e as { message?: unknown }).message)}`));
      g.addEventListener('unhandledrejection', (e) => g.__e2eErrors!.push(`unhandled rejection: ${String((e as { reason?: unknown }).reason)}`));
    });
  }

  /** Everything seen so far (the hooks' list is read from the running worker, which this may start). */
  async all(): Promise<string[]> {
    if (!(this.h instanceof ChromiumHarness)) return [];
    const hooked = await this.h.extensionEval(() => (globalThis as unknown as { __e2eErrors?: string[] }).__e2eErrors ?? []);
    return [...this.console, ...hooked];
  }
}
