// Finds every occurrence of a set of terms in a text: leftmost first, the
// longest term at each position, no overlaps. Two passes:
// 1. anchors (anchors.ts) over the whole text, near indexOf speed;
// 2. a walk of a trie of term keys over just the sentences that hold an anchor.
// Terms never span a sentence end, so starting the walk at a sentence start
// gives exactly the matches a scan of the whole text would give there;
// test/unit/core/scanner.property.test.ts checks that against a naive matcher.
//
// Why a hand-walked trie and not one big regex: V8 compiles a regex of a few
// hundred alternatives lazily, in 5-7 ms on first use, on every page load.

import { AnchorScanner } from './anchors.ts';
import { foldMapOf } from './han-fold.ts';
import type { ScannerPlan } from './scanner-plan.ts';

export { type ScannerOptions, type ScannerPlan, planScanner, termSignature } from './scanner-plan.ts';
import {
  type ParsedTerm,
  caseMatches,
  foldCode,
  isApos,
  isCjk,
  isDottedAcronymEnd,
  isQuote,
  isSepChar,
  isWordChar,
  parseTerm,
} from './terms.ts';

export interface TermHit {
  start: number;
  end: number;
  /** Indices into the plan's terms: every term this text is (same key, case honoured). */
  terms: number[];
}


const SEP_KEY = 32;

/** The key character a text character folds to (see keyOfText). */
function keyCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c;
  if (isApos(c)) return 39;
  if (isQuote(c)) return 34;
  return foldCode(c);
}

/**
 * A node of the term trie, its children made on first visit: a page walks a
 * small part of the trie (the first characters of the words around its
 * anchors, a few steps down), and building all of it, hundreds of terms
 * character by character, was the longest part of a cold background's first
 * detection. `ids` are the terms (plan order) whose keys begin with the
 * node's `depth` key characters.
 */
class TrieNode {
  private kids: Map<number, TrieNode> | null = null;
  /** Terms whose key ends here, in plan order. */
  readonly terms: number[] | null;
  /** The key character that leads here is CJK: a gap may follow it. */
  readonly cjk: boolean;
  constructor(
    readonly wordChar: boolean,
    code: number,
    private readonly keys: readonly string[],
    private ids: number[] | null,
    private readonly depth: number,
  ) {
    this.cjk = isCjk(code);
    const ending = ids!.filter((i) => keys[i]!.length === depth);
    this.terms = ending.length ? ending : null;
  }

  get children(): Map<number, TrieNode> {
    if (this.kids) return this.kids;
    const byChar = new Map<number, number[]>();
    for (const i of this.ids!) {
      const key = this.keys[i]!;
      if (key.length === this.depth) continue;
      const c = key.charCodeAt(this.depth);
      const list = byChar.get(c);
      if (list) list.push(i);
      else byChar.set(c, [i]);
    }
    this.ids = null; // its children hold them now
    const kids = new Map<number, TrieNode>();
    for (const [c, ids] of byChar) kids.set(c, new TrieNode(isWordChar(c), c, this.keys, ids, this.depth + 1));
    return (this.kids = kids);
  }
}

export class TermScanner {
  readonly anchors: AnchorScanner;
  private readonly secondary: AnchorScanner | null;
  private trie: TrieNode | null = null;
  private readonly parsed: Array<ParsedTerm | undefined>;
  private readonly fold: Map<number, number>;

  constructor(readonly plan: ScannerPlan) {
    this.parsed = new Array(plan.terms.length);
    this.anchors = new AnchorScanner(plan.anchors);
    this.secondary = plan.anchors.secondary ? new AnchorScanner({ ...plan.anchors.secondary }) : null;
    this.fold = foldMapOf(plan.fold);
  }

  /** A text character as the trie knows it: case, width, quotes and script folded. */
  private key(c: number): number {
    const k = keyCode(c);
    return k >= 0x2e80 && this.fold.size ? (this.fold.get(k) ?? k) : k;
  }

