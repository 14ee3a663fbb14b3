// What the sidebar looks like on a hostile page (test/e2e/hostile*.test.ts),
// seen from inside its closed root: its computed styles and pixels, when it
// has settled, its state, and how many hosts each frame has. The pages
// themselves are in hostile-pages.ts.

import { type ExtensionHarness, type TestTab, decodePng } from '../harness/index.ts';
import { settled, until } from './browsers.ts';
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

/**
 * Waits until the extension has finished with the page and the sidebar shows
 * its passages: the page's status says no look is running or scheduled, and
 * the list is no longer busy (it is busy from the rank request, which a look
 * starts, until its last card is drawn). Both are the extension's own
 * signals, so no quiet time is guessed.
 */
export async function settledSidebar(h: ExtensionHarness, tab: TestTab): Promise<string[]> {
  const ui = tab.ui();
  await ui.waitForHost(15_000);
  await settled(h, tab);
  return until('the sidebar shows its passages', async () => {
    const now = await ui.evaluate((root) =>
      root.querySelector('[aria-busy="true"]')
        ? []
        : Array.from(root.querySelectorAll('[data-testid="passage"]'), (e) => e.getAttribute('data-passage-id') ?? ''),
    );
    return now.length > 0 ? now : null;
  });
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
