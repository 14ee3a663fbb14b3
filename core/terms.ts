// How a topic term (a phrase written by a person) becomes a sequence of atoms
// that both the fast scanner and the naive reference matcher interpret the
// same way. Matching rules live here and only here.

export type Atom =
  | { kind: 'letter'; ch: string; caseSensitive: boolean } // ch: the letter as written (ASCII)
  | { kind: 'digit'; ch: string }
  | { kind: 'sep' } // a run of whitespace, zero-width spaces and dashes
  | { kind: 'apos' }
  | { kind: 'quote' }
  | { kind: 'char'; ch: string }; // any other character, matched as itself (or its fullwidth form)

export interface ParsedTerm {
  /** The term as written in the topic, after expansion of (a|b) groups. */
  text: string;
  atoms: Atom[];
  /** Canonical form: what any matching text folds to. Equal keys match equal texts. */
  key: string;
  /** Needs "no ASCII word character" before / after. */
  boundaryStart: boolean;
  boundaryEnd: boolean;
}

/** Why a term cannot be looked for, as data for the interface (see TermError). */
export type TermProblem =
  | { code: 'termBrackets' }
  | { code: 'termNested' }
  | { code: 'termNoLetters' }
  | { code: 'termSentenceEnd'; char: string }
  | { code: 'termNoAnchor' };

/** The message is for developers (topic files); `problem` is what the interface words for a reader. */
export class TermError extends Error {
  readonly problem: TermProblem;
  constructor(message: string, problem: TermProblem) {
    super(message);
    this.problem = problem;
  }
}

/** Characters a `sep` atom consumes: JS whitespace (\s), zero-width spaces, dashes. */
export function isSepChar(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x2000) return c === 45 || c === 0xa0 || c === 0x1680;
  return (
    c <= 0x200d || // en quad .. zero-width joiner
    (c >= 0x2010 && c <= 0x2015) || // hyphen .. horizontal bar
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x2212 ||
    c === 0x3000 ||
    c === 0xfe58 ||
    c === 0xfe63 ||
    c === 0xfeff ||
    c === 0xff0d
  );
}

/** Straight and typographic apostrophes, primes and accents used as apostrophes. */
export function isApos(c: number): boolean {
  return c === 39 || c === 96 || c === 0xb4 || c === 0x2bc || (c >= 0x2018 && c <= 0x201b) || c === 0x2032 || c === 0xff07;
}

export function isQuote(c: number): boolean {
  return c === 34 || (c >= 0x201c && c <= 0x201f) || c === 0x2033 || c === 0xff02;
}

/**
 * Han, kana and Hangul. Text in these scripts has no spaces between words, so
 * a space or line break next to one of them (a line wrapped in the page's
 * source, "AI 治理" beside "AI治理") is optional in a match.
 */
export function isCjk(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff);
}

/** A term atom written in one of those scripts. */
export function isCjkAtom(a: Atom | undefined): boolean {
  return a !== undefined && a.kind === 'char' && isCjk(a.ch.charCodeAt(0));
}

/** The ASCII word characters that `\b` knows; used for term boundaries. */
export function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/**
 * The last dot of "A.I." or "U.S." is not a sentence end: an upper-case
 * letter with a dot before it. `i` is the index of the dot.
 */
export function isDottedAcronymEnd(text: string, i: number): boolean {
  const letter = unFullwidth(text.charCodeAt(i - 1));
  return letter >= 65 && letter <= 90 && unFullwidth(text.charCodeAt(i - 2)) === 46;
}

