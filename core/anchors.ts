// The first, whole-text pass of detection. Every term that can matter on its
// own contains an "anchor": an acronym, a run of CJK characters, or a Latin
// word. Finding anchors is the only work done over the whole text, so it must
// run near the speed of one String#indexOf:
// - acronyms and CJK anchors are literals: native indexOf loops (memchr-fast);
// - Latin words are case-insensitive: one Wu-Manber pass (bigram shift table)
//   that looks at about one character in four.
// A regex alternation over the same anchors is 5-10x slower in V8 (irregexp
// tests every position), which is why this file exists.

import { foldCode, isCjk, isSepChar, isWordChar } from './terms.ts';

// Only the type: the choice itself (and its common-word list) is build-time
// code, and a re-export would carry it into the content script.
import type { AnchorSet } from './anchor-choice.ts';
export type { AnchorSet };

/**
 * Told of each anchor found; returning true stops the scan there. (Not a
 * thrown value: a page's first exception costs about 1 ms in Chromium, more
 * than the whole scan of a typical page.)
 */
export type AnchorHit = (start: number, end: number) => boolean | undefined;

// Built on first use: most pages are scanned with the regex below, and every
// page pays for what a content script builds when it starts.
let FOLD: Uint8Array | null = null;
function foldTable(): Uint8Array {
  if (FOLD) return FOLD;
  // One byte per UTF-16 code unit: folded ASCII for ASCII and fullwidth ASCII
  // word characters, 0 for everything else (no anchor word contains it).
  const t = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) if (isWordChar(c)) t[c] = foldCode(c);
  for (let c = 0xff01; c <= 0xff5e; c++) if (isWordChar(c - 0xfee0)) t[c] = foldCode(c);
  return (FOLD = t);
}

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

  /** Calls `hit(start, end)` for every occurrence of an anchor word (as a substring) that starts in [from, to); true when `hit` stopped it. */
  scan(text: string, hit: AnchorHit, from = 0, to = text.length): boolean {
    const m = this.m;
    if (m < 2) return false;
    const n = Math.min(text.length, to + m - 1);
    const shift = this.shift;
    const bucket = this.bucket;
    const fold = foldTable();
    let i = from + m - 1;
    while (i < n) {
      const h = (fold[text.charCodeAt(i - 1)]! << 7) | fold[text.charCodeAt(i)]!;
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
          while (k < w.length && fold[text.charCodeAt(start + k)] === w.charCodeAt(k)) k++;
          if (k === w.length && hit(start, start + k) === true) return true;
        }
      }
      i++;
    }
    return false;
  }
}

/** Below this length a native regex finds word anchors faster than Wu-Manber, whose JS loop only pays off once the JIT has warmed it. */
export const REGEX_BELOW = 1_000_000;

/**
 * What the scanner derives from its anchors before the first scan. The
 * build computes it for the built-in anchors (scripts/detector-plan-plugin.ts),
 * so the gate starts without sorting or testing anything: on a page about
 * neither topic that start-up is a fifth of the gate's cost, run once and
 * interpreted.
 */
export interface ScannerTables {
  /** Indices of literals with a character past Latin-1: never in a Latin-1 text. */
  twoByte: number[];
  /** Indices of literals with CJK, matched stepping over line-break gaps. */
  gapped: number[];
  /** The anchor words as one case-insensitive alternation, longest first. */
  wordPattern: string;
  /** For an anchor word, the lengths of the shorter anchor words it starts with ("infant" in "infants"). */
  prefixes: Record<string, number[]>;
}

