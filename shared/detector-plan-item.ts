// The detector plan for the built-in topics plus the reader's own, compiled by
// the background whenever the reader's topics change. The background detects
// with it; the gate takes its anchors and the tables of its second looks,
// compiled with it (while the reader has topics of their own). Absent when
// there are none: both then use the plan built into them. A plan from
// another version of the extension is ignored (the background compiles it
// again when it starts).
//
// Ships in: gate-settings.js, background.js.

import { storage } from 'wxt/utils/storage';
import type { DetectorPlan } from '../core/detect.ts';
import type { GateTables } from '../core/gate-tables.ts';

export interface StoredPlan {
  /** The extension version that compiled it. */
  extensionVersion: string;
  plan: DetectorPlan;
  /** What the gate needs of the plan beyond its anchors, compiled with it. */
  gate: GateTables;
}

export const DETECTOR_PLAN_KEY = 'local:detectorPlan' as const;

let item: ReturnType<typeof storage.defineItem<StoredPlan | null>> | undefined;

/** Defined on first use: defining a WXT item reads it at once, and content scripts read it with their settings. */
export function detectorPlanItem() {
  item ??= storage.defineItem<StoredPlan | null>(DETECTOR_PLAN_KEY, { fallback: null });
  return item;
}

export function isUsablePlan(v: unknown, extensionVersion: string): v is StoredPlan {
  const s = v as StoredPlan | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    s.extensionVersion === extensionVersion &&
    s.plan?.version === 1 &&
    Array.isArray(s.plan.topics) &&
    Array.isArray(s.plan.scanner?.terms) &&
    Array.isArray(s.plan.roles) &&
    isObject(s.gate?.terms) &&
    isObject(s.gate.said?.alone) &&
    Array.isArray(s.gate.said.aspects) &&
    isObject(s.gate.said.standIns) &&
    typeof s.gate.said.reach === 'number'
  );
}

/** Everything the gate reads of its tables is there: a table it cannot use is no plan, which the background compiles again. */
const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null;
