// The content gate's second look at a word anchor. Anchor words are chosen
// for cost, so some are everyday words ("model", "internet", "machine") that
// turn up on pages about anything ("Tesla's Model S"). A topic needs at least
// one anchored term on the page (a name, an acronym, a subject: see detect.ts),
// so where an anchor word is found the gate asks whether any anchored term
// that holds that word is written around it, before it loads the engine.
//
// The check is lenient by construction: it compares the term's key (terms.ts:
// lower case, one space for any separator run, one apostrophe and one quote)
// with the text around the hit folded the same way, as a plain substring
// with no word boundaries, so it says yes wherever the detector could; where
// it cannot judge (a term with CJK, which folds script; a window cut off by a
// slice of the text) it says yes too.
//
// Ships in: content.js (the gate), background.js (the table of a plan with the reader's own topics, gate-tables.ts), and the build (the built-in topics' table).

import type { DetectorPlan } from './detect.ts';
import type { Role } from './topic-schema.ts';
import { isApos, isQuote, isSepChar, isWordChar, unFullwidth } from './terms.ts';

/** Roles whose terms make a sentence worth scanning: a topic needs one of them on the page. */
export const ANCHORED: ReadonlySet<Role> = new Set(['name', 'support', 'acronym', 'clarifier', 'other-meaning', 'subject']);

/** For each anchor word, the keys of the anchored terms that hold it; null where the gate cannot judge (a key with CJK). */
export type AnchorTerms = Record<string, string[] | null>;

const ASCII = /^[\x00-\x7f]*$/;

/** Built once per plan: at build time for the built-in topics, in the gate for the reader's own. */
export function anchorTermsOf(plan: Pick<DetectorPlan, 'scanner' | 'roles'>): AnchorTerms {
  const keys = plan.scanner.terms.filter((_, i) => plan.roles[i]!.some(([, role]) => ANCHORED.has(role))).map(([, key]) => key);
  const out: AnchorTerms = {};
  for (const word of plan.scanner.anchors.words) {
    const holding = keys.filter((key) => holdsWord(key, word));
    // A key that holds a shorter one is found wherever that one is: keep the shorter.
    out[word] = holding.some((key) => !ASCII.test(key)) ? null : [...new Set(holding)].filter((k, _, all) => !all.some((o) => o !== k && k.includes(o)));
  }
  return out;
}

function holdsWord(key: string, word: string): boolean {
  for (let i = key.indexOf(word); i >= 0; i = key.indexOf(word, i + 1)) {
    if (!isWordChar(key.charCodeAt(i - 1)) && !isWordChar(key.charCodeAt(i + word.length))) return true;
  }
  return false;
}

/** The text folded as term keys are: ASCII lower case, width, one space per separator run, one apostrophe, one quote. */
export function foldLikeKeys(text: string): string {
  let out = '';
  let sep = false;
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    if (isSepChar(raw)) {
      if (!sep) out += ' ';
      sep = true;
      continue;
    }
    sep = false;
    if (isApos(raw)) out += "'";
    else if (isQuote(raw)) out += '"';
    else {
      const c = unFullwidth(raw);
      out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
    }
  }
  return out;
}

/**
 * Is any anchored term holding the word found at [start, end) written around
 * it? `openStart`/`openEnd`: the text goes on before/after what `text` holds
 * (a slice of the page), so a window that reaches that edge cannot judge.
 */
export function confirmWordAnchor(
  terms: AnchorTerms,
  text: string,
  start: number,
  end: number,
  openStart = false,
  openEnd = false,
): boolean {
  const word = foldLikeKeys(text.slice(start, end));
  const keys = Object.hasOwn(terms, word) ? terms[word] : null;
  // Not a word anchor of this table (a literal, or an unknown word): the hit stands.
  if (keys === null || keys === undefined) return true;
  if (!keys.length) return false;
  // A whole text (what the gate reads on most pages): each key is compared
  // in place around the word, folded as it is read, with no copies. A page
  // that says "model" a hundred times made the folded windows below cost
  // milliseconds. Where this says no for one hit and the window would say
  // yes (the key written nearby, not around this hit), that nearby key
  // holds its own hit of the word, which says yes: the page's answer is the
  // same (property test).
  if (!openStart && !openEnd) return keys.some((k) => writtenAround(k, word, text, start, end));
  return confirmInWindow(keys, word, text, start, end, openStart, openEnd);
}

/** The check by folded windows around the hit: for a slice of the page, whose cut-off edges it judges. */
export function confirmInWindow(keys: string[], word: string, text: string, start: number, end: number, openStart: boolean, openEnd: boolean): boolean {
  const need = Math.max(...keys.map((k) => k.length));
  // Separator runs shrink when folded: widen the window until each side holds a key's length or the text ends.
  for (let reach = need * 2; ; reach *= 4) {
    const a = Math.max(0, start - reach);
    const b = Math.min(text.length, end + reach);
    const left = foldLikeKeys(text.slice(a, start));
    const right = foldLikeKeys(text.slice(end, b));
    const leftShort = left.length < need && a > 0;
    const rightShort = right.length < need && b < text.length;
    if (leftShort || rightShort) continue;
    if ((left.length < need && openStart) || (right.length < need && openEnd)) return true;
    const window = left + word + right;
    return keys.some((k) => window.includes(k));
  }
}

/** Is `key` written in `text` with the word at [start, end) where the key holds it, folded as foldLikeKeys folds? */
function writtenAround(key: string, word: string, text: string, start: number, end: number): boolean {
  for (let p = key.indexOf(word); p >= 0; p = key.indexOf(word, p + 1)) {
    if (matchesAfter(key, p + word.length, text, end) && matchesBefore(key, p, text, start)) return true;
  }
  return false;
}

/** key[from..] against the folded text from `at` on. */
function matchesAfter(key: string, from: number, text: string, at: number): boolean {
  let i = at;
  for (let j = from; j < key.length; j++) {
    if (i >= text.length) return false;
    const c = text.charCodeAt(i);
    if (isSepChar(c)) {
      while (i < text.length && isSepChar(text.charCodeAt(i))) i++;
      if (key.charCodeAt(j) !== 32) return false;
      continue;
    }
    if (foldKeyChar(c) !== key.charCodeAt(j)) return false;
    i++;
  }
  return true;
}

/** key[..to) against the folded text before `at`, read backwards. */
function matchesBefore(key: string, to: number, text: string, at: number): boolean {
  let i = at - 1;
  for (let j = to - 1; j >= 0; j--) {
    if (i < 0) return false;
    const c = text.charCodeAt(i);
    if (isSepChar(c)) {
      while (i >= 0 && isSepChar(text.charCodeAt(i))) i--;
      if (key.charCodeAt(j) !== 32) return false;
      continue;
    }
    if (foldKeyChar(c) !== key.charCodeAt(j)) return false;
    i--;
  }
  return true;
}

/** One character as foldLikeKeys writes it (not a separator). */
function foldKeyChar(raw: number): number {
  if (isApos(raw)) return 39;
  if (isQuote(raw)) return 34;
  const c = unFullwidth(raw);
  return c >= 65 && c <= 90 ? c + 32 : c;
}
