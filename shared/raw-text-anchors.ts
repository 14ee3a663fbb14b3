// Whether any anchor is in the page's raw text: every text node of the body,
// as textContent would join them, read in idle slices. body.textContent
// builds the whole string in one native call, 20 ms and more on a 5 MB page,
// and the scan after it made a long task. Walking the text nodes stops at
// each slice's deadline instead; each slice's text is scanned after the tail
// of the one before, so an anchor split across slices is still found.
// A typical page is read whole: one native call is about twice as fast as
// the walk there, and its element count says cheaply that it is small.
//
// Ships in: content.js (the gate; the engine's rescans call it through the
// gate's hooks, entrypoints/engine/api.ts).

import { type AnchorTerms, confirmWordAnchor } from '../core/anchor-confirm.ts';
import type { AnchorScanner } from '../core/anchors.ts';
import { safeCall } from './safe-dom.ts';
import { idle, runInSlices } from './idle-slices.ts';
import { bodyOf, textOf, titleOf } from './safe-document.ts';

/** Longer than any anchor, with the line breaks a CJK anchor may span. */
export const CARRY = 256;

/** NodeFilter.SHOW_TEXT, spelled out: the global NodeFilter is not in every realm this runs in (tests run on linkedom). */
const SHOW_TEXT = 0x4;

/**
 * The cheap "can this page be about a topic at all?" test, for the gate and
 * for the engine's rescans: an anchor in the title or the body's raw text.
 * The raw text needs no layout and holds more than a reader sees, so no
 * anchor there means no topic on the page. With `confirm`, an anchor word
 * counts only where a term that holds it may be written around it.
 */
export async function pageMayMatch(
  doc: Document,
  anchors: Pick<AnchorScanner, 'scan'>,
  signal: AbortSignal,
  /** The gate's second look at a word anchor (core/anchor-confirm.ts); without it every anchor counts. */
  confirm?: AnchorTerms,
): Promise<boolean> {
  // A hit hands the page to the engine: at an idle moment, as the body's
  // slices are read, so the reader's page comes first either way.
  if (anchorAt(anchors, titleOf(doc), true, true, confirm)) return idle(signal).then(() => true);
  const body = bodyOf(doc);
  return body !== null && anchorInText(body, anchors, signal, undefined, undefined, undefined, confirm);
}

export type SliceRunner = (step: (deadlineMs: number) => boolean, signal: AbortSignal) => Promise<void>;

/** Pages with at most this many elements are read whole, in one slice. */
export const WHOLE_UP_TO_ELEMENTS = 3000;
/** ...unless their text is longer than this: then it is scanned in slices. */
const WHOLE_UP_TO_CHARS = 256 * 1024;

export async function anchorInText(
  root: Node,
  anchors: Pick<AnchorScanner, 'scan'>,
  signal: AbortSignal,
  run: SliceRunner = runInSlices,
  /** How many text nodes between looks at the clock. */
  nodesPerCheck = 256,
  wholeUpTo = WHOLE_UP_TO_ELEMENTS,
  confirm?: AnchorTerms,
): Promise<boolean> {
  if (wholeUpTo > 0) {
    let whole: boolean | null = null;
    await run(() => {
      // A collection's own length: its named items never shadow a prototype member.
      const elements = (safeCall(root, 'getElementsByTagName', '*') as HTMLCollection).length;
      if (elements > wholeUpTo) return true;
      const text = textOf(root);
      if (text.length <= WHOLE_UP_TO_CHARS) whole = anchorAt(anchors, text, true, true, confirm);
      // The raw text holds the page's scripts and styles too (a whole site's
      // menu as JSON, say): the gate reads a hit again without them, below.
      if (whole === true && confirm && holdsCode(root)) whole = null;
      return true;
    }, signal);
    if (whole !== null) return whole;
  }
  const doc = root.ownerDocument ?? (root as Document);
  // Through the prototype: <img name="createTreeWalker"> cannot stand in.
  const walker = safeCall(doc, 'createTreeWalker', root, SHOW_TEXT) as TreeWalker;
  let carry = '';
  let offset = 0; // where `carry` starts in the whole text
  let found = false;
  await run((deadline) => {
    const parts = [carry];
    let node: Node | null;
    let n = 0;
    while ((node = walker.nextNode()) !== null) {
      if (!confirm || !isCode(node.parentNode)) parts.push((node as Text).data);
      if (++n % nodesPerCheck === 0 && performance.now() >= deadline) break;
    }
    const text = parts.join('');
    const last = node === null;
    found = anchorAt(anchors, text, offset === 0, last, confirm);
    carry = last ? '' : text.slice(-CARRY);
    offset += text.length - carry.length;
    return found || last;
  }, signal);
  return found;
}

const STOP = Symbol('stop');

/** Script and style text, which no reader sees. A page's own property named `nodeName` only makes us read more. */
const isCode = (parent: Node | null): boolean => parent?.nodeName === 'SCRIPT' || parent?.nodeName === 'STYLE';

function holdsCode(root: Node): boolean {
  const count = (tag: string) => (safeCall(root, 'getElementsByTagName', tag) as HTMLCollection).length;
  return count('script') + count('style') > 0;
}

/**
 * An anchor whose word boundaries this slice can judge. At the slice's end
 * the next character is not read yet, so a hit ending there waits for the
 * next slice, which sees it again in the carried tail; at its start (the
 * tail of the slice before) a hit was already judged there.
 */
function anchorAt(anchors: Pick<AnchorScanner, 'scan'>, text: string, atStart: boolean, atEnd: boolean, confirm?: AnchorTerms): boolean {
  try {
    anchors.scan(text, (start, end) => {
      if (start === 0 && !atStart) return;
      if (end >= text.length && !atEnd) return;
      if (confirm && !confirmWordAnchor(confirm, text, start, end, !atStart, !atEnd)) return;
      throw STOP;
    });
  } catch (e) {
    if (e === STOP) return true;
    throw e;
  }
  return false;
}
