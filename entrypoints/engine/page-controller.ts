// The engine of the content script, once the gate found that a topic may be
// on this page: it extracts the visible text in idle slices and sends it to
// the background, which detects in it and ranks for what it found in the
// same message (scan-page.ts), then marks the mentions and shows the
// sidebar. Settings come from the gate, which keeps them current and calls
// rescan(); in Chrome it reads them only when the engine asks
// (hooks.settings), after the first request.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectorPlan } from '../../core/detect.ts';
import type { PassageView, RankAnswer, SidebarMode, TopicCount } from '../../shared/messages.ts';
import { sendToBackground } from '../../shared/messaging.ts';
import { siteKey } from '../../shared/site-key.ts';
import type { Engine, GateHooks, PageSettings } from './api.ts';
import { PageMarks } from './page-marks.ts';
import { rankRequest } from '../../shared/rank-request.ts';
import { type Detected, type PageScan, type Scanned, scanPage } from './scan-page.ts';
import type { Sidebar, SidebarView } from '../sidebar-ui/api.ts';
import { createSidebar } from './load-sidebar.ts';
import { idle } from '../../shared/idle-slices.ts';
import { isSameAddress } from '../../shared/article-address.ts';

/**
 * Past this much text any change to the page's styles (the marks' stylesheet,
 * pushing the page aside) re-lays out all of it, for hundreds of
 * milliseconds: such a page gets the sidebar over its bottom and no marks.
 */
const BIG_PAGE_CHARS = 300_000;

/** The topics a scan found, as one comparable string. */
const topicIds = (scan: PageScan): string => scan.matches.map((m) => m.id).join(' ');

/** The reader's own page (saved to the corpus, or the copy the corpus links to) is not coverage of itself, nor a search result. */
function notThisPage(views: PassageView[]): PassageView[] {
  const here = location.href;
  return views.filter((v) => !isSameAddress(v.article.url, here) && !isSameAddress(v.article.copyUrl, here));
}

