// The first, whole-text pass of detection. Every term that can matter on its
// own contains an "anchor": an acronym, a run of CJK characters, or a Latin
// word. Finding anchors is the only work done over the whole text, so it must
// run near the speed of one String#indexOf:
// - acronyms and CJK anchors are literals: native indexOf loops (memchr-fast);
// - Latin words are case-insensitive: one Wu-Manber pass (bigram shift table)
//   that looks at about one character in four.
// A regex alternation over the same anchors is 5-10x slower in V8 (irregexp
// tests every position), which is why this file exists.

import { type ParsedTerm, foldCode, isAcronymWord, isCjk, isSepChar, isWordChar, unFullwidth } from './terms.ts';

export interface AnchorSet {
  /** Literal anchors, found with indexOf (acronyms as written and fullwidth; CJK runs). */
  literals: string[];
  /** Lower-case ASCII words, found case- and width-insensitively. */
  words: string[];
}

interface Candidate {
  anchor: string;
  literal: boolean;
  cost: number;
}

/** The anchors a term could be found by: its acronyms, non-ASCII substrings and long words. */
function candidatesOf(term: ParsedTerm): Candidate[] {
  const out: Candidate[] = [];
  const text = [...term.text].map((c) => String.fromCharCode(unFullwidth(c.charCodeAt(0)))).join('');
  for (const token of text.split(/[^A-Za-z0-9.]+/)) {
    if (isAcronymWord(token)) {
      out.push({ anchor: token, literal: true, cost: 1 });
      continue;
    }
    for (const w of token.split('.')) {
      // Short words shrink the Wu-Manber shift for every page: avoid them.
      if (w.length >= 3) out.push({ anchor: w.toLowerCase(), literal: false, cost: w.length >= 6 ? 1 : 4 });
    }
  }
  // Outside ASCII, characters match exactly (CJK, accented letters, other
  // scripts), so any run of them can be a literal anchor.
  for (const run of text.match(/[^\x00-\x7f\s\u200B-\u200D\u2060\u2010-\u2015\u2212\u2018-\u201F\u2032\u2033\u02BC\u00B4]+/g) ?? []) {
    for (let len = Math.min(run.length, 6); len >= 2; len--) {
      for (let i = 0; i + len <= run.length; i++) out.push({ anchor: run.slice(i, i + len), literal: true, cost: 1 });
    }
    if (run.length === 1) out.push({ anchor: run, literal: true, cost: 3 });
  }
  return out;
}

/**
 * Picks few anchors that cover every term: greedy set cover, preferring
 * anchors shared by many terms, then cheap ones, then long ones.
 */
export function chooseAnchors(terms: ParsedTerm[]): AnchorSet {
  const covers = new Map<string, { c: Candidate; terms: Set<number> }>();
  terms.forEach((term, i) => {
    const cands = candidatesOf(term);
    if (!cands.length) {
      throw new Error(`term "${term.text}" has no word of 3+ letters, acronym or CJK text to be found by`);
    }
    for (const c of cands) {
      const k = (c.literal ? 'L:' : 'W:') + c.anchor;
      const entry = covers.get(k) ?? { c, terms: new Set<number>() };
      entry.terms.add(i);
      covers.set(k, entry);
    }
  });
  const uncovered = new Set(terms.map((_, i) => i));
  const literals: string[] = [];
  const words: string[] = [];
  while (uncovered.size) {
    let best: { c: Candidate; gain: number } | null = null;
    for (const { c, terms: ts } of covers.values()) {
      let gain = 0;
      for (const t of ts) if (uncovered.has(t)) gain++;
      if (!gain) continue;
      const better =
        !best ||
        gain / c.cost > best.gain / best.c.cost ||
        (gain / c.cost === best.gain / best.c.cost && c.anchor.length > best.c.anchor.length) ||
        (gain / c.cost === best.gain / best.c.cost && c.anchor.length === best.c.anchor.length && c.anchor < best.c.anchor);
      if (better) best = { c, gain };
    }
    if (!best) break;
    const chosen = covers.get((best.c.literal ? 'L:' : 'W:') + best.c.anchor)!;
    for (const t of chosen.terms) uncovered.delete(t);
    (best.c.literal ? literals : words).push(best.c.anchor);
  }
  return { literals: [...new Set(literals)].sort(), words: [...new Set(words)].sort() };
}

const FOLD = (() => {
  // One byte per UTF-16 code unit: folded ASCII for ASCII and fullwidth ASCII
  // word characters, 0 for everything else (no anchor word contains it).
  const t = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) if (isWordChar(c)) t[c] = foldCode(c);
  for (let c = 0xff01; c <= 0xff5e; c++) if (isWordChar(c - 0xfee0)) t[c] = foldCode(c);
  return t;
})();

