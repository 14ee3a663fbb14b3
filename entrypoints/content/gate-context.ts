// The gate's own context, in place of WXT's ContentScriptContext, which the
// gate does not start (wxt.config.ts builds this entrypoint without WXT's
// content-script wrapper). WXT's context costs every page an extension API
// touch when its module loads (its event names hold the runtime id), a
// CustomEvent and a window.postMessage to the page (its "a newer copy
// started" signal, which a page can forge); the gate needs only an abort
// signal, listeners and timers tied to it, and ways for a newer copy to
// retire it: the shared isolated world (entrypoints/content/index.ts) or,
// in another world, a page event (announce). The engine, loaded at a hit,
// makes WXT's context for the sidebar from this one (engine/wxt-context.ts).
//
// Ships in: content.js.

import { extensionGone } from '../../shared/gate-call.ts';
import type { PageContext } from '../engine/api.ts';

/**
 * The page event a starting copy sends so that an older copy in another
 * isolated world retires (as WXT's context does; Chrome may give a reloaded
 * extension a new world). A page can send it too: a copy retires only when
 * the extension is gone for it.
 */
const STARTED = 'related-coverage:content-script-started';
// Through the prototype: <img name="dispatchEvent"> cannot stand in on document.
const { addEventListener, dispatchEvent } = EventTarget.prototype;

export class GateContext implements PageContext {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Retired by a newer copy, or cut off from the extension (checked now: the one place that touches its API). */
  get isInvalid(): boolean {
    if (!this.signal.aborted && extensionGone()) this.invalidate();
    return this.signal.aborted;
  }

  invalidate(): void {
    this.controller.abort('Content script context invalidated');
  }

  /** Retires older copies of this script in other worlds, and listens for newer ones. */
  announce(): void {
    dispatchEvent.call(document, new CustomEvent(STARTED));
    this.addEventListener(document, STARTED, () => {
      if (extensionGone()) this.invalidate();
    });
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void {
    addEventListener.call(target, type, handler, { ...options, signal: this.signal });
  }

  /** A timer that never fires after the context is retired. It does not ask the extension: a retired copy has aborted already. */
  setTimeout(handler: () => void, ms: number): number {
    const id = setTimeout(() => {
      if (!this.signal.aborted) handler();
    }, ms) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, ms: number): number {
    const id = setInterval(() => {
      if (!this.signal.aborted) handler();
    }, ms) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }
}
