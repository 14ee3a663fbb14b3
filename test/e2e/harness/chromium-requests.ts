// Every request a Chromium profile makes, and who made it (see types.ts RequestSource).

import type { BrowserContext, Request } from 'playwright-core';
import type { RequestRecorder, SeenRequest } from './types.ts';

export function recordChromiumRequests(context: BrowserContext): RequestRecorder {
  const requests: SeenRequest[] = [];
  const onRequest = (r: Request) => {
    const sw = r.serviceWorker();
    let initiator: string | undefined;
    try {
      initiator = sw ? sw.url() : r.frame().url();
    } catch {
      initiator = undefined; // frame() throws for requests without a frame
    }
    // A chrome-extension:// URL is the extension loading its own files, not network.
    const source: SeenRequest['source'] = sw
      ? 'background'
      : initiator?.startsWith('chrome-extension://') || r.url().startsWith('chrome-extension://')
        ? 'extension_page'
        : 'page';
    requests.push({ url: r.url(), method: r.method(), source, ...(initiator ? { initiator } : {}) });
  };
  context.on('request', onRequest);
  return {
    take: async () => [...requests],
    stop: async () => {
      context.off('request', onRequest);
      return [...requests];
    },
  };
}
