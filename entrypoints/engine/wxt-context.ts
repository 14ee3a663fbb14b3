// WXT's ContentScriptContext for the engine and the sidebar (WXT's shadow
// root UI takes one), made at the first hit from the gate's own context
// (entrypoints/content/gate-context.ts), which the gate starts on every page
// instead: retiring the gate retires this one too.
//
// Ships in: engine.js.

import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContext } from './api.ts';

export function wxtContextFor(gate: PageContext): ContentScriptContext {
  const ctx = new ContentScriptContext('content');
  const abort = ctx.notifyInvalidated.bind(ctx);
  // WXT retires a context when a newer copy announces itself with a page
  // event, which a page can forge: honour it only once the extension is
  // really gone (updated, removed). A newer copy of this extension retires
  // the gate through the shared isolated world (content/index.ts).
  ctx.notifyInvalidated = () => {
    if (browser.runtime?.id == null) gate.invalidate();
  };
  gate.onInvalidated(() => abort());
  if (gate.signal.aborted) abort();
  return ctx;
}
