import { HOST_NAME } from '../../shared/host-name.ts';
import { GateContext } from './gate-context.ts';
import { PageGate } from './page-gate.ts';
import { querySelectorAll, rootOf } from '../../shared/safe-document.ts';

/** Where the running copy leaves its retire function: the isolated world's global, which pages cannot see. */
const RUNNING = '__relatedCoverageRunning';

// WXT writes the manifest entry from these options; wxt.config.ts builds the
// script without WXT's wrapper, so `main` gets no ContentScriptContext and
// the gate makes its own (gate-context.ts says why).
export default defineContentScript({
  // http(s) pages, and file:// pages where the person allows it; the top frame only.
  matches: ['<all_urls>'],
  allFrames: false,
  runAt: 'document_idle',
  main() {
    // XML, SVG and other documents that are not HTML have nowhere to put a
    // sidebar (elements they create cannot hold a shadow root).
    if (!(rootOf(document) instanceof HTMLHtmlElement)) return;
    if (document.contentType !== 'text/html' && document.contentType !== 'application/xhtml+xml') return;
    const ctx = new GateContext();
    // A newer copy of this same extension (an update, re-injected into open
    // tabs) retires the older one through the shared isolated world.
    const world = globalThis as Record<string, unknown>;
    (world[RUNNING] as (() => void) | undefined)?.();
    world[RUNNING] = () => ctx.invalidate();
    // An update re-injects us into open tabs in Firefox: the old instance is
    // dead but its sidebar would stay. One sidebar per page.
    for (const stale of querySelectorAll(document, HOST_NAME)) stale.remove();
    void new PageGate(ctx).start();
  },
});
