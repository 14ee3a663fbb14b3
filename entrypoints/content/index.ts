import { browser } from 'wxt/browser';
import { HOST_NAME } from '../../shared/host-name.ts';
import { PageGate } from './page-gate.ts';
import { querySelectorAll, rootOf } from '../../shared/safe-document.ts';

/** Where the running copy leaves its retire function: the isolated world's global, which pages cannot see. */
const RUNNING = '__relatedCoverageRunning';

export default defineContentScript({
  // http(s) pages, and file:// pages where the person allows it; the top frame only.
  matches: ['<all_urls>'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    // XML, SVG and other documents that are not HTML have nowhere to put a
    // sidebar (elements they create cannot hold a shadow root).
    if (!(rootOf(document) instanceof HTMLHtmlElement)) return;
    if (document.contentType !== 'text/html' && document.contentType !== 'application/xhtml+xml') return;
    const retire = ctx.notifyInvalidated.bind(ctx);
    // WXT retires an older copy when a newer one announces itself with a page
    // event, which a page can forge: honour it only once the extension is
    // really gone (updated, removed). A newer copy of this same extension
    // retires the older one through the shared isolated world instead.
    ctx.notifyInvalidated = () => {
      if (browser.runtime?.id == null) retire();
    };
    const world = globalThis as Record<string, unknown>;
    (world[RUNNING] as (() => void) | undefined)?.();
    world[RUNNING] = retire;
    // An update re-injects us into open tabs in Firefox: the old instance is
    // dead but its sidebar would stay. One sidebar per page.
    for (const stale of querySelectorAll(document, HOST_NAME)) stale.remove();
    void new PageGate(ctx).start();
  },
});
