// Turns term hits into topic mentions by the rules of each topic definition:
// names count, acronyms count when the page settles their meaning, support
// terms count on a page already about the topic, and subject/aspect pairs
// carry a topic that is discussed without being named.

import { type ScannerPlan, type TermHit, TermScanner, isSentenceBreak, planScanner, termSignature } from './scanner.ts';
import { type Role, type TopicDefinition, topicTerms } from './topic-schema.ts';

export type MentionKind = 'name' | 'acronym' | 'support' | 'pair';

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** For a pair: the subject and aspect words, which is what a reader should see marked. */
  parts?: Array<[number, number]>;
}

export interface TopicMatch {
  id: string;
  label: string;
  mentions: Mention[];
}

/** A detector as plain data (see ScannerPlan): compile once, load anywhere. */
export interface DetectorPlan {
  version: 1;
  topics: PlannedTopic[];
  scanner: ScannerPlan;
  /** For each scanner term: [topic index, role] for every topic it belongs to. */
  roles: Array<Array<[number, Role]>>;
}

/** What detection needs of a topic beyond its terms. */
export interface PlannedTopic {
  id: string;
  label: string;
  labelZh?: string;
  labelZhTW?: string;
  pairs?: { maxGap: number; minPairs: number };
  /** A recurring event: see TopicDefinition.event. */
  event?: true;
}

// Aspects and blockers matter only beside a subject, so they never make a
// sentence worth scanning: that keeps "rules" and "policy" from waking the
// detector on every page.
const ANCHORED: ReadonlySet<Role> = new Set(['name', 'support', 'acronym', 'clarifier', 'other-meaning', 'subject']);

export function planDetector(topics: readonly TopicDefinition[]): DetectorPlan {
  const all = topics.flatMap((topic, t) => topicTerms(topic).map((x) => ({ ...x, topic: t })));
  const { index, ...scanner } = planScanner(
    all.map((x) => x.text),
    all.map((x) => ANCHORED.has(x.role)),
  );
  const roles: DetectorPlan['roles'] = scanner.terms.map(() => []);
  for (const x of all) {
    const list = roles[index.get(termSignature(x.text))!]!;
    if (!list.some(([t, r]) => t === x.topic && r === x.role)) list.push([x.topic, x.role]);
  }
  const planned = topics.map(({ id, label, labelZh, labelZhTW, cooccurrence: c, event }): PlannedTopic => ({
    id,
    label,
    ...(labelZh ? { labelZh } : {}),
    ...(labelZhTW ? { labelZhTW } : {}),
    ...(c ? { pairs: { maxGap: c.maxGap, minPairs: c.minPairs } } : {}),
    ...(event ? { event: true as const } : {}),
  }));
  return { version: 1, topics: planned, scanner, roles };
}

export class Detector {
  readonly scanner: TermScanner;

  constructor(readonly plan: DetectorPlan) {
    this.scanner = new TermScanner(plan.scanner);
  }

  /** Topics the text is about (of `enabled`, or all), in plan order, mentions in text order. */
  detect(text: string, enabled?: ReadonlySet<string>): TopicMatch[] {
    return detectFromHits(text, this.scanner.scan(text), this.plan, enabled);
  }
}

/** Split out so tests can feed hits from the naive reference matcher. */
export function detectFromHits(
  text: string,
  hits: readonly TermHit[],
  plan: DetectorPlan,
  enabled?: ReadonlySet<string>,
): TopicMatch[] {
  const perTopic = plan.topics.map(() => new Map<Role, TermHit[]>());
  for (const hit of hits) {
    const seen = new Set<string>();
    for (const term of hit.terms) {
      for (const [topic, role] of plan.roles[term]!) {
        const k = `${topic}:${role}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const byRole = perTopic[topic]!;
        const list = byRole.get(role);
        if (list) list.push(hit);
        else byRole.set(role, [hit]);
      }
    }
  }
  const out: TopicMatch[] = [];
  plan.topics.forEach((topic, t) => {
    if (enabled && !enabled.has(topic.id)) return;
    const mentions = topicMentions(text, topic, perTopic[t]!);
    if (mentions.length) out.push({ id: topic.id, label: topic.label, mentions });
  });
  return out;
}

function topicMentions(text: string, topic: PlannedTopic, byRole: Map<Role, TermHit[]>): Mention[] {
  const get = (r: Role) => byRole.get(r) ?? [];
  const names = get('name').map((h) => mention(h, 'name'));
  const acronyms = settledAcronyms(get('acronym'), [...get('name'), ...get('clarifier')], get('other-meaning'));
  const pairs = topic.pairs ? pairMentions(text, get('subject'), get('aspect'), topic.pairs.maxGap) : [];
  const named = names.length + acronyms.length > 0;
  const established = named || (topic.pairs !== undefined && pairs.length >= topic.pairs.minPairs);
  if (!established) return [];
  const mentions = [...names, ...acronyms];
  mentions.push(...get('support').map((h) => mention(h, 'support')));
  // A pair inside a named mention is the same mention said twice.
  mentions.push(...pairs.filter((p) => !names.some((n) => n.start < p.end && p.start < n.end)));
  return mentions.sort((a, b) => a.start - b.start);
}

const mention = (h: TermHit, kind: MentionKind): Mention => ({ start: h.start, end: h.end, kind });

/**
 * An acronym takes the meaning of the nearest explanation before it (the
 * usual "World Internet Conference (WIC)" pattern), or failing that the
 * nearest after it. Unexplained, it does not count.
 */
function settledAcronyms(acronyms: TermHit[], own: TermHit[], other: TermHit[]): Mention[] {
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
    if (meaning?.own) out.push(mention(hit, 'acronym'));
  }
  return out;
}

function pairMentions(text: string, subjects: TermHit[], aspects: TermHit[], maxGap: number): Mention[] {
  if (!subjects.length || !aspects.length) return [];
  const spans: Array<{ start: number; end: number; parts: Array<[number, number]> }> = [];
  let s = 0;
  for (const a of aspects) {
    while (s < subjects.length && subjects[s]!.end <= a.start) s++;
    const candidates = [subjects[s - 1], subjects[s]].filter((x): x is TermHit => x !== undefined);
    let best: TermHit | null = null;
    let bestGap = Infinity;
    for (const sub of candidates) {
      const [from, to] = sub.end <= a.start ? [sub.end, a.start] : [a.end, sub.start];
      const gap = to - from;
      if (gap < 0 || gap > maxGap || gap >= bestGap) continue;
      if (hasBreak(text, from, to)) continue;
      best = sub;
      bestGap = gap;
    }
    if (best) {
      const parts: Array<[number, number]> = [
        [best.start, best.end],
        [a.start, a.end],
      ];
      parts.sort((x, y) => x[0] - y[0]);
      spans.push({ start: parts[0]![0], end: parts[1]![1], parts });
    }
  }
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
