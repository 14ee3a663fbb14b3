// What the content gate needs of a detector plan beyond its anchors: the
// tables of its second looks, at an anchor word (anchor-confirm.ts) and at a
// subject (subject-evidence.ts). Compiled where the plan is: by the build for
// the built-in topics (scripts/detector-plan-plugin.ts), by the background
// for a plan with the reader's own (entrypoints/background/detector-plan.ts),
// so that no page builds them.

import { type AnchorTerms, anchorTermsOf } from './anchor-confirm.ts';
import type { DetectorPlan } from './detect.ts';
import type { SubjectEvidence } from './subject-evidence.ts';
import { subjectEvidenceOf } from './subject-evidence-plan.ts';

export interface GateTables {
  /** Which anchored terms hold each anchor word. */
  terms: AnchorTerms;
  /** What may be said of a subject. */
  said: SubjectEvidence;
}

export function gateTablesOf(plan: DetectorPlan): GateTables {
  return { terms: anchorTermsOf(plan), said: subjectEvidenceOf(plan) };
}
