// The few document members the content script uses, read so that a page's
// named elements (<img name="body">, <form name="title">) cannot stand in
// for them: see shared/safe-dom.ts.
//
// Ships in: content.js, engine.js, sidebar-ui.js, gate-settings.js (pageForSaving).

import type { PageForSaving } from './messages.ts';
import { safeCall, safeGet } from './safe-dom.ts';

export const bodyOf = (doc: Document): HTMLElement | null => (safeGet(doc, 'body') as HTMLElement | null) ?? null;
export const rootOf = (doc: Document): HTMLElement => safeGet(doc, 'documentElement') as HTMLElement;
export const titleOf = (doc: Document): string => String(safeGet(doc, 'title') ?? '');
export const textOf = (node: Node): string => String(safeGet(node, 'textContent') ?? '');

export function querySelectorAll(doc: Document, selector: string): Element[] {
  return [...((safeCall(doc, 'querySelectorAll', selector) as NodeListOf<Element> | undefined) ?? [])];
}

/** Adds a constructed stylesheet to the page; CSP cannot block these. */
export function adoptSheet(doc: Document, sheet: CSSStyleSheet): void {
  const sheets = [...((safeGet(doc, 'adoptedStyleSheets') as CSSStyleSheet[] | undefined) ?? []), sheet];
  (doc as { adoptedStyleSheets: CSSStyleSheet[] }).adoptedStyleSheets = sheets;
}

/**
 * Sets the constructed stylesheets of our own shadow root. Firefox 153 (the
 * oldest the manifest allows) takes them through the content script's
 * wrapper, as Chromium does.
 */
export function setSheets(root: ShadowRoot, sheets: CSSStyleSheet[]): void {
  root.adoptedStyleSheets = sheets;
}

const MAX_SAVED_HTML = 5_000_000;

/** The page as it is now, for the save page (which parses it inertly). */
export function pageForSaving(): PageForSaving {
  const root = rootOf(document);
  const html = String(safeGet(root, 'outerHTML') ?? '');
  return {
    html: html.length > MAX_SAVED_HTML ? html.slice(0, MAX_SAVED_HTML) : html,
    url: location.href,
    title: titleOf(document),
    lang: (safeCall(root, 'getAttribute', 'lang') as string | null) ?? null,
  };
}
