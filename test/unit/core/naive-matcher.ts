// The reference the fast scanner is tested against: the matching rules of
// core/terms.ts applied the obvious way, atom by atom, at every position of
// the whole text. Slow on purpose; shares no code with the scanner but the
// character predicates.

import type { AnchorSet } from '../../../core/anchors.ts';
import type { TermHit } from '../../../core/scanner.ts';
import { STAND_IN_REACH, isSentenceBreak } from '../../../core/scanner.ts';
import {
  type ParsedTerm,
  foldCode,
  isApos,
  isCjk,
  isCjkAtom,
  isQuote,
  isSepChar,
  isWordChar,
  unFullwidth,
} from '../../../core/terms.ts';

/** Traditional -> simplified, as the plan says (empty: no folding). */
type Fold = ReadonlyMap<number, number>;
const NO_FOLD: Fold = new Map();
const folded = (c: number, fold: Fold) => fold.get(c) ?? c;

/** Length of `term` matched at `p`, or -1. */
export function matchLength(term: ParsedTerm, text: string, p: number, fold: Fold = NO_FOLD): number {
  if (term.boundaryStart && p > 0 && isWordChar(text.charCodeAt(p - 1))) return -1;
  let i = p;
  for (const [k, atom] of term.atoms.entries()) {
    // Next to CJK a gap in the text is optional.
    if (k > 0 && (isCjkAtom(atom) || isCjkAtom(term.atoms[k - 1]))) {
      while (i < text.length && isSepChar(text.charCodeAt(i))) i++;
    }
    if (i >= text.length) return -1;
    const c = text.charCodeAt(i);
    switch (atom.kind) {
      case 'sep':
        if (!isSepChar(c)) return -1;
        while (i < text.length && isSepChar(text.charCodeAt(i))) i++;
        continue;
      case 'letter':
        if (atom.caseSensitive ? unFullwidth(c) !== atom.ch.charCodeAt(0) : foldCode(c) !== atom.ch.toLowerCase().charCodeAt(0))
          return -1;
        break;
      case 'apos':
        if (!isApos(c)) return -1;
        break;
      case 'quote':
        if (!isQuote(c)) return -1;
        break;
      case 'digit':
      case 'char':
        if (atom.ch.length > 1) {
          if (text.slice(i, i + atom.ch.length) !== atom.ch) return -1;
          i += atom.ch.length;
          continue;
        }
        if (folded(unFullwidth(c), fold) !== folded(atom.ch.charCodeAt(0), fold)) return -1;
        break;
    }
    i++;
  }
  if (term.boundaryEnd && i < text.length && isWordChar(text.charCodeAt(i))) return -1;
  return i - p;
}

/** Leftmost, then longest, non-overlapping matches over the whole text. */
export function naiveScan(text: string, terms: readonly ParsedTerm[], fold: Fold = NO_FOLD): TermHit[] {
  const hits: TermHit[] = [];
  let p = 0;
  while (p < text.length) {
    let best = 0;
    let which: number[] = [];
    terms.forEach((term, t) => {
      const len = matchLength(term, text, p, fold);
      if (len > best) {
        best = len;
        which = [t];
      } else if (len === best && len > 0) which.push(t);
    });
    if (best > 0) {
      hits.push({ start: p, end: p + best, terms: which });
      p += best;
    } else p++;
  }
  return hits;
}

/**
 * The anchors that open windows: the main ones, and the secondary ones
 * (stand-ins) only where a main one was found.
 */
export function naiveWindowAnchors(text: string, anchors: AnchorSet): Array<[number, number]> {
  const main = naiveAnchors(text, anchors);
  if (!main.length || !anchors.secondary) return main;
  // A stand-in counts within reach after a main anchor (scanner.ts).
  const isWord = (i: number) => isWordChar(text.charCodeAt(i));
  const inReach = (p: number) =>
    main.some(([s, e]) => {
      // The scanner widens each reach to whole words at its edges.
      let from = s;
      let to = Math.min(text.length, e + STAND_IN_REACH);
      while (from > 0 && isWord(from - 1)) from--;
      while (to < text.length && isWord(to)) to++;
      return from <= p && p < to;
    });
  return [...main, ...naiveAnchors(text, anchors.secondary).filter(([s]) => inReach(s))];
}

/** Every occurrence of every anchor, by brute force: words and acronyms whole, CJK anywhere. */
export function naiveAnchors(text: string, anchors: Pick<AnchorSet, 'literals' | 'words'>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const whole = (s: number, e: number, first: number, last: number) =>
    !(isWordChar(first) && isWordChar(text.charCodeAt(s - 1))) && !(isWordChar(last) && isWordChar(text.charCodeAt(e)));
  for (let i = 0; i < text.length; i++) {
    for (const lit of anchors.literals) {
      let t = i;
      let k = 0;
      for (; k < lit.length; k++) {
        if (k > 0 && (isCjk(lit.charCodeAt(k)) || isCjk(lit.charCodeAt(k - 1)))) {
          while (t < text.length && isSepChar(text.charCodeAt(t))) t++;
        }
        if (unFullwidth(text.charCodeAt(t)) !== lit.charCodeAt(k)) break;
        t++;
      }
      if (k === lit.length && whole(i, t, lit.charCodeAt(0), lit.charCodeAt(lit.length - 1))) out.push([i, t]);
    }
    for (const word of anchors.words) {
      let k = 0;
      while (k < word.length && isWordChar(unFullwidth(text.charCodeAt(i + k))) && foldCode(text.charCodeAt(i + k)) === word.charCodeAt(k)) k++;
      if (k === word.length && whole(i, i + k, 97, 97)) out.push([i, i + k]);
    }
  }
  return out;
}

/** Is position `i` inside a sentence that holds an anchor? */
export function inAnchorSentence(text: string, anchors: Array<[number, number]>): (i: number) => boolean {
  const covered = new Uint8Array(text.length + 1);
  for (const [s, e] of anchors) {
    let start = s;
    while (start > 0 && !isSentenceBreak(text, start - 1)) start--;
    let end = e;
    while (end < text.length && !isSentenceBreak(text, end)) end++;
    end = Math.min(text.length, end + 1);
    covered.fill(1, start, end);
  }
  return (i) => covered[i] === 1;
}
