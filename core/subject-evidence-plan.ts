// Builds the gate's table for its look at what is said of a subject
// (subject-evidence.ts) from a detector plan. Never on a page: the gate gets
// the table as data, from the build (scripts/detector-plan-plugin.ts) or,
// with the reader's own topics, from the background (gate-tables.ts).

import { ANCHORED, foldLikeKeys } from './anchor-confirm.ts';
import { AnchorScanner, type AnchorSet } from './anchors.ts';
import type { DetectorPlan } from './detect.ts';
import { foldMapOf, foldString, pairsFor } from './han-fold.ts';
import { STAND_IN_REACH } from './scanner.ts';
import { planScanner } from './scanner-plan.ts';
import type { SubjectEvidence } from './subject-evidence.ts';
import type { Role } from './topic-schema.ts';

export function subjectEvidenceOf(plan: DetectorPlan): SubjectEvidence {
  const fold = foldMapOf(plan.scanner.fold);
  const paired = (topic: number) => plan.topics[topic]!.pairs !== undefined;
  const terms = plan.scanner.terms.map(([text, key], i) => ({ text, key, roles: plan.roles[i]! }));
  const anchored = terms.filter((t) => t.roles.some(([, r]) => ANCHORED.has(r)));
  const isSubjectOnly = (t: (typeof terms)[number]) => t.roles.every(([topic, r]) => !ANCHORED.has(r) || (r === 'subject' && paired(topic)));
  const subjectTerms = anchored.filter(isSubjectOnly);
  // What is said of these subjects: their own topics' aspects and stand-ins.
  const topics = new Set(subjectTerms.flatMap((t) => t.roles.map(([topic]) => topic)));
  const withRole = (...roles: Role[]) => terms.filter((t) => t.roles.some(([topic, r]) => roles.includes(r) && topics.has(topic)));
  const weakTerms = withRole('aspect');
  const strongTerms = withRole('strong-aspect');
  const standInTerms = withRole('stand-in');

  const scannerOf = (texts: string[]): AnchorSet => {
    const { literals, words } = planScanner(texts, texts.map(() => true), { fold }).anchors;
    return { literals, words };
  };
  const standIns = scannerOf(standInTerms.map((t) => t.text));

  const longest = (list: Array<{ key: string }>) => Math.max(0, ...list.map((t) => t.key.length));
  const rules = [...topics].map((i) => plan.topics[i]!.pairs!);
  // A stand-in pairs with aspects as a subject does.
  const nearOf = (gap: number, terms: Array<{ key: string }>) => gap + Math.max(longest(subjectTerms), longest(standInTerms)) + longest(terms);
  const aspects = [
    { anchors: scannerOf(weakTerms.map((t) => t.text)), near: nearOf(Math.max(...rules.map((r) => r.maxGap)), weakTerms) },
    { anchors: scannerOf(strongTerms.map((t) => t.text)), near: nearOf(Math.max(...rules.map((r) => r.strongGap)), strongTerms) },
  ];
  const reach = STAND_IN_REACH + longest(subjectTerms) + longest(standInTerms);

  // A term that holds an aspect is found through it, within reach of its subject.
  const aspectScanners = aspects.map((a) => ({ scanner: new AnchorScanner(a.anchors), near: a.near }));
  const saysItself = (key: string) =>
    aspectScanners.some(({ scanner, near }) => {
      let found = false;
      scanner.scan(key, () => {
        found = true;
      });
      return found && key.length <= near;
    });
  const alone: Record<string, string[]> = {};
  const { literals, words } = plan.scanner.anchors;
  for (const anchor of [...literals, ...words]) {
    const written = foldLikeKeys(anchor);
    const key = foldString(written, fold);
    const holding = anchored.filter((t) => t.key.includes(key));
    if (!holding.some(isSubjectOnly)) continue;
    const others = holding.filter((t) => !isSubjectOnly(t) && !saysItself(t.key)).map((t) => t.key);
    // A term written as the anchor itself ("Wuzhen", a support term too): every hit stands.
    if (others.includes(key)) continue;
    // A key that holds a shorter one is found wherever that one is: keep the shorter.
    alone[written] = [...new Set(others)].filter((k, _, all) => !all.some((o) => o !== k && k.includes(o))).sort();
  }
  const keys = Object.values(alone).flat();
  const pairs = pairsFor(fold, keys);
  return { alone, aspects, standIns, ...(pairs ? { fold: pairs } : {}), reach };
}
