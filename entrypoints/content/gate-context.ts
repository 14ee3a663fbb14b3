// The gate's own context, in place of WXT's ContentScriptContext, which the
// gate does not start (wxt.config.ts builds this entrypoint without WXT's
// content-script wrapper). WXT's context costs every page an extension API
// touch when its module loads (its event names hold the runtime id), and it
// tells the page that we are installed: a CustomEvent and a
// window.postMessage named with our id (its "a newer copy started" signal,
// which a page can also forge). The gate needs only an abort signal, and
// listeners and timers tied to it. A newer copy retires an older one
// through the shared isolated world (entrypoints/content/index.ts); a copy
// in another world (Firefox re-injects on update) finds the extension gone
// at its next look (isInvalid), and its sidebar goes as the new copy
// removes it (sidebar-host.tsx). The engine, loaded at a hit, makes WXT's
// context for the sidebar from this one (engine/wxt-context.ts).
//
// Ships in: content.js.

import { extensionGone } from '../../shared/gate-call.ts';
import type { PageContext } from '../engine/api.ts';

// Through the prototype: <img name="addEventListener"> cannot stand in on document.
const { addEventListener } = EventTarget.prototype;

export class GateContext implements PageContext {
  private readonly controller = new AbortController();
  /** Each pending timer's way to drop its abort listener. */
  private readonly timers = new Map<number, () => void>();

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
      this.forget(id);
      if (!this.signal.aborted) handler();
    }, ms) as unknown as number;
    this.timers.set(id, this.onInvalidated(() => clearTimeout(id)));
    return id;
  }

  /**
   * The page watcher sets a timer per batch of page changes and clears the
   * one before: each lets go of its abort listener when it fires or is
   * cleared, so a page that never stops changing does not pile them up.
   */
  clearTimeout(id: number): void {
    clearTimeout(id);
    this.forget(id);
  }

  private forget(id: number): void {
    this.timers.get(id)?.();
    this.timers.delete(id);
  }
}
