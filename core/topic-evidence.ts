// How a topic that is not named is still recognised: evidence from the
// sentences that say something of its subject. A sentence holding a subject
// (or a stand-in for one: "the technology" after "AI") and aspects said of it
// ("regulation", "rules") within a few words gives evidence: a strong aspect
// settles the topic on its own, weak ones add up, and one sentence counts at
// most as much as one strong pair, so a single sentence of vocabulary cannot
// outweigh a page. Also here: settling what an acronym means.

import { STAND_IN_REACH, type TermHit, isSentenceBreak } from './scanner.ts';

export type MentionKind = 'name' | 'acronym' | 'support' | 'pair';

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** For a pair: the subject and aspect words it joins (marks show the phrase from start to end). */
  parts?: Array<[number, number]>;
}

export interface PairRule {
  maxGap: number;
  strongGap: number;
  minPairs: number;
}

export interface PairHits {
  subjects: readonly TermHit[];
  standIns: readonly TermHit[];
  aspects: readonly TermHit[];
  strong: readonly TermHit[];
}

/** Evidence of the topic on a page: 1 or more means the page is about it. */
export interface PairEvidence {
  mentions: Mention[];
  weight: number;
}

export function pairEvidence(text: string, hits: PairHits, rule: PairRule): PairEvidence {
  const { subjects, aspects, strong } = hits;
  if (!aspects.length && !strong.length) return { mentions: [], weight: 0 };
  // A stand-in counts where a subject came before it, not too far back.
  const standIns = hits.standIns.filter((s) => subjects.some((x) => x.end <= s.start && s.start - x.end <= STAND_IN_REACH));
  const subjectsAll = mergeByStart(subjects, standIns);
  if (!subjectsAll.length) return { mentions: [], weight: 0 };
  const said = [
    ...aspects.map((h) => ({ h, weight: 1 / rule.minPairs, gap: rule.maxGap })),
    ...strong.map((h) => ({ h, weight: 1, gap: rule.strongGap })),
  ].sort((a, b) => a.h.start - b.h.start);
  const spans: Array<{ start: number; end: number; parts: Array<[number, number]> }> = [];
  // Per sentence (keyed by its start): the distinct aspect terms said of a subject there.
  const perSentence = new Map<number, Map<number, number>>();
  let s = 0;
  for (const { h: a, weight, gap } of said) {
    while (s < subjectsAll.length && subjectsAll[s]!.end <= a.start) s++;
    const best = nearestSubject(text, a, [subjectsAll[s - 1], subjectsAll[s]], gap);
    if (!best) continue;
    const parts: Array<[number, number]> = [
      [best.start, best.end],
      [a.start, a.end],
    ];
    parts.sort((x, y) => x[0] - y[0]);
    spans.push({ start: parts[0]![0], end: parts[1]![1], parts });
    const sentence = sentenceStart(text, Math.min(a.start, best.start));
    const terms = perSentence.get(sentence) ?? new Map<number, number>();
    const term = a.terms[0]!;
    terms.set(term, Math.max(terms.get(term) ?? 0, weight));
    perSentence.set(sentence, terms);
  }
  let total = 0;
  for (const terms of perSentence.values()) {
    let sum = 0;
    for (const w of terms.values()) sum += w;
    total += Math.min(1, sum);
  }
  return { mentions: merge(spans), weight: total };
}

function mergeByStart(a: readonly TermHit[], b: readonly TermHit[]): TermHit[] {
  return b.length ? [...a, ...b].sort((x, y) => x.start - y.start) : [...a];
}

/** The closer of the subjects on either side, in the same sentence and within reach; null when neither is. */
function nearestSubject(text: string, a: TermHit, candidates: Array<TermHit | undefined>, maxGap: number): TermHit | null {
  let best: TermHit | null = null;
  let bestGap = Infinity;
  for (const sub of candidates) {
    if (!sub) continue;
    const [from, to] = sub.end <= a.start ? [sub.end, a.start] : [a.end, sub.start];
    const gap = to - from;
    if (gap < 0 || gap > maxGap || gap >= bestGap) continue;
    if (hasBreak(text, from, to)) continue;
    best = sub;
    bestGap = gap;
  }
  return best;
}

function merge(spans: Array<{ start: number; end: number; parts: Array<[number, number]> }>): Mention[] {
  spans.sort((x, y) => x.start - y.start);
  const merged: Mention[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      for (const p of span.parts) if (!last.parts!.some((q) => q[0] === p[0])) last.parts!.push(p);
      last.parts!.sort((x, y) => x[0] - y[0]);
    } else merged.push({ start: span.start, end: span.end, kind: 'pair', parts: span.parts });
  }
  return merged;
}

/** A sentence end or a line break between two words: they are not said of each other. */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isSentenceBreak(text, k) || text.charCodeAt(k) === 10) return true;
  return false;
}

function sentenceStart(text: string, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (isSentenceBreak(text, k) || text.charCodeAt(k) === 10) return k + 1;
  return 0;
}

/**
 * An acronym takes the meaning of the nearest explanation before it (the
 * usual "World Internet Conference (WIC)" pattern), or failing that the
 * nearest after it. Unexplained, it does not count.
 */
export function settledAcronyms(acronyms: readonly TermHit[], own: readonly TermHit[], other: readonly TermHit[]): Mention[] {
  if (!acronyms.length || !own.length) return [];
  const markers = [...own.map((h) => ({ at: h.start, own: true })), ...other.map((h) => ({ at: h.start, own: false }))].sort(
    (a, b) => a.at - b.at,
  );
  const out: Mention[] = [];
  for (const hit of acronyms) {
    let before: (typeof markers)[number] | undefined;
    let after: (typeof markers)[number] | undefined;
    for (const m of markers) {
      if (m.at < hit.start) before = m;
      else if (m.at > hit.start) {
        after = m;
        break;
      }
    }
    const meaning = before ?? after;
    if (meaning?.own) out.push({ start: hit.start, end: hit.end, kind: 'acronym' });
  }
  return out;
}
