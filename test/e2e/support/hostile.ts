// Helpers for the hostile-page and fault tests (test/e2e/hostile*.test.ts,
// test/e2e/faults.test.ts): what the sidebar looks like from inside its
// closed root, the errors a tab and the background report, and what a
// Chromium trace says about long tasks. The pages themselves are in
// hostile-pages.ts.

import { writeFileSync } from 'node:fs';
import type { Worker as PlaywrightWorker } from 'playwright-core';
import { ChromiumHarness, type ExtensionHarness, type TestTab, decodePng } from '../harness/index.ts';
import { sleep, until } from './browsers.ts';
import { HOST } from './hostile-pages.ts';

/** Opens `url` in a new tab with `init` installed first (it runs before the page's scripts in every document). */
export async function openWithInit<A>(h: ExtensionHarness, url: string, init: (arg: A) => unknown, arg?: A): Promise<TestTab> {
  const tab = await h.openTab('about:blank');
  await tab.addInitScript(init, arg);
  await tab.goto(url);
  return tab;
}

/** What the sidebar looks like from inside its root: computed styles of the parts that matter, and their boxes. */
export type SidebarLook = Record<string, Record<string, string> | null>;

export async function sidebarLook(tab: TestTab): Promise<SidebarLook> {
  return tab.ui().evaluate((root) => {
    const pick = (el: Element | null, props: string[]) => {
      if (!el) return null;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const out: Record<string, string> = { box: [r.left, r.top, r.width, r.height].map((n) => Math.round(n)).join(',') };
      for (const p of props) out[p] = cs.getPropertyValue(p);
      return out;
    };
    const text = ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'color', 'direction', 'text-align'];
    return {
      host: pick(root.host, ['display', 'position', 'z-index', 'visibility', 'opacity', 'filter', 'transform', 'translate', 'scale', 'zoom', 'clip-path', 'mix-blend-mode', 'content-visibility', 'direction', 'pointer-events']),
      panel: pick(root.querySelector('.rc-panel, [data-testid="reopen"]'), ['position', 'width', 'height', 'top', 'right', 'visibility', 'opacity', 'background-color', ...text]),
      title: pick(root.querySelector('.rc-title'), text),
      topic: pick(root.querySelector('.rc-topic-label'), text),
      search: pick(root.querySelector('input[data-testid="search"]'), [...text, 'height', 'border-top-width']),
      passage: pick(root.querySelector('[data-testid="passage-text"]'), text),
      link: pick(root.querySelector('a[data-testid="source-link"]'), [...text, 'text-decoration-line']),
    };
  });
}

/** The panel's pixels: a viewport screenshot cropped to the panel's box. */
export async function panelPixels(tab: TestTab): Promise<{ width: number; height: number; rgba: Uint8Array }> {
  const box = await tab.ui().evaluate((root) => {
    const r = (root.querySelector('.rc-panel') as Element).getBoundingClientRect();
    return { x: Math.ceil(r.left), y: Math.ceil(r.top), w: Math.floor(Math.min(r.right, innerWidth) - Math.ceil(r.left)), h: Math.floor(Math.min(r.bottom, innerHeight) - Math.ceil(r.top)) };
  });
  const img = decodePng(await tab.screenshot());
  const rgba = new Uint8Array(box.w * box.h * 4);
  for (let y = 0; y < box.h; y++) {
    const from = ((box.y + y) * img.width + box.x) * 4;
    rgba.set(img.rgba.subarray(from, from + box.w * 4), y * box.w * 4);
  }
  return { width: box.w, height: box.h, rgba };
}

/** Share of pixels that differ by more than `tolerance` in any channel (1 if the sizes differ). */
export function pixelDifference(a: { width: number; height: number; rgba: Uint8Array }, b: typeof a, tolerance = 24): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let diff = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    if (
      Math.abs(a.rgba[i]! - b.rgba[i]!) > tolerance ||
      Math.abs(a.rgba[i + 1]! - b.rgba[i + 1]!) > tolerance ||
      Math.abs(a.rgba[i + 2]! - b.rgba[i + 2]!) > tolerance
    ) diff++;
  }
  return diff / (a.width * a.height);
}

/** Waits until the sidebar shows its passages and has stopped changing. */
export async function settledSidebar(tab: TestTab): Promise<string[]> {
  const ui = tab.ui();
  await ui.waitForHost(15_000);
  let last = '';
  return until('the sidebar has settled', async () => {
    // The list is busy while its cards are still being drawn, a few a frame.
    const now = await ui.evaluate((root) =>
      root.querySelector('[aria-busy="true"]')
        ? []
        : Array.from(root.querySelectorAll('[data-testid="passage"]'), (e) => e.getAttribute('data-passage-id') ?? ''),
    );
    const key = now.join('|');
    const stable = now.length > 0 && key === last;
    last = key;
    if (!stable) await sleep(250);
    return stable ? now : null;
  });
}

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

