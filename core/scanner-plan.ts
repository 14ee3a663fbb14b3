// A scanner as plain data: terms (their keys folded to simplified script)
// and the anchors that find them, built once (at build time for the
// built-in topics, in the background for the reader's own) and loaded on
// every page by TermScanner (scanner.ts).

import { type AnchorSet, chooseAnchors } from './anchor-choice.ts';
import { type FoldMap, type FoldPairs, foldMapOf, foldString, pairsFor, spellerOf } from './han-fold.ts';
import { type ParsedTerm, parseTerm } from './terms.ts';

/**
 * Everything a scanner needs, as plain data: built once (at build time for the
 * built-in topics, in the background for the user's), loaded on every page.
 */
export interface ScannerPlan {
  /** [term as written, canonical key (traditional folded to simplified), has case-sensitive letters] */
  terms: Array<[string, string, boolean]>;
  anchors: AnchorSet;
  /** Traditional -> simplified pairs the keys need (see han-fold.ts); absent when nothing folds. */
  fold?: FoldPairs;
}

export interface ScannerOptions {
  /** Folds traditional Chinese onto simplified (OpenCC's table, at build time). */
  fold?: FoldMap;
}

/**
 * `anchored[i]` false marks a term that only matters next to other terms
 * (an aspect such as "rules"): it is found only in sentences that hold an
 * anchored term's anchor, and never makes a sentence worth scanning.
 * 'secondary' marks a term whose own sentence is worth scanning only on a
 * page where a main anchor was found (see AnchorSet.secondary).
 */
export function planScanner(
  texts: readonly string[],
  anchored: ReadonlyArray<boolean | 'secondary'>,
  options: ScannerOptions = {},
): ScannerPlan & { index: Map<string, number> } {
  const { fold } = options;
  const index = new Map<string, number>();
  const parsed: ParsedTerm[] = [];
  const needsAnchor: ParsedTerm[] = [];
  const secondary: ParsedTerm[] = [];
  texts.forEach((text, i) => {
    const term = folded(parseTerm(text), fold);
    const id = signature(term);
    let at = index.get(id);
    if (at === undefined) {
      at = parsed.length;
      index.set(id, at);
      parsed.push(term);
    }
    const bare = { ...term, text: foldString(term.text, fold) };
    if (anchored[i] === 'secondary') secondary.push(bare);
    else if (anchored[i]) needsAnchor.push(bare);
  });
  const pairs = fold ? pairsFor(fold, parsed.map((t) => t.key)) : '';
  // The anchor pass looks for literals as written: give it every spelling.
  const speller = spellerOf(foldMapOf(pairs));
  const spelled = (literals: string[]) =>
    pairs ? [...new Set(literals.flatMap((l) => (/[^\x00-\x7f]/.test(l) ? speller.all(l) : [l])))].sort() : literals;
  const count = (l: string) => speller.count(l);
  const main = chooseAnchors(needsAnchor, count);
  const anchors: AnchorSet = { literals: spelled(main.literals), words: main.words };
  if (secondary.length) {
    const more = chooseAnchors(secondary, count);
    anchors.secondary = { literals: spelled(more.literals), words: more.words };
  }
  return {
    terms: parsed.map((t) => [t.text, t.key, t.atoms.some((a) => a.kind === 'letter' && a.caseSensitive)]),
    anchors,
    ...(pairs ? { fold: pairs } : {}),
    index,
  };
}

/** Identity of a term: two terms are the same when key and case rules agree. */
export function termSignature(text: string, fold?: FoldMap): string {
  return signature(folded(parseTerm(text), fold));
}

function folded(term: ParsedTerm, fold: FoldMap | undefined): ParsedTerm {
  return fold?.size ? { ...term, key: foldString(term.key, fold) } : term;
}

function signature(t: ParsedTerm): string {
  return `${t.key}\u0000${t.atoms.map((a) => (a.kind === 'letter' && a.caseSensitive ? '1' : '0')).join('')}`;
}
