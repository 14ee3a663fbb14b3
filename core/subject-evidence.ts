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
// Ships in: content.js (the gate; built-in topics only: with the reader's
// own topics the gate does without it). The table is built at build time
// (subject-evidence-plan.ts).

import { foldLikeKeys, confirmInWindow } from './anchor-confirm.ts';
import { AnchorScanner, type AnchorSet } from './anchors.ts';
import { type FoldMap, type FoldPairs, foldMapOf } from './han-fold.ts';
import { isSepChar } from './terms.ts';

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

/** One kind of aspect as found in a text: hits in order, their folded starts, how near they count. */
interface Found {
  hits: Hit[];
  starts: number[];
  near: number;
  longest: number;
}

type Hit = [start: number, end: number];

export class SubjectCheck {
  private aspects: Array<{ scanner: AnchorScanner; near: number; longest: number }> | null = null;
  private standIns: AnchorScanner | null = null;
  private fold: FoldMap | null = null;

  constructor(private readonly table: SubjectEvidence) {}

  /** Is the anchor found at [start, end) one that only subjects hold? */
  onlySubject(text: string, start: number, end: number): boolean {
    return Object.hasOwn(this.table.alone, foldLikeKeys(text.slice(start, end)));
  }

  /**
   * May any of these subject hits be part of a topic on this page? `openStart`/
   * `openEnd`: the text goes on before/after what `text` holds.
   */
  anySaid(text: string, subjects: Hit[], openStart: boolean, openEnd: boolean): boolean {
    const t = this.table;
    this.fold ??= foldMapOf(t.fold);
    for (const [s, e] of subjects) {
      const word = foldLikeKeys(text.slice(s, e));
      const keys = t.alone[word]!;
      if (keys.length && confirmInWindow(keys, word, text, s, e, openStart, openEnd, this.fold)) return true;
    }
    this.aspects ??= t.aspects.map(({ anchors, near }) => ({
      scanner: new AnchorScanner(anchors),
      near,
      longest: Math.max(0, ...[...anchors.literals, ...anchors.words].map((a) => a.length)),
    }));
    const kinds = this.aspects.map(({ scanner, near, longest }) => ({ hits: hitsOf(scanner, text), near, longest }));
    if (kinds.every((k) => !k.hits.length) && !openStart && !openEnd) return false;
    const standIns = hitsOf((this.standIns ??= new AnchorScanner(t.standIns)), text);
    const at = foldedOffsets(text, [subjects, standIns, ...kinds.map((k) => k.hits)]);
    const total = at(text.length);
    const found: Found[] = kinds.map((k) => ({ ...k, starts: k.hits.map(([s]) => at(s)) }));
    // Is an aspect within reach of the folded span [fs, fe]?
    const saidNear = (fs: number, fe: number) =>
      found.some(({ hits, starts, near, longest }) => {
        for (let i = lowerBound(starts, fs - near - longest); i < hits.length && starts[i]! <= fe + near; i++) {
          if (at(hits[i]![1]) >= fs - near) return true;
        }
        return false;
      });
    const nearest = Math.max(...found.map((k) => k.near));
    for (const [s, e] of subjects) {
      const fs = at(s);
      const fe = at(e);
      if ((openStart && fs < nearest) || (openEnd && total - fe < t.reach + nearest)) return true;
      if (saidNear(fs, fe)) return true;
      for (const [a, b] of standIns) {
        const fa = at(a);
        if (fa >= fe && fa - fe <= t.reach && saidNear(fa, at(b))) return true;
      }
    }
    return false;
  }
}

function hitsOf(scanner: AnchorScanner, text: string): Hit[] {
  const out: Hit[] = [];
  scanner.scan(text, (s, e) => out.push([s, e]));
  return out.sort((x, y) => x[0] - y[0]);
}

/** Offset -> length of the text before it folded as keys are (a separator run counts one), for the hits' ends. */
function foldedOffsets(text: string, lists: Hit[][]): (offset: number) => number {
  const wanted = [...new Set([...lists.flat(2), text.length])].sort((a, b) => a - b);
  const folded = new Map<number, number>();
  let n = 0;
  let sep = false;
  let k = 0;
  for (let i = 0; k < wanted.length; i++) {
    while (wanted[k] === i) folded.set(wanted[k++]!, n);
    if (i >= text.length) break;
    const isSep = isSepChar(text.charCodeAt(i));
    if (!isSep || !sep) n++;
    sep = isSep;
  }
  return (offset) => folded.get(offset)!;
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
