// The contract between the content script and the lazily loaded sidebar.
// Types only cross the boundary at build time; at run time the content
// script finds the API on its isolated world's global.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SidebarProps } from '../../components/Sidebar.tsx';

export const SIDEBAR_API = '__relatedCoverageSidebar';
export const SIDEBAR_SCRIPT = '/sidebar-ui.js';

export type SidebarMode = 'open' | 'collapsed' | 'none';
export type SidebarView = Omit<SidebarProps, 't' | 'onClose'>;

export interface Sidebar {
  readonly mode: SidebarMode;
  isOurs(node: Node): boolean;
  show(mode: 'open' | 'collapsed', view: SidebarView, count: number): Promise<void>;
  update(view: SidebarView, count: number): void;
  focus(): void;
  remove(): void;
}

export interface SidebarApi {
  createSidebar(ctx: ContentScriptContext, onClose: () => void, onOpen: () => void): Sidebar;
}