export class PageController implements Engine {
  /** The background's last answer about this page's text, and the plan of the reader's topics it was asked under. */
  private detected: (Detected & { plan: DetectorPlan | null }) | null = null;
  private scan: PageScan | null = null;
  /** The scan whose text and topics the pending or last rank request asked about. */
  private asked: PageScan | null = null;
  private scanning: AbortController | null = null;
  private readonly marks = new PageMarks();
  private sidebar: Sidebar | null = null;
  private sidebarLoading: Promise<Sidebar> | null = null;
  private passages: PassageView[] | null = null;
  private error: string | null = null;
  private search = { query: '', results: null as PassageView[] | null, busy: false };
  private focusedTopic: string | null = null;
  /** The topics last reported to the background, as JSON: '[]' until a hit. */
  private reported = '[]';
  /** The person closed the sidebar on this address: do not pop it open again on a rescan. */
  private closedOn: string | null = null;
  /** The person opened the sidebar on a page with nothing found (to search): keep it. */
  private openedByHand = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly settings: PageSettings,
    private readonly hooks: GateHooks,
  ) {
    ctx.addEventListener(document, 'click', (e) => this.onPageClick(e as MouseEvent), { capture: true });
  }

  isOurs(node: Node): boolean {
    return this.sidebar?.isOurs(node) ?? false;
  }

  private get siteDisabled(): boolean {
    return this.settings.sites.includes(siteKey(location.hostname));
  }

  /** Scans again; never throws (a page event or a timer is all that calls it). */
  async rescan(options: { anchorSeen?: boolean } = {}): Promise<void> {
    try {
      await this.scanOnce(options.anchorSeen === true);
    } catch (e) {
      // After an update this instance is cut off from the extension: its
      // context is invalidated and a newer instance takes over. Quietly.
      if (this.ctx.isInvalid) return;
      console.warn('Related Coverage: could not scan this page', e);
    }
  }

  private async scanOnce(anchorSeen: boolean): Promise<void> {
    // The reader's own topics came or went: the background detects with the new plan, so ask again.
    if (this.detected && this.detected.plan !== this.settings.customPlan) this.detected = null;
    this.scanning?.abort();
    const scanning = new AbortController();
    this.scanning = scanning;
    const signal = AbortSignal.any([scanning.signal, this.ctx.signal]);
    let result: PageScan | null = null;
    let ranked: Scanned['ranked'] = null;
    if (!this.siteDisabled) {
      try {
        const plan = this.settings.customPlan;
        const input = { off: this.settings.off, mayMatch: anchorSeen ? null : this.hooks.mayMatch, anchors: this.hooks.anchors(), last: this.detected };
        const scanned = await scanPage(input, signal);
        if (scanned && !signal.aborted) this.detected = { page: scanned.page, matches: scanned.matches, off: scanned.off, plan };
        if (scanned?.matches.length) {
          result = { page: scanned.page, matches: scanned.matches };
          ranked = scanned.ranked;
        }
      } catch (e) {
        if (signal.aborted) return;
        throw e;
      }
    }
    if (signal.aborted) return;
    await this.show(result, ranked);
  }

  /** `ranked`: the passages, where the background ranked in the scan's own message; else they are asked for here. */
  private async show(result: PageScan | null, ranked: Scanned['ranked'] = null): Promise<void> {
    const before = this.scan;
    this.scan = result;
    if (!result) {
      this.asked = null;
      this.marks.clear();
      // Read now (at once if read already): a topic or the site switched back on must reach this page.
      void this.hooks.settings().catch(() => undefined);
      if (this.openedByHand && !this.siteDisabled && this.sidebar?.mode === 'open') this.render();
      else this.sidebar?.remove();
      await this.report([]);
      return;
    }
    // The ranking follows the page's text and its topics: a topic switched
    // off (or on) asks again, so the passages agree with the marks and chips.
    const sameQuestion = before?.page.text === result.page.text && topicIds(before) === topicIds(result);
    if (!sameQuestion) {
      this.passages = null;
      this.error = null;
      this.focusedTopic = null;
      this.asked = result;
      // Ranked already, or asked first: the background ranks while the page
      // is marked, the badge set and the sidebar's code loaded, in a task of
      // their own at the next idle moment, so the request leaves the page at once.
      if (ranked) this.usePassages(ranked.passages, ranked.error);
      else void this.requestPassages(result);
      await idle(this.ctx.signal);
      if (this.scan !== result) return;
    }
    // The settings, read after the request (the background applied those it
    // needed): the sidebar's mode, and a watch for later changes.
    const settingsRead = this.hooks.settings();
    const light = result.page.text.length > BIG_PAGE_CHARS;
    if (light) this.marks.clear();
    else this.marks.apply(result.page, result.matches);
    this.hooks.discardOwnChanges();
    // Not awaited: a busy background (ranking this page) must not hold the sidebar back.
    void this.report(this.topicCounts());
    await settingsRead;
    if (this.scan !== result) return;
    if (!this.sidebar || this.sidebar.mode === 'none') {
      const open = this.settings.mode === 'sidebar' && this.closedOn !== location.href;
      const sidebar = await this.ensureSidebar();
      if (this.scan !== result) return;
      await sidebar.show(open ? 'open' : 'collapsed', this.view(), this.mentionCount(), { light });
    } else this.render();
  }

  private async requestPassages(scan: PageScan): Promise<void> {
    let answer: Pick<RankAnswer, 'passages' | 'error'>;
    try {
      answer = await sendToBackground('rank', rankRequest(scan.page, scan.matches), { retry: true });
    } catch (e) {
      answer = { passages: [], error: e instanceof Error ? e.message : String(e) };
    }
    // A rescan that found the same text and topics asks nothing new: the answer is still this page's.
    if (this.asked !== scan) return;
    this.usePassages(answer.passages, answer.error);
    this.render();
  }

  private usePassages(passages: PassageView[], error: string | null): void {
    this.passages = error ? [] : notThisPage(passages);
    this.error = error;
  }

  private mentionCount(): number {
    return this.scan?.matches.reduce((n, m) => n + m.mentions.length, 0) ?? 0;
  }

  private topicCounts(): TopicCount[] {
    return (this.scan?.matches ?? []).map((m) => ({ id: m.id, label: m.label, count: m.mentions.length }));
  }

  /** Tells the background the page's topics (the popup's counts, the badge) when they changed. */
  private async report(topics: TopicCount[]): Promise<void> {
    // Nothing found and nothing reported before: no message at all.
    const key = JSON.stringify(topics);
    if (key === this.reported) return;
    this.reported = key;
    await sendToBackground('reportPage', { pageId: this.hooks.pageId(), topics }, { retry: true }).catch(() => undefined);
  }

  private async ensureSidebar(): Promise<Sidebar> {
    this.sidebarLoading ??= createSidebar(
      this.ctx,
      () => this.close(),
      () => void this.open(true),
    ).then(
      (sidebar) => (this.sidebar = sidebar),
      (e: unknown) => {
        this.sidebarLoading = null;
        throw e;
      },
    );
    return this.sidebarLoading;
  }

  private view(): SidebarView {
    return {
      topics: this.topicCounts(),
      passages: this.passages,
      error: this.error,
      search: this.search,
      onSearch: (q) => void this.runSearch(q),
      mention: { index: this.marks.current, total: this.marks.mentions.length },
      onPrevMention: () => this.step(-1),
      onNextMention: () => this.step(1),
      focusedTopic: this.focusedTopic,
      onAddPage: () => void sendToBackground('savePage', undefined).catch(() => undefined),
    };
  }

  private render(): void {
    this.sidebar?.update(this.view(), this.mentionCount());
  }

  private step(delta: number): void {
    const total = this.marks.mentions.length;
    if (!total) return;
    const next = this.marks.current < 0 ? (delta > 0 ? 0 : total - 1) : (this.marks.current + delta + total) % total;
    this.marks.focus(next);
    this.render();
  }

  private async runSearch(query: string): Promise<void> {
    this.search = { query, results: query.trim() ? this.search.results : null, busy: query.trim().length > 0 };
    this.render();
    if (!query.trim()) return;
    try {
      const results = await sendToBackground('search', { query }, { retry: true });
      if (this.search.query !== query) return;
      this.search = { query, results: notThisPage(results), busy: false };
    } catch {
      // A failed older search must not bring its query back over newer keys.
      if (this.search.query !== query) return;
      this.search = { query, results: [], busy: false };
    }
    this.render();
  }

  private onPageClick(e: MouseEvent): void {
    // Only a person's click: a page cannot drive us with synthetic events.
    if (!e.isTrusted || !this.scan) return;
    const i = this.marks.mentionAt(e.clientX, e.clientY);
    if (i < 0) return;
    this.focusedTopic = this.marks.mentions[i]!.topic;
    this.marks.focus(i);
    void this.open(false);
  }

  private async open(focus: boolean): Promise<void> {
    this.closedOn = null;
    this.openedByHand = focus && !this.scan;
    try {
      const sidebar = await this.ensureSidebar();
      await sidebar.show('open', this.view(), this.mentionCount());
      if (focus) sidebar.focus();
    } catch (e) {
      if (!this.ctx.isInvalid) console.warn('Related Coverage: could not open the sidebar', e);
    }
  }

  private close(): void {
    this.closedOn = location.href;
    this.openedByHand = false;
    if (this.scan) void this.sidebar?.show('collapsed', this.view(), this.mentionCount());
    else this.sidebar?.remove();
  }

  async toggle(): Promise<void> {
    if (this.sidebar?.mode === 'open') this.close();
    else await this.open(true);
  }

  get sidebarMode(): SidebarMode {
    return this.sidebar?.mode ?? 'none';
  }
}
