// Keeps the stored detector plan in step with the reader's topics.

import builtIn from 'virtual:built-in-topics';
import { browser } from 'wxt/browser';
import { toTopicDefinition, customTopicProblems } from '../../core/custom-topics.ts';
import { planDetector } from '../../core/detect.ts';
import { gateTablesOf } from '../../core/gate-tables.ts';
import { foldMapOf } from '../../core/han-fold.ts';
import { detectorPlanItem, isUsablePlan } from '../../shared/detector-plan-item.ts';
import { customTopics } from '../../shared/settings.ts';
import { syncCustomTopicsFlag } from './custom-topics-flag.ts';
import { usePlan } from './page-detector.ts';
import type { CustomTopic } from '../../core/custom-topics.ts';

async function update(topics: CustomTopic[]): Promise<void> {
  // A topic that cannot be compiled is left out rather than losing all of them.
  const usable = topics.filter((t) => customTopicProblems(t, topics).length === 0);
  if (!usable.length) {
    usePlan(null);
    await detectorPlanItem().removeValue();
    await syncCustomTopicsFlag(false, true);
    return;
  }
  // The built-in topics as shipped (regional words written out), folded as
  // they are; the reader's terms fold only where they share its characters.
  const plan = planDetector([...builtIn.topics, ...usable.map(toTopicDefinition)], { fold: foldMapOf(builtIn.fold) });
  // In use here before the pages hear of it: their next look is detected with it.
  usePlan(plan);
  // The gate's tables too: built here once, not on every page that reads the plan.
  await detectorPlanItem().setValue({ extensionVersion: browser.runtime.getManifest().version, plan, gate: gateTablesOf(plan) });
  // After the plan is stored: the flag tells pages to read it.
  await syncCustomTopicsFlag(true, true);
}

export function keepDetectorPlan(): void {
  customTopics.watch((topics) => void update(topics));
  // On start: the stored plan may come from an older version of the extension.
  void Promise.all([customTopics.get(), detectorPlanItem().getValue()]).then(([topics, stored]) => {
    const current = isUsablePlan(stored, browser.runtime.getManifest().version);
    if (topics.length ? !current : stored !== null) void update(topics);
    // The registration outlives the worker; this keeps it in step after an update or a failed write.
    else void syncCustomTopicsFlag(current, false).catch((e: unknown) => console.warn('Related Coverage: could not register the topics flag', e));
  });
}
