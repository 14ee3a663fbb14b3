// Loads the sidebar's code the first time a page needs it (see
// entrypoints/sidebar-ui). The file is a web-accessible resource; Chrome
// serves it under a per-session address (use_dynamic_url), so pages cannot
// probe for it to tell that the extension is installed.

import { browser } from 'wxt/browser';
import { sendToBackground } from '../../shared/messaging.ts';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SIDEBAR_API, SIDEBAR_SCRIPT, type Sidebar, type SidebarApi } from '../sidebar-ui/api.ts';

let loading: Promise<SidebarApi> | null = null;

function load(): Promise<SidebarApi> {
  loading ??= (async () => {
    const url = (browser.runtime.getURL as (path: string) => string)(SIDEBAR_SCRIPT);
    await import(/* @vite-ignore */ url);
    const api = (globalThis as Record<string, unknown>)[SIDEBAR_API] as SidebarApi | undefined;
    if (!api) throw new Error('the sidebar code loaded but did not register');
    return api;
  })().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

export async function createSidebar(ctx: ContentScriptContext, onClose: () => void, onOpen: () => void): Promise<Sidebar> {
  return (await load()).createSidebar(ctx, onClose, onOpen, (request) => sendToBackground('formats', request, { retry: true }));
}