  /** Builds the whole term trie now, rather than a node at a time as scans first reach it. */
  prepare(): void {
    const stack = [this.root];
    for (let node = stack.pop(); node; node = stack.pop()) stack.push(...node.children.values());
  }

  /** Made on first use: most pages stop at the anchor gate and never need it. */
  private get root(): TrieNode {
    return (this.trie ??= this.rootNode());
  }

  private rootNode(): TrieNode {
    const keys = this.plan.terms.map(([, key]) => key);
    return new TrieNode(false, 0, keys, keys.map((_, i) => i), 0);
  }

  term(i: number): ParsedTerm {
    return (this.parsed[i] ??= parseTerm(this.plan.terms[i]![0]));
  }

  /**
   * `anchors`: the anchor pass already made (anchorsIn, piece by piece, by a
   * caller that spreads a long text over several tasks).
   */
  scan(text: string, anchors?: AnchorHits): TermHit[] {
    const hits: TermHit[] = [];
    for (const [ws, we] of this.windows(text, anchors)) {
      let p = ws;
      while (p < we) {
        const hit = this.matchAt(text, p);
        if (hit) {
          hits.push(hit);
          p = hit.end;
          continue;
        }
        // No term starts inside a word: a word character there would be a
        // term's first, and word-first terms need a boundary.
        p++;
        while (p < we && isWordChar(text.charCodeAt(p)) && isWordChar(text.charCodeAt(p - 1))) p++;
      }
    }
    return hits;
  }

  /** The longest term that starts at `p` and honours boundaries and case, or null. */
  matchAt(text: string, p: number): TermHit | null {
    const first = text.charCodeAt(p);
    if (isSepChar(first)) return null;
    const start = this.root.children.get(this.key(first));
    // Inside a word no term may start with a letter; only non-word keys can.
    if (!start || (start.wordChar && p > 0 && isWordChar(text.charCodeAt(p - 1)))) return null;
    // Terminal nodes passed on the way: a case-sensitive miss on the longest
    // falls back to a shorter one.
    const ends: Array<{ end: number; terms: number[] }> = [];
    this.walk(text, start, p + 1, ends);
    if (!ends.length) return null;
    ends.sort((a, b) => b.end - a.end);
    for (const { end, terms } of ends) {
      const matched = text.slice(p, end);
      const valid = terms.filter((t) => !this.plan.terms[t]![2] || caseMatches(this.term(t), matched));
      if (valid.length) return { start: p, end, terms: valid };
    }
    return null;
  }

  /**
   * Follows the text down the trie from `node`, reached just before `i`,
   * noting every term that ends. The path is single except at a gap next to
   * CJK, where a separator edge ("AI governance") and stepping over the gap
   * ("AI 治理" for "AI治理") can both go on: then both are followed.
   */
  private walk(text: string, node: TrieNode, i: number, ends: Array<{ end: number; terms: number[] }>): void {
    for (;;) {
      if (node.terms && !(node.wordChar && i < text.length && isWordChar(text.charCodeAt(i)))) {
        ends.push({ end: i, terms: node.terms });
      }
      if (i >= text.length) return;
      const c = text.charCodeAt(i);
      if (!isSepChar(c)) {
        const next = node.children.get(this.key(c));
        if (!next) return;
        node = next;
        i++;
        continue;
      }
      let after = i + 1;
      while (after < text.length && isSepChar(text.charCodeAt(after))) after++;
      const beyond = after < text.length ? node.children.get(this.key(text.charCodeAt(after))) : undefined;
      if (beyond && (node.cjk || beyond.cjk)) this.walk(text, beyond, after + 1, ends);
      const sep = node.children.get(SEP_KEY);
      if (!sep) return;
      node = sep;
      i = after;
    }
  }

