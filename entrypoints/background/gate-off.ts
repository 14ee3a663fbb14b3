// The settings that decide whether the gate looks at a page at all
// (a site switched off, every topic off) reach it without an API call. A
// one-line script (entrypoints/gate-off) is registered for those pages and
// sets a flag in the isolated world; the gate, which runs after it, then
// scans nothing and loads nothing. The flag only ever saves work: a page
// loaded before the registration caught up reads the settings at its first
// hit, as every page did before. A page left without it when its site is
// switched back on is told to look (`settingsChanged`).
//
// Why not `excludeMatches` on the gate itself: that needs the gate
// registered at run time instead of in the manifest, and a page opened
// before the worker re-registered it on install would get no gate at all.
// The same in Firefox (Manifest V2, `scripting` since 102): scripts
// registered there run in the sandbox the manifest's content scripts share,
// and persistAcrossSessions (since 105) keeps them over a restart; its
// background page here is persistent (MDN, manifest.json "background": loaded
// until the add-on is disabled unless `persistent` is false, which WXT does
// not write), so nothing is lost while it runs.

import builtIn from 'virtual:built-in-topics';
import { browser } from 'wxt/browser';
import { GATE_OFF_FLAG, GATE_OFF_SCRIPT } from '../../shared/page-gate-globals.ts';
import { customTopics, sitesOff, topicsOff } from '../../shared/settings.ts';
import { siteKey } from '../../shared/site-key.ts';
import { sendToTab } from '../../shared/tab-messaging.ts';

const ID = 'related-coverage-gate-off';

/** A host a match pattern can name: letters, digits, dots and dashes (the browser gives IDNs as punycode), or an IPv4 address. */
const PATTERN_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/**
 * The pages the gate must leave alone: none (null), every page (every topic
 * off), or the switched-off sites with and without "www." as siteKey
 * stores them. A site no match pattern can name (an IPv6 address, a local
 * file's empty host) is left out: its gate reads the setting at a hit.
 */
export function gateOffMatches(sites: readonly string[], off: readonly string[], topicIds: readonly string[]): string[] | null {
  if (topicIds.length > 0 && topicIds.every((id) => off.includes(id))) return ['<all_urls>'];
  const hosts = [...new Set(sites.map(siteKey))].filter((host) => PATTERN_HOST.test(host)).sort();
  const ip = (host: string) => /^[\d.]+$/.test(host);
  return hosts.length ? hosts.flatMap((host) => (ip(host) ? [`*://${host}/*`] : [`*://${host}/*`, `*://www.${host}/*`])) : null;
}

/** Whether a page at `url` is among `matches` (as gateOffMatches writes them). */
function leftAlone(matches: string[] | null, url: string | undefined): boolean {
  if (!matches || !url) return false;
  if (matches.includes('<all_urls>')) return true;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && matches.includes(`*://${hostname.toLowerCase()}/*`);
  } catch {
    return false;
  }
}

async function currentMatches(): Promise<string[] | null> {
  const [sites, off, own] = await Promise.all([sitesOff.get(), topicsOff.get(), customTopics.get()]);
  return gateOffMatches(sites, off, [...builtIn.topics.map((t) => t.id), ...own.map((t) => t.id)]);
}

/** Registers the flag script for the pages now left alone; tells open tabs that are no longer left alone to look. */
async function sync(): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.registerContentScripts) return;
  const matches = await currentMatches();
  // What was registered is what the open tabs were loaded with: it outlives
  // the worker, which a settings change may have just woken.
  const before = (await scripting.getRegisteredContentScripts({ ids: [ID] }))[0]?.matches ?? null;
  if (JSON.stringify(before) === JSON.stringify(matches)) return;
  if (before) await scripting.unregisterContentScripts({ ids: [ID] });
  if (matches) {
    await scripting.registerContentScripts([
      { id: ID, js: [GATE_OFF_SCRIPT], matches, runAt: 'document_start', allFrames: false, persistAcrossSessions: true },
    ]);
  }
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded || !leftAlone(before, tab.url) || leftAlone(matches, tab.url)) return;
      // The flag goes first, for a gate that has not started yet; then the gate, if it has, looks.
      await scripting
        .executeScript({
          target: { tabId: tab.id, frameIds: [0] },
          func: (flag: string) => void ((globalThis as Record<string, unknown>)[flag] = false),
          args: [GATE_OFF_FLAG],
        })
        .then(() => sendToTab(tab.id!, 'settingsChanged', undefined))
        // Browser pages and the web store refuse: nothing runs there.
        .catch(() => undefined);
    }),
  );
}

let queue: Promise<void> = Promise.resolve();

/** Brings the registration in step with the settings (one at a time: two quick switches must not register twice). */
export function syncGateOff(): void {
  queue = queue.then(sync).catch((e: unknown) => console.warn('Related Coverage: could not register the switched-off pages', e));
}

/**
 * On every change of the settings it follows. The registration outlives the
 * worker (or background page), so a start does nothing (nothing to pay on a
 * cold start); an install or update brings it in step (index.ts): an update
 * can bring topics, and it drops the registration (seen in Chromium 156 and
 * Firefox ESR 153 on the test harness's reload; test/e2e/extension.test.ts
 * checks that a site switched off stays off).
 */
export function watchGateOff(): void {
  sitesOff.watch(syncGateOff);
  topicsOff.watch(syncGateOff);
  customTopics.watch(syncGateOff);
}
