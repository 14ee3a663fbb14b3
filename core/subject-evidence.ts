// The content gate's look at what is said of a subject. Some main anchors
// are held only by the subjects of sentence evidence ("AI", "chatbot",
// 人工智能): such a word names no topic on its own, a topic needs something
// said of it (an aspect, "regulation", 监管, within a few words; or a
// stand-in, "the technology", within reach after it, with an aspect beside
// that; topic-evidence.ts). Pages say "AI" in passing everywhere (an "AI
// companion" for sale, a menu's "AI" section), and each such page loaded the
// engine and asked the background for nothing. So where every anchor the
// gate finds is such a subject, it looks for what could be said of one
// before it loads the engine.
//
// Lenient by construction, like anchor-confirm.ts: distances are measured
// in folded characters (a separator run counts one, as in term keys), each
// widened by the longest terms on both sides, so an aspect the detector
// could pair with a subject is within reach of that subject's anchor; the
// other anchored terms that hold the anchor (names: "AI Act") count where
// written around it, unless they hold an aspect themselves (then the aspect
// is found). A window that reaches a cut-off edge of a slice says yes. What
// the raw text holds and the reader does not (hidden text inside a
// sentence) can only push a subject and its aspect apart: the gate then says
// no where the detector, reading the visible text, might find a pair.
//
// Ships in: content.js (the gate). The table is built with the plan
// (subject-evidence-plan.ts, gate-tables.ts): at build time for the built-in
// topics, by the background for a plan with the reader's own.

import { foldLikeKeys } from './anchor-confirm.ts';
import { AnchorScanner, type AnchorSet } from './anchors.ts';
import { type FoldMap, type FoldPairs, foldMapOf } from './han-fold.ts';

export interface SubjectEvidence {
  /**
   * The main anchors only subjects hold, keyed as foldLikeKeys writes the
   * anchor, each with the keys of other anchored terms that hold it and
   * hold no aspect (folded to simplified script).
   */
  alone: Record<string, string[]>;
  /**
   * Anchors of the weak aspects and of the strong ones, each with `near`: the
   * folded characters between a subject's anchor and the aspect's that the
   * detector could still pair. (Scanner tables are made where first needed:
   * few pages get there.)
   */
  aspects: Array<{ anchors: AnchorSet; near: number }>;
  standIns: AnchorSet;
  /** Traditional -> simplified pairs the keys in `alone` need. */
  fold?: FoldPairs;
  /** Folded characters from a subject's anchor to a stand-in's that could stand for it. */
  reach: number;
}

type Hit = [start: number, end: number];

/** A page that says more subjects than this is let through as it was before this check: the engine reads it. */
const MOST_SUBJECTS = 32;
/** Folded characters read past each window's reach: more than any anchor of an aspect or stand-in is long. */
export const PAD = 64;

