// Detection for the pages: a content script that found an anchor sends the
// visible text it extracted, and the background finds the topics with a
// detector it keeps warm. The page then never loads the detector's code and
// plan nor builds its trie, which cost a topic page more main-thread time than
// everything else up to its rank request (README, Performance). The text is
// read and dropped with the call, like the rank request's.
//
// The background also applies the settings that decide whether a page shows
// anything (its site switched off, topics switched off) as it answers, so a
// page sends its request before it has read any settings: its
// settings code (gate-settings.js) is loaded only after the request is gone.

import planOfBuiltIns from 'virtual:detector-plan';
import { browser } from 'wxt/browser';
import { Detector, type DetectorPlan } from '../../core/detect.ts';
import { MAX_PAGE_CHARS, sparseText } from '../../core/sparse-text.ts';
import { detectorPlanItem, isUsablePlan } from '../../shared/detector-plan-item.ts';
import { uiTranslator } from '../../shared/i18n.ts';
import type { DetectAnswer, DetectRequest } from '../../shared/messages.ts';
import { readSettings } from '../../shared/setting.ts';
import { sitesOff, topicsOff } from '../../shared/settings.ts';
import { siteKey } from '../../shared/site-key.ts';
import { topicLabel } from '../../shared/topic-label.ts';

let current: Promise<Detector> | null = null;

/** The plan with the reader's own topics was (re)compiled, or removed (null): detect with it from now on. */
export function usePlan(plan: DetectorPlan | null): void {
  current = Promise.resolve(new Detector(plan ?? planOfBuiltIns));
}

/** The detector for the current plan: the stored one with the reader's topics (read once per worker), else the built-in one. */
export function pageDetector(): Promise<Detector> {
  current ??= detectorPlanItem()
    .getValue()
    .then(
      (stored) => new Detector(isUsablePlan(stored, browser.runtime.getManifest().version) ? stored.plan : planOfBuiltIns),
      () => new Detector(planOfBuiltIns),
    );
  return current;
}

/** The host of the page that asks (the sender's frame), or null where it has none. */
function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/**
 * The topics in a page's text, leaving out the topics switched off (the
 * request's and the stored setting: a page may ask before it read the
 * settings) and answering nothing where the page's site is switched off.
 * `pageUrl`: the address of the frame that asks (the message's sender).
 */
export async function detectPage(request: DetectRequest, pageUrl?: string): Promise<DetectAnswer> {
  const text = textOf(request?.text);
  const off = new Set(Array.isArray(request?.off) ? request.off.filter((x) => typeof x === 'string') : []);
  const [detector, settings] = await Promise.all([pageDetector(), readSettings([topicsOff, sitesOff] as const)]);
  for (const id of settings.values[0]) off.add(id);
  const answer = (siteOff: boolean, matches: DetectAnswer['matches']): DetectAnswer => ({ matches, off: [...off].sort(), siteOff });
  const host = hostOf(pageUrl);
  if (host !== null && settings.values[1].includes(siteKey(host))) return answer(true, []);
  const enabled = new Set(detector.plan.topics.map((t) => t.id).filter((id) => !off.has(id)));
  if (!text || !enabled.size) return answer(false, []);
  return answer(
    false,
    detector.detect(text, enabled).map((m) => ({
      id: m.id,
      label: topicName(detector.plan, m.id),
      mentions: m.mentions.map(({ start, end }) => ({ start, end })),
    })),
  );
}

/** The text to detect in: sent whole, or rebuilt from the parts a long page sent (same length, same offsets). */
function textOf(sent: DetectRequest['text'] | undefined): string {
  // As much as extraction gives at most: a page cannot make us read more.
  if (typeof sent === 'string') return sent.slice(0, MAX_PAGE_CHARS);
  if (!sent || !Number.isInteger(sent.length) || sent.length < 0 || sent.length > MAX_PAGE_CHARS || !Array.isArray(sent.pieces)) {
    throw new Error('a page text must be a string or its pieces within 1,000,000 characters');
  }
  return sparseText(sent.length, sent.pieces);
}

/** A topic's name in the reader's language (the built-in ones have one per script; the reader's own, the name they gave). */
export function topicName(plan: DetectorPlan, id: string): string {
  const topic = plan.topics.find((t) => t.id === id);
  return topic ? topicLabel(topic, uiTranslator().lang) : id;
}
