// One look at the page: a cheap gate over the raw text, and only if it passes,
// the visible article text (in idle slices) and detection on it.

import type { Detector, TopicMatch } from '../../core/detect.ts';
import { type AnchorHits, pieceEnd } from '../../core/scanner.ts';
import { createPageTextWalker, type PageText } from '../../shared/page-text.ts';
import { idle, runInSlices } from '../../shared/idle-slices.ts';
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
  const anchors = await anchorsInSlices(detector, page.text, signal);
  const matches = detector.detect(page.text, enabled, anchors);
  return matches.length ? { page, matches } : null;
}

/** Characters of anchor pass per task: about 2 ms of work in Firefox's content scripts. */
const PIECE_CHARS = 200_000;

/**
 * The anchor pass over the whole text, a piece per idle slice: over the
 * 5 MB of a huge page it took 30 ms in one task. What is left of detection
 * then reads only the sentences around anchors.
 */
async function anchorsInSlices(detector: Detector, text: string, signal: AbortSignal): Promise<AnchorHits | undefined> {
  if (text.length <= PIECE_CHARS) return undefined;
  const hits: AnchorHits = { starts: [], ends: [] };
  let from = 0;
  await runInSlices((deadline) => {
    while (from < text.length && performance.now() < deadline) {
      const to = pieceEnd(text, from, PIECE_CHARS);
      detector.scanner.anchorsIn(text, from, to, hits);
      from = to;
    }
    return from >= text.length;
  }, signal);
  // The term trie (built on first use) and the rest of detection, each in a
  // task of its own rather than after the last piece.
  await idle(signal);
  detector.scanner.prepare();
  await idle(signal);
  return hits;
}
