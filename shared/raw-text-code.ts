// The page's raw text less its scripts and styles, which no reader sees: the
// text the gate judges a hit in when the raw text (textContent) has one.
// A walk over the text nodes gives it too, but touches every node, and in a
// content script each node touched costs a wrapper object: on a page of 600
// text nodes the walk cost more than reading and scanning the whole text.
// One Range read between one code element and the next touches only those
// elements, and the browser joins the text in between natively.
//
// Ships in: content.js.

import { safeCall, safeGet } from './safe-dom.ts';

/** Script and style text (what a text node's parent says), which no reader sees. A page's own property named `nodeName` only makes us read more. */
export const isCode = (parent: Node | null): boolean => parent?.nodeName === 'SCRIPT' || parent?.nodeName === 'STYLE';

/**
 * The text of `root`'s text nodes, joined in document order, less those
 * whose parent is a script or a style (isCode): what a walk that skips them
 * reads. Null where a Range cannot read it here (linkedom has no working
 * one), or where a script or style holds elements, whose text a walk would
 * keep: the caller walks then.
 */
export function textWithoutCode(root: Node, text: string): string | null {
  // In document order; an SVG <style> matches too, and is kept, as the walk keeps it.
  const found = safeCall(root, 'querySelectorAll', 'script,style') as NodeListOf<Element>;
  const code: Element[] = [];
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (!isCode(el)) continue;
    if ((safeGet(el, 'childElementCount') as number) > 0) return null;
    code.push(el);
  }
  if (!code.length) return text;
  const doc = (safeGet(root, 'ownerDocument') as Document | null) ?? (root as Document);
  const range = safeCall(doc, 'createRange') as Range | undefined;
  if (typeof range?.setEnd !== 'function' || typeof range.setStartAfter !== 'function') return null;
  const parts: string[] = [];
  range.selectNodeContents(root);
  const [end, endOffset] = [range.endContainer, range.endOffset];
  for (const el of code) {
    range.setEndBefore(el);
    parts.push(range.toString());
    // Now after its end: the range collapses there, and the next end moves it on.
    range.setStartAfter(el);
  }
  range.setEnd(end, endOffset);
  parts.push(range.toString());
  return parts.join('');
}
