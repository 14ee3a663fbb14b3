// Which anchors find the terms (see anchors.ts for the pass that looks for
// them): few, cheap and rare ones, by greedy set cover. Build time only: the
// content script gets the chosen anchors as data.

import { COMMON_WORDS, FUNCTION_WORDS } from './common-words.ts';
import { type ParsedTerm, TermError, isAcronymWord, unFullwidth } from './terms.ts';

export interface AnchorSet {
  /** Literal anchors, found with indexOf (acronyms as written and fullwidth; CJK runs). */
  literals: string[];
  /** Lower-case ASCII words, found case- and width-insensitively. */
  words: string[];
  /**
   * Anchors of terms that matter only on a page where a main anchor was
   * found ("the technology" standing for AI): looked for only there, so
   * common words never make a page worth reading. The content gate has none.
   */
  secondary?: { literals: string[]; words: string[] };
}

interface Candidate {
  anchor: string;
  literal: boolean;
  cost: number;
}

/**
 * The anchors a term could be found by: its acronyms, non-ASCII substrings
 * and long words. `spellings` says in how many ways a literal can be written
 * (traditional forms): each is one more indexOf pass, so it multiplies cost.
 */
function candidatesOf(term: ParsedTerm, spellings: (literal: string) => number): Candidate[] {
  // A pass per spelling costs little next to a window opened for nothing:
  // spellings weigh lightly, enough to prefer 人脸 (2) to 识别 (6).
  const spelled = (literal: string) => 1 + (spellings(literal) - 1) / 8;
  const out: Candidate[] = [];
  const text = [...term.text].map((c) => String.fromCharCode(unFullwidth(c.charCodeAt(0)))).join('');
  for (const token of text.split(/[^A-Za-z0-9.]+/)) {
    if (isAcronymWord(token)) {
      out.push({ anchor: token, literal: true, cost: 1 });
      continue;
    }
    for (const w of token.split('.')) {
      if (w.length < 3) continue;
      // Short words shrink the Wu-Manber shift for every page, and common
      // words open windows on pages about nothing: both are a last resort.
      const word = w.toLowerCase();
      out.push({
        anchor: word,
        literal: false,
        cost: FUNCTION_WORDS.has(word) ? 100 : COMMON_WORDS.has(word) ? 6 : word.length >= 6 ? 1 : 4,
      });
    }
  }
  // Outside ASCII, characters match exactly (CJK, accented letters, other
  // scripts), so any run of them can be a literal anchor.
  for (const run of text.match(/[^\x00-\x7f\s\u200B-\u200D\u2060\u2010-\u2015\u2212\u2018-\u201F\u2032\u2033\u02BC\u00B4]+/g) ?? []) {
    for (let len = Math.min(run.length, 6); len >= 2; len--) {
      for (let i = 0; i + len <= run.length; i++) {
        const anchor = run.slice(i, i + len);
        // Two characters out of a longer term are often an everyday word
        // (深度 of 深度合成): they would wake the detector on page after page.
        const common = len === 2 && run.length > 2 ? 2 : 1;
        out.push({ anchor, literal: true, cost: common * spelled(anchor) });
      }
    }
    if (run.length === 1) out.push({ anchor: run, literal: true, cost: 3 * spelled(run) });
  }
  return out;
}

/**
 * Picks few anchors that cover every term: greedy set cover, preferring
 * anchors shared by many terms, then cheap ones, then long ones.
 */
export function chooseAnchors(terms: ParsedTerm[], spellings: (literal: string) => number = () => 1): AnchorSet {
  const covers = new Map<string, { c: Candidate; terms: Set<number> }>();
  terms.forEach((term, i) => {
    const cands = candidatesOf(term, spellings);
    if (!cands.length) {
      throw new TermError(`term "${term.text}" has no word of 3+ letters, acronym or CJK text to be found by`, { code: 'termNoAnchor' });
    }
    for (const c of cands) {
      const k = (c.literal ? 'L:' : 'W:') + c.anchor;
      const entry = covers.get(k) ?? { c, terms: new Set<number>() };
      // An anchor that is a whole term somewhere is not an everyday word.
      if (c.cost < entry.c.cost) entry.c = c;
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
  const ascii = (a: string) => /^[\x00-\x7f]+$/.test(a);
  return {
    literals: [...withoutContained(literals.filter((l) => !ascii(l))), ...new Set(literals.filter(ascii))].sort(),
    words: [...new Set(words)].sort(),
  };
}

/**
 * A CJK anchor that holds another is redundant: every occurrence of 人工智能
 * holds 人工智. (Words and acronyms count only whole, so "AIs" is not found
 * by "AI" and both stay.)
 */
function withoutContained(anchors: string[]): string[] {
  const unique = [...new Set(anchors)];
  return unique.filter((a) => !unique.some((b) => b !== a && a.includes(b)));
}
