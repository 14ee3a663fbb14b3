// The content script's engine: extraction, the requests to the background
// (detection, then ranking), marks and the sidebar. Loaded by the gate only on a page where an anchor of a topic was
// found (or when the reader asks for the sidebar), so pages about nothing
// never parse it. It runs in the content script's isolated world and hands
// its API over through that world's global, which the page cannot see.

import { PageController } from './page-controller.ts';
import { ENGINE_API, type EngineApi } from './api.ts';
import { wxtContextFor } from './wxt-context.ts';

export default defineUnlistedScript(() => {
  const api: EngineApi = { start: (gate, settings, hooks) => new PageController(wxtContextFor(gate), settings, hooks) };
  (globalThis as Record<string, unknown>)[ENGINE_API] = api;
});
