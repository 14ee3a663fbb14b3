// Turns term hits into topic mentions by the rules of each topic definition:
// names count, acronyms count when the page settles their meaning, support
// terms count on a page already about the topic, and sentences that say
// something of a subject carry a topic that is discussed without being named
// (topic-evidence.ts).

import { ANCHORED } from './anchor-confirm.ts';
import type { FoldMap } from './han-fold.ts';
import { type AnchorHits, type ScannerPlan, type TermHit, TermScanner, planScanner, termSignature } from './scanner.ts';
import { type Mention, type MentionKind, pairEvidence, settledAcronyms } from './topic-evidence.ts';
import { type Role, type TopicDefinition, topicTerms } from './topic-schema.ts';

export type { Mention };

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
  pairs?: { maxGap: number; strongGap: number; minPairs: number };
  /** A recurring event: see TopicDefinition.event. */
  event?: true;
}

export interface PlanOptions {
  /** Traditional -> simplified, for every character (OpenCC's table; see han-fold.ts). */
  fold?: FoldMap;
  /** Other ways a region writes a term: "人工智慧治理" for "人工智能治理" (OpenCC's phrase tables). */
  variants?: (term: string) => string[];
}

// Aspects and blockers matter only beside a subject, so they never make a
// sentence worth scanning: that keeps "rules" and "policy" from waking the
// detector on every page. Stand-ins ("the technology") are looked for only
// on pages where a main anchor was found. ANCHORED (anchor-confirm.ts) says
// which roles are anchored; the content gate relies on the same set.

export function planDetector(topics: readonly TopicDefinition[], options: PlanOptions = {}): DetectorPlan {
  const all = topics.flatMap((topic, t) =>
    topicTerms(topic).flatMap((x) => [x, ...(options.variants?.(x.text) ?? []).map((text) => ({ ...x, text }))].map((y) => ({ ...y, topic: t }))),
  );
  const { index, ...scanner } = planScanner(
    all.map((x) => x.text),
    all.map((x) => (ANCHORED.has(x.role) ? true : x.role === 'stand-in' ? 'secondary' : false)),
    { fold: options.fold },
  );
  const roles: DetectorPlan['roles'] = scanner.terms.map(() => []);
  for (const x of all) {
    const list = roles[index.get(termSignature(x.text, options.fold))!]!;
    if (!list.some(([t, r]) => t === x.topic && r === x.role)) list.push([x.topic, x.role]);
  }
  const planned = topics.map(({ id, label, labelZh, labelZhTW, cooccurrence: c, event }): PlannedTopic => ({
    id,
    label,
    ...(labelZh ? { labelZh } : {}),
    ...(labelZhTW ? { labelZhTW } : {}),
    ...(c ? { pairs: { maxGap: c.maxGap, strongGap: c.strongGap ?? c.maxGap, minPairs: c.minPairs } } : {}),
    ...(event ? { event: true as const } : {}),
  }));
  return { version: 1, topics: planned, scanner, roles };
}

export class Detector {
  readonly scanner: TermScanner;

  constructor(readonly plan: DetectorPlan) {
    this.scanner = new TermScanner(plan.scanner);
  }

  /**
   * Topics the text is about (of `enabled`, or all), in plan order, mentions
   * in text order. `anchors`: the anchor pass, if already made (see
   * TermScanner.anchorsIn).
   */
  detect(text: string, enabled?: ReadonlySet<string>, anchors?: AnchorHits): TopicMatch[] {
    return detectFromHits(text, this.scanner.scan(text, anchors), this.plan, enabled);
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
  const evidence = topic.pairs
    ? pairEvidence(
        text,
        { subjects: get('subject'), standIns: get('stand-in'), aspects: get('aspect'), strong: get('strong-aspect') },
        topic.pairs,
      )
    : { mentions: [], weight: 0 };
  const named = names.length + acronyms.length > 0;
  const established = named || evidence.weight >= 1 - 1e-9;
  if (!established) return [];
  const mentions = [...names, ...acronyms];
  mentions.push(...get('support').map((h) => mention(h, 'support')));
  // A pair inside a named mention is the same mention said twice.
  mentions.push(...evidence.mentions.filter((p) => !names.some((n) => n.start < p.end && p.start < n.end)));
  return mentions.sort((a, b) => a.start - b.start);
}

const mention = (h: TermHit, kind: MentionKind): Mention => ({ start: h.start, end: h.end, kind });
