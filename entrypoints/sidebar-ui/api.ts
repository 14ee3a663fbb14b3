// The contract between the content script and the lazily loaded sidebar.
// Types only cross the boundary at build time; at run time the content
// script finds the API on its isolated world's global.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SidebarProps } from '../../components/Sidebar.tsx';
import type { SidebarMode } from '../../shared/messages.ts';
import type { AskFormats } from './passage-formats.ts';

export const SIDEBAR_API = '__relatedCoverageSidebar';
export const SIDEBAR_SCRIPT = '/sidebar-ui.js';

/** What the controller gives; the host adds the translator, closing and the clipboard. */
export type SidebarView = Omit<SidebarProps, 't' | 'onClose' | 'onCopy'>;

export interface Sidebar {
  readonly mode: SidebarMode;
  isOurs(node: Node): boolean;
  /**
   * `light: true` is for pages of megabytes, where any change to the page's
   * styles re-lays out all its text (hundreds of milliseconds): the panel
   * docks at the bottom over the page and adds no stylesheet to it.
   */
  show(mode: 'open' | 'collapsed', view: SidebarView, count: number, options?: { light?: boolean }): Promise<void>;
  update(view: SidebarView, count: number): void;
  focus(): void;
  remove(): void;
}

export interface SidebarApi {
  /** `askFormats`: the background's `formats`, which the sidebar's code does not send itself (the engine carries the messaging). */
  createSidebar(ctx: ContentScriptContext, onClose: () => void, onOpen: () => void, askFormats: AskFormats): Sidebar;
}
