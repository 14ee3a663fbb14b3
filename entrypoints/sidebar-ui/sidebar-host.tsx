// The sidebar in the page: a closed shadow root (page scripts cannot read
// it) on a `related-coverage-sidebar` host, styled only by constructed
// stylesheets (no <style> a page's CSP could block), sized in px, docked so
// the article stays readable: the page is pushed left on wide windows, up on
// narrow ones. A page that removes the host gets it back a few times, then
// the sidebar goes quietly.
//
// The host is a manual popover, shown in the top layer: above anything the
// page stacks at any z-index, and laid out apart from the page. On a page of
// megabytes that is what keeps our frames short: in the normal flow, adding
// the host made the page's whole paint tree walk again (Chromium's pre-paint,
// 6-7 ms on a 5 MB page, none in the top layer).

import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CollapsedTab } from '../../components/CollapsedTab.tsx';
import { Sidebar } from '../../components/Sidebar.tsx';
import type { SidebarMode } from '../../shared/messages.ts';
import type { Sidebar as SidebarApiShape, SidebarView } from './api.ts';
import { SIDEBAR_CSS } from '../../components/styles/sidebar.ts';
import { uiTranslator } from '../../shared/i18n.ts';
import { adoptSheet, rootOf, setSheets } from '../../shared/safe-document.ts';

import { HOST_NAME } from '../../shared/host-name.ts';
import { copyText } from './clipboard.ts';
import { afterNextFrame, nextStep, nextTask } from './frames.ts';
import { type AskFormats, PassageFormats } from './passage-formats.ts';
const PANEL_PX = 360;
const NARROW_PX = 900;
const MAX_REVIVALS = 3;

// Host rules are !important: in a shadow root's own sheet, important :host
// declarations beat the page's, however specific the page's selector (and
// `all: initial` clears the browser's own popover look: border, padding,
// centring). The host is a zero-size fixed point; the panel and the tab
// inside the closed root place themselves (position: fixed). So nothing the
// page can do to the host element (remove its attributes, resize it, hide
// the popover) moves them.
const HOST_CSS = `
:host { all: initial !important; display: block !important; position: fixed !important; z-index: 2147483647 !important;
  top: 0 !important; right: 0 !important; bottom: auto !important; left: auto !important;
  width: 0 !important; height: 0 !important; overflow: visible !important;
  direction: ltr !important; visibility: visible !important; opacity: 1 !important; transform: none !important;
  filter: none !important; zoom: 1 !important; pointer-events: auto !important; margin: 0 !important; padding: 0 !important; }
`;


/**
 * Passages drawn per step, in rank order (the `drawn` of SidebarProps counts
 * passages, not cards): each is a few hundred elements' worth of work in a
 * content script.
 */
const PASSAGES_PER_STEP = 2;

/** The list the sidebar shows: the search results while a query is typed, else the related passages. */
const shownList = (view: SidebarView) => (view.search.query.trim() !== '' ? view.search.results : view.passages);

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

