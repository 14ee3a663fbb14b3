// The one cheap watcher a page keeps: it notices content that loads later and
// single-page-app navigation, and asks for a rescan, debounced and capped so
// a page that mutates every frame costs a rescan every few seconds at most.

import type { PageContext } from '../engine/api.ts';
import { rootOf } from '../../shared/safe-document.ts';

const QUIET_MS = 1000; // rescan after this long without changes...
const MAX_WAIT_MS = 5000; // ...or after this long of constant change
const NAVIGATION_MS = 300;
const MAX_DOM_RESCANS = 30; // per address; a navigation starts a new count

export type RescanReason = 'dom' | 'navigation';

export class PageWatcher {
  private timer: number | undefined;
  private firstChangeAt = 0;
  private domRescans = 0;
  private readonly observer: MutationObserver;

  constructor(
    private readonly ctx: PageContext,
    private readonly onRescan: (reason: RescanReason) => void,
    private readonly isOurs: (node: Node) => boolean,
  ) {
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => this.concernsOnlyUs(r))) return;
      this.domChanged();
    });
    this.observer.observe(rootOf(document), { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => this.stop());
    // The Navigation API reports SPA navigations at once (pushState,
    // replaceState and back included: checked in Chromium 156 and Firefox
    // ESR 153; every browser the manifests accept has it). Were it hidden
    // from a content script, the observer above still sees the new content.
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (nav) ctx.addEventListener(nav, 'navigatesuccess', () => this.navigated());
  }

  /** A rescan is scheduled and has not run yet. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Forget mutations we caused ourselves (marks wrapped around page text). */
  discardPending(): void {
    this.observer.takeRecords();
  }

  stop(): void {
    this.observer.disconnect();
    if (this.timer !== undefined) this.ctx.clearTimeout(this.timer);
  }

  private concernsOnlyUs(r: MutationRecord): boolean {
    if (r.type !== 'childList') return this.isOurs(r.target);
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.length > 0 && nodes.every((n) => this.isOurs(n));
  }

  private domChanged(): void {
    if (this.domRescans >= MAX_DOM_RESCANS) return;
    const now = performance.now();
    if (this.timer === undefined) this.firstChangeAt = now;
    const wait = Math.min(QUIET_MS, Math.max(0, this.firstChangeAt + MAX_WAIT_MS - now));
    this.schedule(wait, () => {
      this.domRescans++;
      this.onRescan('dom');
    });
  }

  private navigated(): void {
    this.domRescans = 0;
    this.schedule(NAVIGATION_MS, () => this.onRescan('navigation'));
  }

  private schedule(ms: number, run: () => void): void {
    if (this.timer !== undefined) this.ctx.clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => {
      this.timer = undefined;
      run();
    }, ms);
  }
}
