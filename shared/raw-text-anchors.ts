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
import type { SubjectCheck } from '../core/subject-evidence.ts';
import { safeCall } from './safe-dom.ts';
import { isCode, textWithoutCode } from './raw-text-code.ts';
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
 * counts only where a term that holds it may be written around it; with
 * `said`, an anchor only subjects hold counts only where something may be
 * said of it.
 */
export async function pageMayMatch(
  doc: Document,
  anchors: Pick<AnchorScanner, 'scan'>,
  signal: AbortSignal,
  /** The gate's second look at a word anchor (core/anchor-confirm.ts); without it every anchor counts. */
  confirm?: AnchorTerms,
  /** The gate's look at what is said of a subject (core/subject-evidence.ts); without it every subject counts. */
  said?: SubjectCheck,
): Promise<boolean> {
  // A hit hands the page to the engine: at an idle moment, as the body's
  // slices are read, so the reader's page comes first either way. (The
  // detector reads the body's text, not the title.)
  if (anchorAt(anchors, titleOf(doc), WHOLE, confirm, said) === true) return idle(signal).then(() => true);
  const body = bodyOf(doc);
  return body !== null && anchorInText(body, anchors, signal, undefined, undefined, undefined, confirm, said);
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
  said?: SubjectCheck,
): Promise<boolean> {
  let small = false;
  if (wholeUpTo > 0) {
    let whole: Verdict | null = null;
    let text: string | null = null;
    await run((deadline) => {
      if (text === null) {
        // A collection's own length: its named items never shadow a prototype member.
        const elements = (safeCall(root, 'getElementsByTagName', '*') as HTMLCollection).length;
        if (elements > wholeUpTo) return true;
        text = textOf(root);
        small = text.length <= WHOLE_UP_TO_CHARS;
        if (small) whole = anchorAt(anchors, text, WHOLE, confirm, said, false);
        // The raw text holds the page's scripts and styles too (a whole site's
        // menu as JSON, say): the gate reads a hit again without them, and
        // subjects too, which code between them and their aspects keeps apart
        // (they are judged only in text without code, which holds fewer).
        if (!((whole === true && confirm) || whole === UNSAID)) return true;
        // In the next idle slice where this one is spent.
        if (performance.now() >= deadline) return false;
      }
      // Where the text without code cannot be cut out here, the walk below reads it.
      const visible = textWithoutCode(root, text);
      if (visible === null) whole = null;
      else if (visible !== text || whole === UNSAID) whole = anchorAt(anchors, visible, WHOLE, confirm, said);
      return true;
    }, signal);
    if (whole !== null) return whole === true;
  }
  const doc = root.ownerDocument ?? (root as Document);
  // Through the prototype: <img name="createTreeWalker"> cannot stand in.
  const walker = safeCall(doc, 'createTreeWalker', root, SHOW_TEXT) as TreeWalker;
  let carry = '';
  let offset = 0; // where `carry` starts in the whole text
  let found = false;
  // A small page read again without its code is read in one batch, so that
  // what is said of a subject is looked for in the whole text.
  const perCheck = said && small ? Number.POSITIVE_INFINITY : nodesPerCheck;
  // Read a batch of text nodes, scan it, look at the clock: a slice ends at
  // most one batch past its deadline. (Reading up to the deadline and
  // scanning all of it after made slices of 12-15 ms out of 8 on a 5 MB page.)
  await run((deadline) => {
    for (;;) {
      const parts = [carry];
      let node: Node | null = null;
      for (let n = 0; n < perCheck && (node = walker.nextNode()) !== null; n++) {
        if (!confirm || !isCode(node.parentNode)) parts.push((node as Text).data);
      }
      const text = parts.join('');
      const last = node === null;
      // Hits in the carried tail's first half were judged with the batch before.
      const from = offset === 0 ? 0 : carry.length - HALF;
      found = anchorAt(anchors, text, { from, before: last ? text.length : text.length - HALF, last }, confirm, said) === true;
      carry = last ? '' : text.slice(-CARRY);
      offset += text.length - carry.length;
      if (found || last) return true;
      if (performance.now() >= deadline) return false;
    }
  }, signal);
  return found;
}

/** Half the carried tail: a hit is judged in the batch where at least this much text follows it. */
const HALF = CARRY / 2;

/**
 * Which hits of a text to judge: those starting in [from, before), and
 * whether the text reaches the end of what there is to read. Batches of the
 * walk overlap by the carried tail: a hit in the last HALF characters of a
 * batch waits for the next one, which reads what follows it (a word
 * boundary, the rest of a term the second look wants), and that batch leaves
 * alone the hits the batch before it judged.
 */
interface Judged {
  from: number;
  before: number;
  last: boolean;
}
const WHOLE: Judged = { from: 0, before: Number.POSITIVE_INFINITY, last: true };

/** Only anchors that subjects hold were found, and nothing said of them. */
const UNSAID = 'unsaid';
type Verdict = boolean | typeof UNSAID;

function anchorAt(
  anchors: Pick<AnchorScanner, 'scan'>,
  text: string,
  judged: Judged,
  confirm?: AnchorTerms,
  said?: SubjectCheck,
  /** false: subjects found are not looked at, only reported (UNSAID). */
  judge = true,
): Verdict {
  const atStart = judged.from <= 0;
  const subjects: Array<[number, number]> = [];
  const found = anchors.scan(text, (start, end) => {
    if (start < judged.from || start >= judged.before) return false;
    if (confirm && !confirmWordAnchor(confirm, text, start, end, !atStart, !judged.last)) return false;
    if (said?.onlySubject(text, start, end)) return void subjects.push([start, end]);
    return true;
  });
  if (found) return true;
  if (!subjects.length) return false;
  return (judge && said!.anySaid(text, subjects, !atStart, !judged.last)) || UNSAID;
}