export class SidebarHost implements SidebarApiShape {
  mode: SidebarMode = 'none';
  private light = false;
  private pushAdopted = false;
  private ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | null = null;
  private container: HTMLElement | null = null;
  private host: HTMLElement | null = null;
  private view: SidebarView | null = null;
  private count = 0;
  private revivals = 0;
  private readonly pushSheet = new CSSStyleSheet();
  private watchdog: MutationObserver | null = null;
  private mounting: Promise<void> | null = null;
  /** The list being drawn, how many of its cards are drawn, and whether the next step is due. */
  private drawing: { list: SidebarView['passages']; drawn: number; due: boolean } = { list: null, drawn: 0, due: false };
  private readonly formats: PassageFormats;
  private awaitingFormats = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onClose: () => void,
    private readonly onOpen: () => void,
    askFormats: AskFormats,
  ) {
    this.formats = new PassageFormats(uiTranslator, askFormats);
    ctx.onInvalidated(() => this.remove());
  }

  isOurs(node: Node): boolean {
    return node === this.host;
  }

  async show(mode: 'open' | 'collapsed', view: SidebarView, count: number, options: { light?: boolean } = {}): Promise<void> {
    if (options.light !== undefined) this.light = options.light;
    // Asked before mounting, so the background formats while the host goes in.
    const learning = this.formats.learnView(view);
    this.view = view;
    this.count = count;
    this.mode = mode;
    if (!this.mounted) await (this.mounting ??= this.mountInSteps().finally(() => (this.mounting = null)));
    // Drawn, not only due, when show() returns: the caller may move focus into the panel.
    await learning;
    if (this.showing) this.paint();
  }

  /**
   * Running the sidebar's code, adding the host (and the layout that sets
   * off) and the first render each cost several milliseconds on a page of
   * megabytes; in one task they added up to a long one. A task each.
   */
  private async mountInSteps(): Promise<void> {
    // No Intl formatter is made for the first render: the first one a page
    // makes is one native call of 10-24 ms (V8 lists ICU's locales), which
    // no slicing can split. The passages' dates and lists are formatted by
    // the background (learnt in show()/update()), and counts under 1000
    // need none (shared/translate.ts).
    await nextTask();
    if (!this.showing) return;
    await this.mount();
    // After the frame that lays out the host: in Firefox a timer alone can
    // run first, and the render then shares its refresh tick.
    await afterNextFrame();
  }

  update(view: SidebarView, count: number): void {
    this.view = view;
    this.count = count;
    this.paint();
  }

  /** Moves keyboard focus into the panel (after the person opened it). */
  focus(): void {
    (this.container?.querySelector<HTMLElement>('[data-autofocus], button, input, a') ?? null)?.focus();
  }

  remove(): void {
    this.mode = 'none';
    this.unmount();
  }

  private unmount(): void {
    this.watchdog?.disconnect();
    this.watchdog = null;
    if (this.container) render(null, this.container);
    this.ui?.remove();
    this.ui = null;
    this.container = null;
    this.host = null;
    this.pushSheet.replaceSync('');
    this.drawing.list = null;
  }

  private get showing(): boolean {
    return this.mode !== 'none';
  }

  private get mounted(): boolean {
    return this.ui !== null && this.host?.isConnected === true;
  }

  private async mount(): Promise<void> {
    if (this.ui) this.unmount();
    this.ui = await createShadowRootUi<HTMLElement>(this.ctx, {
      name: HOST_NAME,
      position: 'inline',
      anchor: () => rootOf(document),
      append: 'last',
      mode: 'closed',
      onMount: (container, shadow, host) => {
        setSheets(shadow, [sheet(HOST_CSS), sheet(SIDEBAR_CSS)]);
        this.container = container;
        this.host = host;
        return container;
      },
    });
    this.ui.mount();
    this.raise();
    this.watchHost();
  }

  /** Into the top layer (again). */
  private raise(): void {
    const host = this.host;
    if (!host?.isConnected) return;
    try {
      if (host.popover !== 'manual') host.popover = 'manual';
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      // A browser without the Popover API: the host stays a fixed box at the top z-index.
    }
  }

  /** A page that removes the host, or takes it out of the top layer, gets it back, a few times. */
  private watchHost(): void {
    this.watchdog?.disconnect();
    this.watchdog = new MutationObserver(() => {
      const host = this.host;
      if (!host || this.mode === 'none') return;
      // An older copy, cut off by an update, whose host the new copy removed: it goes, it does not come back.
      if (this.ctx.isInvalid) return void this.remove();
      const removed = !host.isConnected;
      if (!removed && host.popover === 'manual' && host.matches(':popover-open')) return;
      if (this.revivals++ >= MAX_REVIVALS) return void this.remove();
      if (removed) rootOf(document).append(host);
      this.raise();
      if (removed) this.paint();
    });
    this.watchdog.observe(rootOf(document), { childList: true });
    if (this.host) this.watchdog.observe(this.host, { attributes: true, attributeFilter: ['popover'] });
    // hidePopover() changes no attribute; its (trusted) toggle event says so.
    this.host?.addEventListener(
      'toggle',
      (e) => {
        const host = this.host;
        if (!e.isTrusted || (e as ToggleEvent).newState !== 'closed' || this.mode === 'none' || !host?.isConnected) return;
        // Already back (the watchdog put a removed host back first): nothing to count.
        if (host.matches(':popover-open')) return;
        if (this.revivals++ < MAX_REVIVALS) this.raise();
      },
      { signal: this.ctx.signal },
    );
  }

  /** A citation to the clipboard, from inside our closed root. */
  private readonly copy = (text: string) => copyText(text, this.container);

  private paint(): void {
    if (!this.host || !this.container || !this.view) return;
    const layout = this.light || window.innerWidth < NARROW_PX ? 'bottom' : 'right';
    // State lives inside the closed root, where the page cannot change it.
    this.container.setAttribute('data-state', this.mode);
    this.container.setAttribute('data-layout', layout);
    const push =
      this.mode !== 'open' || this.light
        ? ''
        : layout === 'right'
          ? `html { margin-right: ${PANEL_PX}px !important; }`
          : `html { padding-bottom: 55vh !important; }`;
    if (push && !this.pushAdopted) {
      // Adopted when first needed: adding a sheet to the page restyles it all.
      adoptSheet(document, this.pushSheet);
      this.pushAdopted = true;
    }
    if (this.pushAdopted) this.pushSheet.replaceSync(push);
    if (this.mode !== 'open') {
      render(<CollapsedTab t={uiTranslator()} count={this.count} onOpen={this.onOpen} />, this.container);
      return;
    }
    // A view whose dates and lists are still under way is drawn when they
    // come; until then the panel keeps what it shows.
    const learning = this.formats.learnView(this.view);
    if (learning) {
      if (!this.awaitingFormats) {
        this.awaitingFormats = true;
        void learning.then(() => {
          this.awaitingFormats = false;
          this.paint();
        });
      }
      return;
    }
    // A new list is drawn a few passages a step, each after the frame that laid
    // out the last: in Firefox, rendering a whole list and then laying it out
    // were two long tasks back to back on the 5 MB page (the huge-page test in
    // test/e2e/hostile-documents.test.ts reads them from the profiler).
    const list = shownList(this.view);
    const drawing = this.drawing;
    if (list !== drawing.list) {
      drawing.list = list;
      drawing.drawn = PASSAGES_PER_STEP;
    }
    render(<Sidebar t={uiTranslator()} {...this.view} drawn={drawing.drawn} onClose={this.onClose} onCopy={this.copy} />, this.container);
    if (list && drawing.drawn < list.length && !drawing.due) {
      drawing.due = true;
      void nextStep().then(() => {
        drawing.due = false;
        if (this.mode !== 'open') return;
        drawing.drawn += PASSAGES_PER_STEP;
        this.paint();
      });
    }
  }
}