/** Fullwidth ASCII (U+FF01..FF5E) to ASCII; anything else unchanged. */
export function unFullwidth(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/** Case- and width-folded code for comparing against a case-insensitive letter. */
export function foldCode(code: number): number {
  const c = unFullwidth(code);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Expands `(a|b|c)` groups into alternatives; a group with one alternative is
 * optional: `model(s)` is "model" and "models". One level, no nesting.
 */
export function expandTerm(text: string): string[] {
  const open = text.indexOf('(');
  if (open < 0) {
    if (text.includes(')')) throw new TermError(`unbalanced ")" in term "${text}"`, { code: 'termBrackets' });
    return [text];
  }
  const close = text.indexOf(')', open);
  if (close < 0) throw new TermError(`unbalanced "(" in term "${text}"`, { code: 'termBrackets' });
  const inner = text.slice(open + 1, close);
  if (inner.includes('(')) throw new TermError(`nested groups are not supported in term "${text}"`, { code: 'termNested' });
  const options = inner.split('|');
  if (options.length === 1) options.push('');
  const head = text.slice(0, open);
  const tails = expandTerm(text.slice(close + 1));
  const out: string[] = [];
  for (const option of options) for (const tail of tails) out.push(head + option + tail);
  return out;
}

/**
 * A word is an acronym, matched case-sensitively, when it has two or more
 * capital letters and no lower-case letter but a plural "s": AI, A.I., WIC,
 * LLMs. Everything else matches in any case: "Wuzhen" also finds "WUZHEN".
 */
export function isAcronymWord(word: string): boolean {
  const w = /[A-Z]s$/.test(word) ? word.slice(0, -1) : word;
  return /^[A-Z0-9.]+$/.test(w) && (w.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

export function parseTerm(raw: string): ParsedTerm {
  const text = raw.normalize('NFC').trim();
  if (!text) throw new TermError('a term is empty', { code: 'termNoLetters' });
  const atoms: Atom[] = [];
  // Words decide case sensitivity; split on what becomes a separator.
  const chars = [...text];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    const code = unFullwidth(c.charCodeAt(0));
    if (c.length === 1 && isSepChar(c.charCodeAt(0))) {
      if (atoms.length && atoms[atoms.length - 1]!.kind !== 'sep') atoms.push({ kind: 'sep' });
      i++;
      continue;
    }
    if (isWordChar(code)) {
      // A word runs over letters, digits and dots between or after them
      // ("A.I."); its letters are case-sensitive when it is an acronym.
      let j = i + 1;
      while (j < chars.length) {
        const k = unFullwidth(chars[j]!.charCodeAt(0));
        if (!isWordChar(k) && k !== 46) break;
        j++;
      }
      const word = chars
        .slice(i, j)
        .map((x) => String.fromCharCode(unFullwidth(x.charCodeAt(0))))
        .join('');
      const cs = isAcronymWord(word);
      for (const ch of word) {
        if (/[A-Za-z]/.test(ch)) atoms.push({ kind: 'letter', ch, caseSensitive: cs });
        else if (/[0-9_]/.test(ch)) atoms.push({ kind: 'digit', ch });
        else atoms.push({ kind: 'char', ch });
      }
      i = j;
      continue;
    }
    if (isApos(c.charCodeAt(0))) atoms.push({ kind: 'apos' });
    else if (isQuote(c.charCodeAt(0))) atoms.push({ kind: 'quote' });
    else atoms.push({ kind: 'char', ch: c.length > 1 ? c : String.fromCharCode(code) });
    i++;
  }
  if (atoms[atoms.length - 1]?.kind === 'sep') atoms.pop();
  // Next to CJK a separator is optional anyway (see isCjk): dropping it makes
  // "AI 治理" and "AI治理" the same term.
  for (let k = atoms.length - 2; k > 0; k--) {
    if (atoms[k]!.kind === 'sep' && (isCjkAtom(atoms[k - 1]) || isCjkAtom(atoms[k + 1]))) atoms.splice(k, 1);
  }
  if (!atoms.length) throw new TermError(`term "${raw}" has no letters or characters to match`, { code: 'termNoLetters' });
  // Detection scans sentence by sentence, so no term may run past a sentence
  // end: "." only between letters, last, or closing a dotted acronym ("A.I.
  // rules": see isDottedAcronymEnd), "!" and "?" only last, no "。".
  atoms.forEach((a, k) => {
    if (a.kind !== 'char') return;
    const next = atoms[k + 1];
    const prev = atoms[k - 1];
    const prev2 = atoms[k - 2];
    const closesAcronym = prev?.kind === 'letter' && prev.caseSensitive && prev2?.kind === 'char' && prev2.ch === '.';
    const bad =
      a.ch === '\u3002' ||
      ((a.ch === '!' || a.ch === '?') && next) ||
      (a.ch === '.' && next && next.kind !== 'letter' && next.kind !== 'digit' && !closesAcronym);
    if (bad) {
      const problem = { code: 'termSentenceEnd', char: a.ch } as const;
      throw new TermError(`term "${raw}" has "${a.ch}" where a sentence could end; split it into two terms`, problem);
    }
  });
  const first = atoms[0]!;
  const last = atoms[atoms.length - 1]!;
  const wordAtom = (a: Atom) => a.kind === 'letter' || a.kind === 'digit';
  return {
    text,
    atoms,
    key: atoms.map(atomKey).join(''),
    boundaryStart: wordAtom(first),
    boundaryEnd: wordAtom(last),
  };
}

export function atomKey(a: Atom): string {
  switch (a.kind) {
    case 'letter':
      return a.ch.toLowerCase();
    case 'digit':
    case 'char':
      return a.ch;
    case 'sep':
      return ' ';
    case 'apos':
      return "'";
    case 'quote':
      return '"';
  }
}

/** Does `text` (already known to fold to the term's key) honour its case-sensitive letters? */
export function caseMatches(term: ParsedTerm, text: string): boolean {
  let t = 0;
  term.atoms.forEach((atom, k) => {
    if (atom.kind === 'sep') {
      while (t < text.length && isSepChar(text.charCodeAt(t))) t++;
      return;
    }
    if (k > 0 && (isCjkAtom(atom) || isCjkAtom(term.atoms[k - 1]))) {
      while (t < text.length && isSepChar(text.charCodeAt(t))) t++;
    }
    if (atom.kind === 'letter' && atom.caseSensitive && unFullwidth(text.charCodeAt(t)) !== atom.ch.charCodeAt(0)) t = NaN;
    t += atom.kind === 'char' ? atom.ch.length : 1;
  });
  return !Number.isNaN(t);
}
