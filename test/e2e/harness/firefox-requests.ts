// Every request a Firefox profile makes, and who made it (see types.ts
// RequestSource). BiDi network events (what puppeteer's page.on('request')
// uses) only cover web pages: requests of extension pages, the background
// page and content scripts do not show up. So observe `http-on-modify-request`
// in the parent process (the browser's privileged chrome window), which sees
// every HTTP(S) request, and classify it by the channel's triggering principal.

import type { FirefoxHarness } from './firefox.ts';
import type { RequestRecorder, SeenRequest } from './types.ts';

export async function recordFirefoxRequests(h: FirefoxHarness): Promise<RequestRecorder> {
  const key = `e2e${Date.now()}${Math.random().toString(36).slice(2, 8)}`;
  await h.chromeEval(
    (a: { key: string; origin: string }) => {
      interface Principal {
        isSystemPrincipal: boolean;
        isExpandedPrincipal: boolean;
        origin: string;
      }
      interface Channel {
        QueryInterface(i: unknown): Channel;
        URI: { spec: string };
        requestMethod: string;
        loadInfo: { triggeringPrincipal: Principal | null; browsingContextID: number } | null;
      }
      const g = globalThis as unknown as {
        Ci: Record<string, unknown>;
        Services: { obs: { addObserver(o: object, t: string): void; removeObserver(o: object, t: string): void } };
        BrowsingContext: { get(id: number): { currentWindowGlobal?: { documentURI?: { spec: string } } } | null };
        __e2eNet?: Record<string, { list: object[]; stop(): void }>;
      };
      const list: object[] = [];
      const observer = {
        observe(subject: Channel) {
          try {
            this.record(subject);
          } catch (e) {
            list.push({ url: 'about:e2e-observer-error', method: 'GET', source: 'browser', initiator: String(e) });
          }
        },
        record(subject: Channel) {
          const ch = subject.QueryInterface(g.Ci.nsIHttpChannel);
          const li = ch.loadInfo;
          const p = li?.triggeringPrincipal;
          let source = 'page';
          let initiator: string | undefined;
          try {
            initiator = li?.browsingContextID ? g.BrowsingContext.get(li.browsingContextID)?.currentWindowGlobal?.documentURI?.spec : undefined;
          } catch {
            initiator = undefined;
          }
          if (!p || p.isSystemPrincipal) source = 'browser';
          else if (p.isExpandedPrincipal) {
            // Content-script requests carry an expanded principal whose origin reads
            // "[Expanded Principal [<page origin>, moz-extension://<uuid>]]"
            // (nsIExpandedPrincipal itself is not scriptable).
            source = String(p.origin).includes(a.origin) ? 'content_script' : 'page';
          } else if (p.origin === a.origin) {
            source = initiator?.includes('/_generated_background_page.html') || initiator?.includes('/background') ? 'background' : 'extension_page';
          }
          list.push({ url: ch.URI.spec, method: ch.requestMethod, source, ...(initiator ? { initiator } : {}) });
        },
      };
      g.Services.obs.addObserver(observer, 'http-on-modify-request');
      g.__e2eNet ??= {};
      g.__e2eNet[a.key] = { list, stop: () => g.Services.obs.removeObserver(observer, 'http-on-modify-request') };
    },
    { key, origin: h.extensionOrigin },
  );
  const take = () =>
    h.chromeEval((k: string) => (globalThis as unknown as { __e2eNet: Record<string, { list: SeenRequest[] }> }).__e2eNet[k]!.list, key);
  return {
    take,
    stop: async () => {
      const all = await take();
      await h.chromeEval((k: string) => {
        const reg = (globalThis as unknown as { __e2eNet: Record<string, { stop(): void } | undefined> }).__e2eNet;
        reg[k]?.stop();
        delete reg[k];
      }, key);
      return all;
    },
  };
}
