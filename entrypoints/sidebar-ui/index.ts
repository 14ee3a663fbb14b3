// The sidebar's code (Preact, components, styles), loaded by the content
// script only on a page where it found a topic: pages about nothing never
// parse it. It runs in the content script's own isolated world and hands its
// API over through that world's global, which the page cannot see.

import { SIDEBAR_API, type SidebarApi } from './api.ts';
import { SidebarHost } from './sidebar-host.tsx';

export default defineUnlistedScript(() => {
  const api: SidebarApi = { createSidebar: (ctx, onClose, onOpen, askFormats) => new SidebarHost(ctx, onClose, onOpen, askFormats) };
  (globalThis as Record<string, unknown>)[SIDEBAR_API] = api;
});
