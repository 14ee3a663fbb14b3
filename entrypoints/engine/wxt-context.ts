// WXT's ContentScriptContext for the engine and the sidebar (WXT's shadow
// root UI takes one), made at the first hit from the gate's own context
// (entrypoints/content/gate-context.ts), which the gate starts on every page
// instead: retiring the gate retires this one too.
//
// Ships in: engine.js.

import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extensionGone } from '../../shared/gate-call.ts';
import type { PageContext } from './api.ts';

/**
 * WXT's context without its "a newer copy started" signal: WXT announces
 * itself to the page (a CustomEvent and a window.postMessage whose name holds
 * the extension's id, which would tell a page that we are installed), and
 * retires on that event, which a page can forge. Older copies are retired
 * by the gate instead (content/index.ts, gate-context.ts).
 */
class QuietContext extends ContentScriptContext {
  override stopOldScripts(): void {}
  override listenForNewerScripts(): void {}
}

export function wxtContextFor(gate: PageContext): ContentScriptContext {
  const ctx = new QuietContext('content');
  const abort = ctx.notifyInvalidated.bind(ctx);
  // WXT calls this when it finds the extension gone (isInvalid): retire the gate, which retires this.
  ctx.notifyInvalidated = () => {
    if (extensionGone()) gate.invalidate();
  };
  gate.onInvalidated(() => abort());
  if (gate.signal.aborted) abort();
  return ctx;
}