/** Wu-Manber over bigrams of folded characters, for anchor words. */
export class WordAnchorScanner {
  private readonly m: number;
  private readonly shift: Uint8Array;
  private readonly bucket: (string[] | undefined)[];

  constructor(words: string[]) {
    this.m = words.length ? Math.min(...words.map((w) => w.length)) : 0;
    const m = this.m;
    this.shift = new Uint8Array(1 << 14).fill(Math.max(m - 1, 1));
    this.bucket = new Array(1 << 14);
    for (const w of words) {
      for (let j = 1; j < m; j++) {
        const h = (w.charCodeAt(j - 1) << 7) | w.charCodeAt(j);
        this.shift[h] = Math.min(this.shift[h]!, m - 1 - j);
      }
      const h = (w.charCodeAt(m - 2) << 7) | w.charCodeAt(m - 1);
      (this.bucket[h] ??= []).push(w);
    }
  }

  /** Calls `hit(start, end)` for every occurrence of an anchor word (as a substring). */
  scan(text: string, hit: (start: number, end: number) => void): void {
    const m = this.m;
    if (m < 2) return;
    const n = text.length;
    const shift = this.shift;
    const bucket = this.bucket;
    let i = m - 1;
    while (i < n) {
      const h = (FOLD[text.charCodeAt(i - 1)]! << 7) | FOLD[text.charCodeAt(i)]!;
      const s = shift[h]!;
      if (s !== 0) {
        i += s;
        continue;
      }
      const list = bucket[h];
      if (list !== undefined) {
        const start = i - m + 1;
        for (const w of list) {
          let k = 0;
          while (k < w.length && FOLD[text.charCodeAt(start + k)] === w.charCodeAt(k)) k++;
          if (k === w.length) hit(start, start + k);
        }
      }
      i++;
    }
  }
}

export class AnchorScanner {
  private readonly words: WordAnchorScanner;
  private readonly literals: string[];
  private readonly needsTwoByte: boolean[];
  private readonly gapped: boolean[];

  constructor(readonly set: AnchorSet) {
    this.words = new WordAnchorScanner(set.words);
    this.literals = set.literals;
    this.needsTwoByte = set.literals.map((l) => /[^\x00-\xff]/.test(l));
    this.gapped = set.literals.map((l) => l.length > 1 && [...l].some((c) => isCjk(c.charCodeAt(0))));
  }

  /** Calls `hit` for anchor occurrences, in no particular order. */
  scan(text: string, hit: (start: number, end: number) => void): void {
    this.words.scan(text, hit);
    if (!this.literals.length) return;
    // Latin-1 text cannot hold CJK or fullwidth characters: one native test
    // saves an indexOf pass per CJK anchor and the width folding below.
    const twoByte = NON_LATIN1.test(text);
    // Fullwidth letters fold one code unit to one, so offsets stay valid.
    const haystack = twoByte && FULLWIDTH.test(text) ? text.replace(FULLWIDTH_ALL, unFullwidthChar) : text;
    for (let a = 0; a < this.literals.length; a++) {
      if (this.needsTwoByte[a] && !twoByte) continue;
      const lit = this.literals[a]!;
      if (!this.gapped[a]) {
        let i = haystack.indexOf(lit);
        while (i >= 0) {
          hit(i, i + lit.length);
          i = haystack.indexOf(lit, i + 1);
        }
        continue;
      }
      // CJK may be split by a gap (a line wrapped in the page's source):
      // find the first character, then match the rest stepping over gaps.
      let i = haystack.indexOf(lit[0]!);
      while (i >= 0) {
        const end = matchGapped(haystack, i, lit);
        if (end > 0) hit(i, end);
        i = haystack.indexOf(lit[0]!, i + 1);
      }
    }
  }

  /** True when the text holds any anchor: the cheap "is there anything at all?" gate. */
  any(text: string): boolean {
    let found = false;
    try {
      this.scan(text, () => {
        found = true;
        throw STOP;
      });
    } catch (e) {
      if (e !== STOP) throw e;
    }
    return found;
  }
}

const STOP = Symbol('stop');
const NON_LATIN1 = /[^\x00-\xff]/;
const FULLWIDTH = /[\uFF01-\uFF5E]/;
const FULLWIDTH_ALL = /[\uFF01-\uFF5E]/g;
const unFullwidthChar = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** End of `lit` matched at `i` with optional gaps next to CJK characters, or -1. */
function matchGapped(text: string, i: number, lit: string): number {
  let t = i + 1;
  for (let k = 1; k < lit.length; k++) {
    const c = lit.charCodeAt(k);
    if ((isCjk(c) || isCjk(lit.charCodeAt(k - 1))) && isSepChar(text.charCodeAt(t))) {
      while (t < text.length && isSepChar(text.charCodeAt(t))) t++;
    }
    if (text.charCodeAt(t) !== c) return -1;
    t++;
  }
  return t;
}
