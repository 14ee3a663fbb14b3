// The gate's settings: read in one storage call, watched with one listener
// (both extension API calls, which is why the gate reaches this
// code only after a hit's first request). Moved out of content.js with WXT's storage code.
//
// Ships in: gate-settings.js.

import { browser } from 'wxt/browser';
import { DETECTOR_PLAN_KEY, isUsablePlan } from '../../shared/detector-plan-item.ts';
import { readSettings as readStored, watchSettings } from '../../shared/setting.ts';
import { type OpenMode, openMode, sitesOff, topicsOff } from '../../shared/settings.ts';
import type { PageSettings } from '../engine/api.ts';
import type { GateAnchors } from './api.ts';

export async function readSettings(
  settings: PageSettings,
  usePlan: (anchors: GateAnchors | null) => void,
  changed: () => void,
  signal: AbortSignal,
): Promise<void> {
  const plan = (stored: unknown): void => {
    // Most readers have no topics of their own: no plan, no manifest read.
    const usable = stored != null && isUsablePlan(stored, browser.runtime.getManifest().version) ? stored : null;
    const custom = usable?.plan ?? null;
    if (custom === settings.customPlan) return;
    settings.customPlan = custom;
    usePlan(usable ? { anchors: usable.plan.scanner.anchors, ...usable.gate, topics: usable.plan.topics.map((t) => t.id) } : null);
  };
  const { values, extras } = await readStored([topicsOff, sitesOff, openMode] as const, [DETECTOR_PLAN_KEY]);
  settings.off = new Set(values[0]);
  settings.sites = values[1];
  settings.mode = values[2];
  plan(extras[0]);
  if (signal.aborted) return;
  const unwatch = watchSettings([topicsOff, sitesOff, openMode], [DETECTOR_PLAN_KEY], (key, v) => {
    if (key === topicsOff.key) settings.off = new Set(v as string[]);
    else if (key === sitesOff.key) settings.sites = v as string[];
    else if (key === openMode.key) return void (settings.mode = v as OpenMode);
    else plan(v);
    changed();
  });
  signal.addEventListener(
    'abort',
    () => {
      try {
        unwatch();
      } catch {
        // The extension's API is already gone after an update: nothing to undo.
      }
    },
    { once: true },
  );
}
