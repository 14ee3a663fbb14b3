// One look at the page: a cheap gate over the raw text, and only if it passes,
// the visible article text (in idle slices), sent to the background, whose
// warm detector finds the topics in it (entrypoints/background/page-detector.ts).
// The page never loads a detector: that cost more than the rest of a topic
// page's work up to its rank request.

import type { PageMatch } from '../../shared/messages.ts';
import { sendToBackground } from '../../shared/messaging.ts';
import { createPageTextWalker, type PageText } from '../../shared/page-text.ts';
import { runInSlices } from '../../shared/idle-slices.ts';
import { bodyOf } from '../../shared/safe-document.ts';

export interface PageScan {
  page: PageText;
  matches: PageMatch[];
}

/** What the background said about a text, with the topics that were off: kept so the same question is not asked twice. */
export interface Detected extends PageScan {
  off: string;
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

export interface ScanInput {
  /** The topics switched off. */
  off: ReadonlySet<string>;
  /** The gate's look at the raw text (anchors of the topics in use); skipped when the gate just found one in this very text. */
  mayMatch: ((signal: AbortSignal) => Promise<boolean>) | null;
  /** The last answer: the same text with the same topics off is not sent again. */
  last: Detected | null;
}

/** The page's text and the topics in it (none: an empty list); null where the page has no body or no anchor. */
export async function scanPage(input: ScanInput, signal: AbortSignal): Promise<Detected | null> {
  if (!bodyOf(document)) return null;
  if (input.mayMatch && !(await input.mayMatch(signal))) return null;
  const walker = createPageTextWalker(document, { isHidden: isHiddenByCss });
  await runInSlices((deadline) => walker.step(deadline), signal);
  const page = walker.result();
  const off = [...input.off].sort();
  const last = input.last;
  if (last && last.page.text === page.text && last.off === off.join(' ')) return { ...last, page };
  const matches = await sendToBackground('detect', { text: page.text, off }, { retry: true });
  return { page, matches, off: off.join(' ') };
}
