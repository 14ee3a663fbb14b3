// One look at the page: a cheap gate over the raw text, and only if it passes,
// the visible article text (in idle slices) and detection on it.

import type { Detector, TopicMatch } from '../../core/detect.ts';
import { createPageTextWalker, type PageText } from '../../shared/page-text.ts';
import { runInSlices } from '../../shared/idle-slices.ts';
import { pageMayMatch } from '../../shared/raw-text-anchors.ts';
import { bodyOf } from '../../shared/safe-document.ts';

export interface PageScan {
  page: PageText;
  matches: TopicMatch[];
}

/**
 * Hidden by CSS. checkVisibility() is false for an element without a box,
 * which `display: contents` wrappers are, though their children show.
 */
export function isHiddenByCss(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function') return false;
  if (el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) return false;
  return getComputedStyle(el).display !== 'contents';
}

export async function scanPage(
  detector: Detector,
  enabled: ReadonlySet<string>,
  signal: AbortSignal,
  /** The gate just found an anchor in this very text: no need to look twice. */
  anchorSeen = false,
): Promise<PageScan | null> {
  if (!bodyOf(document) || enabled.size === 0) return null;
  if (!anchorSeen && !(await pageMayMatch(document, detector.scanner.anchors, signal))) return null;
  const walker = createPageTextWalker(document, { isHidden: isHiddenByCss });
  await runInSlices((deadline) => walker.step(deadline), signal);
  const page = walker.result();
  const matches = detector.detect(page.text, enabled);
  return matches.length ? { page, matches } : null;
}