// The text around a subject folded as foldLikeKeys folds it, in native
// replaces: a loop of our own over every character, run once per page and so
// never compiled, cost the gate milliseconds. Each class is what terms.ts
// says (isSepChar, isApos, isQuote, unFullwidth); a test holds them to it.
const SEP_RUNS = /[\t-\r \-\u00a0\u1680\u2000-\u200d\u2010-\u2015\u2028\u2029\u202f\u205f\u2060\u2212\u3000\ufe58\ufe63\ufeff\uff0d]+/g;
const APOS = /['`\u00b4\u02bc\u2018-\u201b\u2032\uff07]/g;
const QUOTES = /["\u201c-\u201f\u2033\uff02]/g;
const FULLWIDTH = /[\uff01-\uff5e]/g;
const UPPER = /[A-Z]+/g;

/** Text folded as term keys are (foldLikeKeys), and Chinese onto simplified script with `fold`. */
export function foldNatively(text: string, fold?: { pattern: RegExp; map: FoldMap }): string {
  const out = text
    .replace(SEP_RUNS, ' ')
    .replace(APOS, "'")
    .replace(QUOTES, '"')
    .replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(UPPER, (w) => w.toLowerCase());
  return fold ? out.replace(fold.pattern, (c) => String.fromCharCode(fold.map.get(c.charCodeAt(0))!)) : out;
}

export class SubjectCheck {
  private aspects: Array<{ scanner: AnchorScanner; near: number }> | null = null;
  private standIns: AnchorScanner | null = null;
  private fold: { pattern: RegExp; map: FoldMap } | undefined | null = null;

  private parsed: SubjectEvidence | null = null;

  /** `source`: the table, or the table as JSON (parsed when first needed). */
  constructor(private readonly source: SubjectEvidence | string) {}

  private get table(): SubjectEvidence {
    this.parsed ??= typeof this.source === 'string' ? (JSON.parse(this.source) as SubjectEvidence) : this.source;
    return this.parsed;
  }

  /** Is the anchor found at [start, end) one that only subjects hold? */
  onlySubject(text: string, start: number, end: number): boolean {
    return Object.hasOwn(this.table.alone, foldLikeKeys(text.slice(start, end)));
  }

  /**
   * May any of these subject hits be part of a topic on this page? `openStart`/
   * `openEnd`: the text goes on before/after what `text` holds. Each is
   * judged in the text around it, folded: there a separator run is one
   * character, as the detector's gaps count it less the white space.
   */
  anySaid(text: string, subjects: Hit[], openStart: boolean, openEnd: boolean): boolean {
    if (subjects.length > MOST_SUBJECTS) return true;
    const t = this.table;
    if (this.fold === null) {
      const map = foldMapOf(t.fold);
      this.fold = map.size ? { map, pattern: new RegExp(`[${String.fromCharCode(...map.keys())}]`, 'g') } : undefined;
    }
    this.aspects ??= t.aspects.map(({ anchors, near }) => ({ scanner: new AnchorScanner(anchors), near }));
    this.standIns ??= new AnchorScanner(t.standIns);
    const nearest = Math.max(...t.aspects.map((a) => a.near));
    for (const [s, e] of subjects) {
      const keys = t.alone[foldLikeKeys(text.slice(s, e))]!;
      const longest = Math.max(0, ...keys.map((k) => k.length));
      // PAD: an aspect or stand-in that starts just outside its reach is read whole, with the character before it.
      const left = this.folded(text, s, -1, Math.max(nearest, longest) + PAD);
      const right = this.folded(text, e, 1, Math.max(t.reach + nearest, longest) + PAD);
      if ((openStart && !left.met) || (openEnd && !right.met)) return true;
      const word = foldNatively(text.slice(s, e), this.fold);
      const around = left.text + word + right.text;
      if (keys.some((k) => around.includes(k))) return true;
      if (this.saidIn(around, [left.text.length, left.text.length + word.length])) return true;
    }
    return false;
  }

  /**
   * At least `need` folded characters of the text before (`step` -1) or
   * after (1) `from`, folded; `met`: there were that many.
   */
  private folded(text: string, from: number, step: 1 | -1, need: number): { text: string; met: boolean } {
    for (let raw = need * 2; ; raw *= 4) {
      const a = step > 0 ? from : Math.max(0, from - raw);
      const b = step > 0 ? Math.min(text.length, from + raw) : from;
      const part = foldNatively(text.slice(a, b), this.fold ?? undefined);
      const whole = step > 0 ? b === text.length : a === 0;
      if (part.length >= need || whole) return { text: part, met: part.length >= need };
    }
  }

  /** In a folded window: is an aspect near the subject at [fs, fe], or near a stand-in within reach after it? */
  private saidIn(window: string, [fs, fe]: Hit): boolean {
    const kinds = this.aspects!.map(({ scanner, near }) => ({ hits: hitsOf(scanner, window), near }));
    if (kinds.every((k) => !k.hits.length)) return false;
    const saidNear = (s: number, e: number) => kinds.some(({ hits, near }) => hits.some(([a, b]) => a <= e + near && b >= s - near));
    if (saidNear(fs, fe)) return true;
    const reach = this.table.reach;
    return hitsOf(this.standIns!, window).some(([a, b]) => a >= fe && a - fe <= reach && saidNear(a, b));
  }
}

function hitsOf(scanner: AnchorScanner, text: string): Hit[] {
  const out: Hit[] = [];
  scanner.scan(text, (s, e) => {
    out.push([s, e]);
  });
  return out;
}
