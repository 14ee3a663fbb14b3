// The few document members the content script uses, read so that a page's
// named elements (<img name="body">, <form name="title">) cannot stand in
// for them: see shared/safe-dom.ts.
//
// Ships in: content.js, engine.js, sidebar-ui.js.

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
// Xray wrapper is not supported"; ESR 153 allows it). There the list is read
// and set on the page's own objects (wrappedJSObject), with an array of the
// page's realm, which the page's setter can read.

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
    setThroughPage(root, () => sheets);
  }
}

type PageSide<T> = T & { wrappedJSObject?: T };

function setThroughPage(target: Document | ShadowRoot, sheetsFrom: (current: ArrayLike<CSSStyleSheet>) => CSSStyleSheet[]): void {
  const page = (target as PageSide<Document | ShadowRoot>).wrappedJSObject;
  const doc = (target as Node).ownerDocument ?? (target as Document);
  const view = (doc.defaultView as PageSide<Window & typeof globalThis> | null)?.wrappedJSObject;
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