export function scannerTables(set: AnchorSet): ScannerTables {
  const indices = (test: (l: string) => boolean) => set.literals.flatMap((l, i) => (test(l) ? [i] : []));
  const prefixes: Record<string, number[]> = {};
  for (const w of set.words) {
    const lens = set.words.filter((p) => p !== w && w.startsWith(p)).map((p) => p.length);
    if (lens.length) prefixes[w] = lens;
  }
  return {
    twoByte: indices((l) => /[^\x00-\xff]/.test(l)),
    gapped: indices((l) => l.length > 1 && [...l].some((c) => isCjk(c.charCodeAt(0)))),
    // Where two anchors start together the regex takes the first it lists,
    // and only the longer can be a whole word there.
    wordPattern: [...set.words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|'),
    prefixes,
  };
}

export class AnchorScanner {
  /** Wu-Manber tables (32 KB) are built for the first text too long for the regex. */
  private words: WordAnchorScanner | null = null;
  private wordRegex: RegExp | null = null;
  private readonly literals: string[];
  private readonly needsTwoByte: boolean[];
  private readonly gapped: boolean[];
  private readonly tables: ScannerTables;

  constructor(
    readonly set: AnchorSet,
    private readonly regexBelow = REGEX_BELOW,
    /** Built with the anchors where they are built (the gate's come from the build); else here. */
    tables?: ScannerTables,
  ) {
    this.tables = tables ?? scannerTables(set);
    this.literals = set.literals;
    this.needsTwoByte = set.literals.map((_, i) => this.tables.twoByte.includes(i));
    this.gapped = set.literals.map((_, i) => this.tables.gapped.includes(i));
  }

  /**
   * Calls `hit` for anchor occurrences, in no particular order. Words and
   * acronyms count only whole (an anchor is a whole word of its terms, so
   * "machine" in "machinery" can be no term's); CJK counts anywhere. True
   * when `hit` stopped the scan.
   */
  scan(text: string, hit: AnchorHit, from = 0, to = text.length): boolean {
    // Latin-1 text cannot hold CJK or fullwidth characters: one native test
    // saves an indexOf pass per CJK anchor and the width folding below.
    const twoByte = NON_LATIN1.test(text);
    // Fullwidth letters fold one code unit to one, so offsets stay valid.
    // Only letters, digits and the dot matter (Chinese punctuation is
    // fullwidth too, and would otherwise copy every Chinese page).
    const haystack = twoByte && FULLWIDTH_ALNUM.test(text) ? text.replace(FULLWIDTH_ALNUM_ALL, unFullwidthChar) : text;
    const whole: AnchorHit = (s, e) => !isWordChar(text.charCodeAt(s - 1)) && !isWordChar(text.charCodeAt(e)) && hit(s, e);
    if (this.set.words.length) {
      const stopped =
        haystack.length < this.regexBelow
          ? this.scanWordsWithRegex(haystack, whole, from, to)
          : (this.words ??= new WordAnchorScanner(this.set.words)).scan(text, whole, from, to);
      if (stopped) return true;
    }
    for (let a = 0; a < this.literals.length; a++) {
      if (this.needsTwoByte[a] && !twoByte) continue;
      const lit = this.literals[a]!;
      if (!this.gapped[a]) {
        const bounded = isWordChar(lit.charCodeAt(0)) || isWordChar(lit.charCodeAt(lit.length - 1));
        let i = haystack.indexOf(lit, from);
        while (i >= 0 && i < to) {
          if ((!bounded || boundedAt(text, i, i + lit.length, lit)) && hit(i, i + lit.length) === true) return true;
          i = haystack.indexOf(lit, i + 1);
        }
        continue;
      }
      // CJK may be split by a gap (a line wrapped in the page's source):
      // find the first character, then match the rest stepping over gaps.
      let i = haystack.indexOf(lit[0]!, from);
      while (i >= 0 && i < to) {
        const end = matchGapped(haystack, i, lit);
        if (end > 0 && hit(i, end) === true) return true;
        i = haystack.indexOf(lit[0]!, i + 1);
      }
    }
    return false;
  }

  private scanWordsWithRegex(haystack: string, hit: AnchorHit, from: number, to: number): boolean {
    const re = (this.wordRegex ??= new RegExp(this.tables.wordPattern, 'gi'));
    const prefixes = this.tables.prefixes;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(haystack)) !== null && m.index < to) {
      if (hit(m.index, m.index + m[0].length) === true) return true;
      // A shorter anchor at the same place ("infant" in "infants") can be
      // whole too where the next character is fullwidth: report it as
      // Wu-Manber would.
      const word = m[0].toLowerCase();
      if (Object.hasOwn(prefixes, word)) for (const len of prefixes[word]!) if (hit(m.index, m.index + len) === true) return true;
      re.lastIndex = m.index + 1;
    }
    return false;
  }

  /** True when the text holds any anchor: the cheap "is there anything at all?" gate. */
  any(text: string): boolean {
    return this.scan(text, () => true);
  }
}

/** Word boundaries where the literal's own edge is a word character. */
function boundedAt(text: string, s: number, e: number, lit: string): boolean {
  if (isWordChar(lit.charCodeAt(0)) && isWordChar(text.charCodeAt(s - 1))) return false;
  return !(isWordChar(lit.charCodeAt(lit.length - 1)) && isWordChar(text.charCodeAt(e)));
}

const NON_LATIN1 = /[^\x00-\xff]/;
const FULLWIDTH_ALNUM = /[\uFF0E\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const FULLWIDTH_ALNUM_ALL = /[\uFF0E\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
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