type FrameLike = { url(): string; evaluate(expression: string): Promise<unknown> };

/** How many sidebar hosts each frame of the tab has (top frame first). */
export async function hostsPerFrame(tab: TestTab): Promise<Array<{ url: string; top: boolean; hosts: number }>> {
  const raw = tab.raw as { frames(): FrameLike[]; mainFrame(): FrameLike };
  const main = raw.mainFrame();
  const out: Array<{ url: string; top: boolean; hosts: number }> = [];
  for (const f of raw.frames()) {
    const hosts = Number(await f.evaluate(`Document.prototype.querySelectorAll.call(document, ${JSON.stringify(HOST)}).length`).catch(() => -1));
    out.push({ url: f.url(), top: f === main, hosts });
  }
  return out.sort((a, b) => Number(b.top) - Number(a.top));
}

/** A Chromium trace's verdict on long tasks, see {@link traceLongTasks}. */
export interface LongTaskReport {
  /**
   * Tasks of 50 ms or more on a renderer's main thread that the extension started:
   * the first script they ran was ours (an idle callback, a timer, an observer, an
   * animation frame), so their whole duration, microtasks and the style, layout and
   * paint it caused in the same task included, is ours. Judged on the main
   * thread's own time in the task (the trace's thread duration): on a shared
   * two-core machine, wall time also counts the moments the thread was not
   * running at all, or was parked waiting for the compositor to take a frame
   * of a 5 MB page, and a 45 ms frame once read 60 ms.
   */
  ours: Array<{ ms: number; cpuMs: number; what: string }>;
  /** Every task of 50 ms or more, ours or not, with what it mostly did. */
  all: Array<{ ms: number; first: string; what: string }>;
  /** How many script calls of the extension the trace saw (0 means it saw nothing of us). */
  extensionCalls: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: how long the thread actually ran. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; stackTrace?: Array<{ url?: string }> } };
}

/**
 * Runs `work` while Chromium records a trace of every renderer, then finds the
 * long tasks the extension started. Script calls carry their script's URL; ours
 * are chrome-extension:// URLs (the sidebar's per-session address included), which
 * no page script has. The work a call leads to inside the same task (microtasks,
 * forced or following layout) carries no URL, hence "the task's first script call".
 */
export async function traceLongTasks(h: ChromiumHarness, work: () => Promise<void>): Promise<LongTaskReport> {
  const browser = h.context.browser();
  if (!browser) throw new Error('no Browser for tracing');
  // No page given: the trace covers every renderer of the browser.
  await browser.startTracing(undefined, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', '__metadata'],
  });
  let buffer: Buffer;
  try {
    await work();
  } finally {
    buffer = await browser.stopTracing();
  }
  if (process.env.E2E_SAVE_TRACE) writeFileSync(process.env.E2E_SAVE_TRACE, buffer);
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = traceEvents.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
  const isOurs = (e: TraceEvent) => urlOf(e).startsWith('chrome-extension://');
  const calls = onMain.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && urlOf(e) !== '');
  const short = (e: TraceEvent) => `${e.name}${urlOf(e) ? ` ${urlOf(e).replace(/^chrome-extension:\/\/[^/]+/, 'ext:')}` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}ms`;
  const all = onMain
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 50_000)
    .map((t) => {
      const within = (e: TraceEvent) => e !== t && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0);
      const first = calls.find(within);
      // The biggest pieces of work in the task, to say what it was.
      const what = onMain
        .filter((e) => within(e) && !/RunTask$/.test(e.name))
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 4)
        .map(short)
        .join('; ');
      const cpuMs = Math.round((t.tdur ?? t.dur ?? 0) / 100) / 10;
      return { ms: Math.round((t.dur ?? 0) / 100) / 10, cpuMs, first: first ? short(first) : '(no script)', ours: !!first && isOurs(first), what };
    });
  return {
    ours: all.filter((t) => t.ours && t.cpuMs >= 50).map(({ ms, cpuMs, first, what }) => ({ ms, cpuMs, what: `${first}: ${what}` })),
    all: all.map(({ ms, cpuMs, first, what }) => ({ ms, cpuMs, first, what })),
    extensionCalls: calls.filter(isOurs).length,
  };
}

/** The sidebar's state as the reader sees it, or `{ host: false }`. */
export async function sidebarState(tab: TestTab) {
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
