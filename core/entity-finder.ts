// Finds who and what a text is about: entities of the gazetteer by any of
// their names (in either language), and other proper names ("Merriam-Webster",
// "Daniel Zhang Yong") by capitalisation, so that ranking can prefer passages
// about the same people and things as the page.

import { ENTITIES, type EntityDefinition, type EntityKind } from './entities.ts';
import { type ScannerOptions, type ScannerPlan, TermScanner, planScanner, termSignature } from './scanner.ts';
import { expandTerm } from './terms.ts';

export interface EntityHit {
  /** "e:<entity id>" for a gazetteer entity, "p:<lower-case name>" for another proper name. */
  key: string;
  start: number;
  end: number;
  /** Found through another entity's name (EntityDefinition.also), not named itself. */
  implied?: true;
}

// A run of capitalised words, allowing the small words inside names
// ("Cyberspace Administration of China", "Bank of England").
const PROPER =
  /\b[A-Z][\p{L}'’.-]*[\p{L}](?:\s+(?:(?:of|for|on|and|the|de|van|von|al)\s+)?[A-Z][\p{L}'’.-]*[\p{L}])*/gu;

// Capitalised because of their place or their grammar, not because they name anything.
const NOT_NAMES = new Set(
  `the a an this that these those it its he she they we i you his her their our but and or if in on at to for of as by
  with from after before when while however although though also yet still then there here what which who why how
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december mr mrs ms dr photo read share related subscribe overall despite during many some several
  meanwhile instead only even just one two three internet web`.split(/\s+/),
);

/** An entity finder as plain data, built once (see ScannerPlan). */
export interface EntityPlan {
  scanner: ScannerPlan;
  /** Entity id of each scanner term. */
  owners: string[];
  /** Display name of each entity id. */
  names: Record<string, string>;
  /** What each entity id is: a place weighs less than a person or a law. */
  kinds: Record<string, EntityKind>;
  /** Entities a mention of an entity is also about (EntityDefinition.also). */
  also?: Record<string, string[]>;
}

export function planEntities(entities: readonly EntityDefinition[] = ENTITIES, options: ScannerOptions = {}): EntityPlan {
  const names = entities.flatMap((e) => e.names.flatMap((n) => expandTerm(n).map((text) => ({ text, id: e.id }))));
  const { index, ...scanner } = planScanner(
    names.map((n) => n.text),
    names.map(() => true),
    options,
  );
  const owners: string[] = new Array(scanner.terms.length);
  for (const n of names) owners[index.get(termSignature(n.text, options.fold))!] ??= n.id;
  return {
    scanner,
    owners,
    names: Object.fromEntries(entities.map((e) => [e.id, e.names[0]!])),
    kinds: Object.fromEntries(entities.map((e) => [e.id, e.kind])),
    also: Object.fromEntries(entities.filter((e) => e.also?.length).map((e) => [e.id, e.also!])),
  };
}

export class EntityFinder {
  private readonly scanner: TermScanner;

  constructor(readonly plan: EntityPlan = planEntities()) {
    this.scanner = new TermScanner(plan.scanner);
  }

  /** Entities and proper names in text order; a gazetteer name wins over a capitalised run. */
  find(text: string): EntityHit[] {
    const hits: EntityHit[] = [];
    for (const h of this.scanner.scan(text)) {
      const owner = this.plan.owners[h.terms[0]!];
      if (!owner) continue;
      hits.push({ key: `e:${owner}`, start: h.start, end: h.end });
      for (const more of this.plan.also?.[owner] ?? []) hits.push({ key: `e:${more}`, start: h.start, end: h.end, implied: true });
    }
    const known = hits.slice();
    // Gazetteer hits are in text order and do not overlap, and so are the
    // capitalised runs: a hit that ends before one run ends before every
    // later one. Skipped for good, each run meets only the hits beside it
    // (with every hit checked per run, long pages cost runs x hits).
    let from = 0;
    PROPER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PROPER.exec(text)) !== null) {
      while (from < known.length && known[from]!.end <= m.index) from++;
      for (const [start, end] of splitAround(m.index, m.index + m[0].length, known, from)) {
        const name = properName(text, start, end);
        if (name) hits.push({ key: `p:${name.text.toLowerCase()}`, start: name.start, end: name.end });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  }
}

/** The parts of [start, end) not covered by a gazetteer hit (`known` in text order; those before `from` end before `start`). */
function splitAround(start: number, end: number, known: EntityHit[], from: number): Array<[number, number]> {
  let parts: Array<[number, number]> = [[start, end]];
  for (let i = from; i < known.length && known[i]!.start < end; i++) {
    const k = known[i]!;
    if (k.end <= start) continue;
    parts = parts.flatMap(([s, e]): Array<[number, number]> => {
      if (k.end <= s || k.start >= e) return [[s, e]];
      const out: Array<[number, number]> = [];
      if (k.start > s) out.push([s, k.start]);
      if (k.end < e) out.push([k.end, e]);
      return out;
    });
  }
  return parts;
}

/** Trims a capitalised run to a name worth keeping, or null. */
function properName(text: string, start: number, end: number): { text: string; start: number; end: number } | null {
  const words: Array<[number, number]> = [];
  const re = /[\p{L}'’.-]+/gu;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < end) words.push([m.index, Math.min(end, m.index + m[0].length)]);
  const word = (w: [number, number]) => text.slice(w[0], w[1]).replace(/['’]s$/, '').replace(/\.$/, '');
  // "China-based", "US-led": a name turned into a description, not a name.
  const notName = (w: [number, number]) => NOT_NAMES.has(word(w).toLowerCase()) || !/^\p{Lu}/u.test(word(w)) || /-\p{Ll}/u.test(word(w));
  while (words.length && notName(words[0]!)) words.shift();
  while (words.length && notName(words[words.length - 1]!)) words.pop();
  if (!words.length) return null;
  const s = words[0]![0];
  const e = words[words.length - 1]![1];
  const name = text.slice(s, e).replace(/['’]s$/, '').replace(/\.$/, '');
  if (words.length === 1) {
    // One capitalised word opening a sentence is usually just a capital.
    const before = text.slice(Math.max(0, s - 3), s);
    if (s === 0 || /[.!?:"“]\s*$|\n\s*$/.test(before)) return null;
    if (name.length < 3) return null;
  }
  return { text: name, start: s, end: s + name.length };
}
