// One look at the page: a cheap gate over the raw text, and only if it passes,
// the visible article text (in idle slices), sent to the background, whose
// warm detector finds the topics in it (entrypoints/background/page-detector.ts)
// and ranks for them in the same message (`rank` with the page's text,
// background/answers.ts): the page's work up to its rank request is the
// extraction alone. The page never loads a detector: that cost more than the
// rest of a topic page's work up to its rank request. A long text goes as the
// parts around its anchors only (core/sparse-text.ts), to `detect`: one
// message of a whole 1 MB text took the page a task of 30 ms and more to
// send, and the rank request is built here from that answer.

import type { AnchorScanner } from '../../core/anchors.ts';
import { type AnchorHits, pieceEnd } from '../../core/scanner.ts';
import { piecesOf, readRegions } from '../../core/sparse-text.ts';
import type { DetectAnswer, DetectRequest, PageMatch, RankAnswer } from '../../shared/messages.ts';
import { sendToBackground } from '../../shared/messaging.ts';
import { createPageTextWalker, type PageText } from '../../shared/page-text.ts';
import { runInSlices } from '../../shared/idle-slices.ts';
import { bodyOf } from '../../shared/safe-document.ts';

export interface PageScan {
  page: PageText;
  matches: PageMatch[];
}

/** What the background said about a text, with the settings it applied: kept so the same question is not asked twice. */
export interface Detected extends PageScan {
  off: string;
}

/** A scan's answer; with the passages when the background ranked in the same message (null: the page asks for them). */
export interface Scanned extends Detected {
  ranked: Pick<RankAnswer, 'passages' | 'error'> | null;
}

/**
 * The settings an answer was given under, as the page's own would compare:
 * the topics off; never equal to those where the site was off (the page
 * asks again once it knows the site is on).
 */
const appliedKey = (answer: DetectAnswer): string => (answer.siteOff ? '\nsite off' : answer.off.join(' '));

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
  /** The main anchors of the topics in use, for a long text. */
  anchors: Pick<AnchorScanner, 'scan'>;
  /** The last answer: the same text with the same topics off is not sent again. */
  last: Detected | null;
}

/** The page's text and the topics in it (none: an empty list); null where the page has no body or no anchor. */
export async function scanPage(input: ScanInput, signal: AbortSignal): Promise<Scanned | null> {
  if (!bodyOf(document)) return null;
  if (input.mayMatch && !(await input.mayMatch(signal))) return null;
  const walker = createPageTextWalker(document, { isHidden: isHiddenByCss });
  await runInSlices((deadline) => walker.step(deadline), signal);
  const page = walker.result();
  const off = [...input.off].sort();
  const last = input.last;
  if (last && last.page.text === page.text && last.off === off.join(' ')) return { page, matches: last.matches, off: last.off, ranked: null };
  if (page.text.length <= PIECE_CHARS) {
    const { title, published, blocks } = page;
    const answer = await sendToBackground('rank', { detect: { text: page.text, off }, page: { title, published, blocks } }, { retry: true });
    const detected = answer.detected;
    if (!detected) throw new Error('the background ranked without detecting');
    return { page, matches: detected.matches, off: appliedKey(detected), ranked: { passages: answer.passages, error: answer.error } };
  }
  const text = await textToSend(page.text, input.anchors, signal);
  const answer = await sendToBackground('detect', { text, off }, { retry: true });
  return { page, matches: answer.matches, off: appliedKey(answer), ranked: null };
}

/** Characters of anchor pass per idle slice: about 2 ms of work in Firefox's content scripts. */
const PIECE_CHARS = 200_000;

/** Past PIECE_CHARS, the parts of the text detection reads, found piece by piece at idle. */
async function textToSend(text: string, anchors: Pick<AnchorScanner, 'scan'>, signal: AbortSignal): Promise<DetectRequest['text']> {
  const hits: AnchorHits = { starts: [], ends: [] };
  let from = 0;
  await runInSlices((deadline) => {
    while (from < text.length && performance.now() < deadline) {
      // Cut at sentence ends, the pieces give what one pass over the whole text gives.
      const to = pieceEnd(text, from, PIECE_CHARS);
      anchors.scan(text.slice(from, to), (s, e) => {
        hits.starts.push(s + from);
        hits.ends.push(e + from);
      });
      from = to;
    }
    return from >= text.length;
  }, signal);
  return { length: text.length, pieces: piecesOf(text, readRegions(text, hits)) };
}
