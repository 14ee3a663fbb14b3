// The gate's settings code with a plan that holds the reader's own topics:
// it takes the plan's anchors and the tables the background compiled with
// it (core/gate-tables.ts), so the page builds none; a plan stored without
// them (an earlier build of this version) is not used, and the background
// compiles it again when it starts. WXT's fake browser stands in for
// extension storage; it has no manifest, so the test gives it one.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { toTopicDefinition } from '../../../core/custom-topics.ts';
import { planDetector } from '../../../core/detect.ts';
import { gateTablesOf } from '../../../core/gate-tables.ts';
import { foldMapOf } from '../../../core/han-fold.ts';
import type { PageSettings } from '../../../entrypoints/engine/api.ts';
import type { GateAnchors } from '../../../entrypoints/gate-settings/api.ts';
import { readSettings } from '../../../entrypoints/gate-settings/read-settings.ts';
import { DETECTOR_PLAN_KEY, isUsablePlan } from '../../../shared/detector-plan-item.ts';
import { builtInTopicData } from '../../../scripts/built-in-plans.ts';

const VERSION = '9.9.9';
const builtIn = builtInTopicData();
const mine = toTopicDefinition({ id: 'custom-index', label: 'AI Index', terms: [{ text: 'AI Index Report', lang: 'en' }] });
const plan = planDetector([...builtIn.topics, mine], { fold: foldMapOf(builtIn.fold) });
const storageKey = DETECTOR_PLAN_KEY.slice('local:'.length);

async function planSeen(stored: unknown): Promise<GateAnchors | null | undefined> {
  await fakeBrowser.storage.local.set({ [storageKey]: stored });
  const settings: PageSettings = { off: new Set(), sites: [], mode: 'sidebar', customPlan: null };
  let seen: GateAnchors | null | undefined;
  const controller = new AbortController();
  await readSettings(settings, (anchors) => (seen = anchors), () => {}, controller.signal);
  controller.abort();
  return seen;
}

describe('the gate reads a plan with the reader’s own topics', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'test', version: VERSION });
  });
  afterEach(() => vi.restoreAllMocks());

  it('takes the anchors and the tables compiled with the plan', async () => {
    const seen = await planSeen({ extensionVersion: VERSION, plan, gate: gateTablesOf(plan) });
    expect(seen?.anchors).toEqual(plan.scanner.anchors);
    expect(seen?.topics).toContain('custom-index');
    expect(seen?.terms).toEqual(gateTablesOf(plan).terms);
    // The reader's name that holds "AI" is in the subject table: a page that writes it loads the engine.
    expect(typeof seen?.said === 'object' && seen.said.alone.ai).toContain('ai index report');
  });

  it('does not use a plan stored without the tables, nor one from another version', async () => {
    expect(isUsablePlan({ extensionVersion: VERSION, plan }, VERSION)).toBe(false);
    expect(await planSeen({ extensionVersion: VERSION, plan })).toBeUndefined();
    expect(await planSeen({ extensionVersion: '0.0.1', plan, gate: gateTablesOf(plan) })).toBeUndefined();
    expect(await planSeen({ extensionVersion: VERSION, plan, gate: { terms: {}, said: null } })).toBeUndefined();
    // A subject table without what the check reads after its first look (aspects, stand-ins, reach).
    const { aspects: _, ...partial } = gateTablesOf(plan).said;
    expect(await planSeen({ extensionVersion: VERSION, plan, gate: { terms: {}, said: partial } })).toBeUndefined();
  });
});