  /**
   * The main anchors of the piece [from, to) of `text`, added to `into`.
   * Pieces cut at sentence ends (pieceEnd) give together what one pass over
   * the whole text gives: no anchor spans a sentence end, and the character
   * before a piece, a sentence end, is no word character.
   */
  anchorsIn(text: string, from = 0, to = text.length, into: AnchorHits = { starts: [], ends: [] }): AnchorHits {
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    this.anchors.scan(piece, (s, e) => {
      into.starts.push(s + from);
      into.ends.push(e + from);
    });
    return into;
  }

  /** Sentence-aligned ranges around every anchor, merged, in order. */
  windows(text: string, anchors?: AnchorHits): Array<[number, number]> {
    const { starts, ends } = anchors ? { starts: [...anchors.starts], ends: [...anchors.ends] } : this.anchorsIn(text);
    const note = (s: number, e: number) => {
      starts.push(s);
      ends.push(e);
    };
    if (!starts.length) return [];
    // A stand-in stands for something said before it, not far back: look
    // only within reach after a main anchor.
    if (this.secondary) {
      for (let [from, to] of reaches(starts, ends, text.length)) {
        // Whole words at both edges, so boundaries are judged as in the whole text.
        while (from > 0 && isWordChar(text.charCodeAt(from - 1))) from--;
        while (to < text.length && isWordChar(text.charCodeAt(to))) to++;
        const slice = text.slice(from, to);
        this.secondary.scan(slice, (s, e) => {
          note(s + from, e + from);
        });
      }
    }
    const order = starts.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]!);
    const out: Array<[number, number]> = [];
    let curStart = -1;
    let curEnd = -1;
    for (const i of order) {
      const s = starts[i]!;
      const e = ends[i]!;
      if (s < curEnd) {
        if (e > curEnd) curEnd = sentenceEnd(text, e);
        continue;
      }
      const ss = sentenceStart(text, s, curEnd);
      if (curEnd >= 0 && ss <= curEnd) {
        // No sentence end since the last window: this one continues it.
        curEnd = sentenceEnd(text, e);
        continue;
      }
      if (curEnd >= 0) out.push([curStart, curEnd]);
      curStart = ss;
      curEnd = sentenceEnd(text, e);
    }
    out.push([curStart, curEnd]);
    return out;
  }
}

/** Where main anchors were found: start and end offsets, in no particular order. */
export interface AnchorHits {
  starts: number[];
  ends: number[];
}

/** The end of a piece of about `size` characters from `from`: just after a sentence end, or the end of the text. */
export function pieceEnd(text: string, from: number, size: number): number {
  for (let k = Math.max(from, from + size - 1); k < text.length; k++) if (isSentenceBreak(text, k)) return k + 1;
  return text.length;
}

/** How far after a main anchor a stand-in ("the technology") can stand for it, in characters. */
export const STAND_IN_REACH = 1500;

/** [start, end + STAND_IN_REACH) of each main anchor, merged, in order. */
function reaches(starts: number[], ends: number[], length: number): Array<[number, number]> {
  const spans = starts.map((s, i): [number, number] => [s, Math.min(length, ends[i]! + STAND_IN_REACH)]).sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push(span);
  }
  return out;
}

/** Does a sentence end at `i`? Windows split here and pairs never cross it. */
export function isSentenceBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return true; // 。！？
  if (c === 46 || c === 33 || c === 63) {
    if (c === 46 && isDottedAcronymEnd(text, i)) return false;
    const next = text.charCodeAt(i + 1);
    return Number.isNaN(next) || isSepChar(next);
  }
  return false;
}

/** Start of the sentence holding `i`; stops early at `floor` (a window already scanned up to there). */
function sentenceStart(text: string, i: number, floor: number): number {
  for (let k = i - 1; k >= 0 && k >= floor; k--) if (isSentenceBreak(text, k)) return k + 1;
  return Math.max(floor, 0);
}

/** End (exclusive) of the sentence that holds position `i - 1`. */
function sentenceEnd(text: string, i: number): number {
  for (let k = i; k < text.length; k++) if (isSentenceBreak(text, k)) return k + 1;
  return text.length;
}
