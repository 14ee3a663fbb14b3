// The sidebar in the page: a closed shadow root (page scripts cannot read
// it) on a `related-coverage-sidebar` host, styled only by constructed
// stylesheets (no <style> a page's CSP could block), sized in px, docked so
// the article stays readable: the page is pushed left on wide windows, up on
// narrow ones. A page that removes the host gets it back a few times, then
// the sidebar goes quietly.

import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CollapsedTab } from '../../components/CollapsedTab.tsx';
import { Sidebar } from '../../components/Sidebar.tsx';
import type { Sidebar as SidebarApiShape, SidebarMode, SidebarView } from './api.ts';
import { SIDEBAR_CSS } from '../../components/styles/sidebar.ts';
import { t } from '../../shared/i18n.ts';
import { adoptSheet, rootOf } from '../content/safe-document.ts';

import { HOST_NAME } from '../content/host-name.ts';
const PANEL_PX = 360;
const NARROW_PX = 900;
const MAX_REVIVALS = 3;

// Host rules are !important: in a shadow root's own sheet, important :host
// declarations beat the page's, however specific the page's selector.
// The host is a zero-size fixed point; the panel and the tab inside the
// closed root place themselves (position: fixed). So nothing the page can
// do to the host element (remove its attributes, resize it) moves them, and
// the !important :host rules beat the page's, however specific.
const HOST_CSS = `
:host { all: initial !important; display: block !important; position: fixed !important; z-index: 2147483647 !important;
  top: 0 !important; right: 0 !important; bottom: auto !important; left: auto !important;
  width: 0 !important; height: 0 !important; overflow: visible !important;
  direction: ltr !important; visibility: visible !important; opacity: 1 !important; transform: none !important;
  filter: none !important; zoom: 1 !important; pointer-events: auto !important; margin: 0 !important; padding: 0 !important; }
`;


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

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onClose: () => void,
    private readonly onOpen: () => void,
  ) {
    ctx.onInvalidated(() => this.remove());
  }

  isOurs(node: Node): boolean {
    return node === this.host;
  }

  async show(mode: 'open' | 'collapsed', view: SidebarView, count: number, options: { light?: boolean } = {}): Promise<void> {
    if (options.light !== undefined) this.light = options.light;
    this.view = view;
    this.count = count;
    this.mode = mode;
    await this.mount();
    this.paint();
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
    this.watchdog?.disconnect();
    this.watchdog = null;
    if (this.container) render(null, this.container);
    this.ui?.remove();
    this.ui = null;
    this.container = null;
    this.host = null;
    this.pushSheet.replaceSync('');
  }

  private async mount(): Promise<void> {
    if (this.ui && this.host?.isConnected) return;
    if (this.ui) this.remove();
    this.ui = await createShadowRootUi<HTMLElement>(this.ctx, {
      name: HOST_NAME,
      position: 'inline',
      anchor: () => rootOf(document),
      append: 'last',
      mode: 'closed',
      onMount: (container, shadow, host) => {
        shadow.adoptedStyleSheets = [sheet(HOST_CSS), sheet(SIDEBAR_CSS)];
        this.container = container;
        this.host = host;
        return container;
      },
    });
    this.ui.mount();
    this.watchHost();
  }

  /** A page that removes the host gets it back, a few times. */
  private watchHost(): void {
    this.watchdog?.disconnect();
    this.watchdog = new MutationObserver(() => {
      if (!this.host || this.host.isConnected || this.mode === 'none') return;
      if (this.revivals++ >= MAX_REVIVALS) return void this.remove();
      rootOf(document).append(this.host);
      this.paint();
    });
    this.watchdog.observe(rootOf(document), { childList: true });
  }

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
          : `html { padding-bottom: 45vh !important; }`;
    if (push && !this.pushAdopted) {
      // Adopted when first needed: adding a sheet to the page restyles it all.
      adoptSheet(document, this.pushSheet);
      this.pushAdopted = true;
    }
    if (this.pushAdopted) this.pushSheet.replaceSync(push);
    render(
      this.mode === 'open' ? (
        <Sidebar t={t} {...this.view} onClose={this.onClose} />
      ) : (
        <CollapsedTab t={t} count={this.count} onOpen={this.onOpen} />
      ),
      this.container,
    );
  }
}
