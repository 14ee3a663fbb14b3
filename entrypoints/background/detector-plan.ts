// Keeps the stored detector plan in step with the reader's topics.

import { browser } from 'wxt/browser';
import { toTopicDefinition, customTopicProblems } from '../../core/custom-topics.ts';
import { planDetector } from '../../core/detect.ts';
import { BUILT_IN_TOPICS } from '../../core/topics/index.ts';
import { detectorPlanItem, isUsablePlan } from '../../shared/detector-plan-item.ts';
import { customTopics } from '../../shared/settings.ts';
import type { CustomTopic } from '../../core/custom-topics.ts';

async function update(topics: CustomTopic[]): Promise<void> {
  // A topic that cannot be compiled is left out rather than losing all of them.
  const usable = topics.filter((t) => customTopicProblems(t, topics).length === 0);
  if (!usable.length) {
    await detectorPlanItem().removeValue();
    return;
  }
  const plan = planDetector([...BUILT_IN_TOPICS, ...usable.map(toTopicDefinition)]);
  await detectorPlanItem().setValue({ extensionVersion: browser.runtime.getManifest().version, plan });
}

export function keepDetectorPlan(): void {
  customTopics.watch((topics) => void update(topics));
  // On start: the stored plan may come from an older version of the extension.
  void Promise.all([customTopics.get(), detectorPlanItem().getValue()]).then(([topics, stored]) => {
    const current = isUsablePlan(stored, browser.runtime.getManifest().version);
    if (topics.length ? !current : stored !== null) void update(topics);
  });
}
