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

// Firefox ESR 140: read or set through a content script's wrapper, a
// document's or shadow root's adoptedStyleSheets throws ("Accessing from
// Xray wrapper is not supported"; ESR 153 allows it). For the page's
// document the list is then read and set on the page's own objects
// (wrappedJSObject), with an array of the page's realm, which the page's
// setter can read: the page learns nothing it could not see. Our closed
// shadow root must never reach page code that way (a page that replaced the
// setter would be handed it), so there the sheets become <style> elements
// whose text the content script writes before they are attached: Firefox
// then holds them to the content script's policy, not the page's CSP.

/** Adds a constructed stylesheet to the page; CSP cannot block these. */
export function adoptSheet(doc: Document, sheet: CSSStyleSheet): void {
  let sheets: CSSStyleSheet[];
  try {
    sheets = [...((safeGet(doc, 'adoptedStyleSheets') as CSSStyleSheet[] | undefined) ?? []), sheet];
  } catch {
    setThroughPage(doc, (current) => [...Array.from({ length: current.length }, (_, i) => current[i]!), sheet]);
    return;
  }
  (doc as { adoptedStyleSheets: CSSStyleSheet[] }).adoptedStyleSheets = sheets;
}

/** Sets the constructed stylesheets of our own shadow root. */
export function setSheets(root: ShadowRoot, sheets: CSSStyleSheet[]): void {
  try {
    root.adoptedStyleSheets = sheets;
  } catch {
    for (const old of root.querySelectorAll('style[data-rc-sheet]')) old.remove();
    // In the order given, before the UI: the cascade is the adopted sheets'.
    root.prepend(
      ...sheets.map((sheet) => {
        const style = root.ownerDocument.createElement('style');
        style.setAttribute('data-rc-sheet', '');
        style.textContent = Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n');
        return style;
      }),
    );
  }
}

type PageSide<T> = T & { wrappedJSObject?: T };

function setThroughPage(target: Document, sheetsFrom: (current: ArrayLike<CSSStyleSheet>) => CSSStyleSheet[]): void {
  const page = (target as PageSide<Document>).wrappedJSObject;
  const view = (target.defaultView as PageSide<Window & typeof globalThis> | null)?.wrappedJSObject;
  if (!page || !view) throw new Error('cannot add a stylesheet here');
  const sheets = new view.Array<CSSStyleSheet>();
  for (const s of sheetsFrom(page.adoptedStyleSheets)) sheets.push(s);
  page.adoptedStyleSheets = sheets;
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
