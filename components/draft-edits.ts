// Edits to an article draft that the editor offers, as pure functions:
// removing a paragraph (and putting it back), joining one with the next,
// and which field a problem belongs to, so the form can mark it there.

import type { Problem } from '../core/problem.ts';
import type { ArticleDraft } from '../core/user-articles.ts';
import { MAX_PARAGRAPH_CHARS } from '../core/user-record.ts';

/** A removed paragraph and where it stood, for "undo". */
export interface RemovedParagraph {
  index: number;
  text: string;
}

/** The draft without paragraph `index`, and what was removed. */
export function removeParagraph(draft: ArticleDraft, index: number): { draft: ArticleDraft; removed: RemovedParagraph } {
  const paragraphs = [...draft.paragraphs];
  const [text = ''] = paragraphs.splice(index, 1);
  return { draft: { ...draft, paragraphs }, removed: { index, text } };
}

/** The draft with a removed paragraph back where it was (or at the end, if the text has since shrunk). */
export function restoreParagraph(draft: ArticleDraft, removed: RemovedParagraph): ArticleDraft {
  const paragraphs = [...draft.paragraphs];
  paragraphs.splice(Math.min(Math.max(removed.index, 0), paragraphs.length), 0, removed.text);
  return { ...draft, paragraphs };
}

const CJK_EDGE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Paragraph `index` joined with the one after it: a space between English
 * text, nothing between Chinese (where a space would be a stray character).
 */
export function mergeWithNext(draft: ArticleDraft, index: number): ArticleDraft {
  if (index < 0 || index + 1 >= draft.paragraphs.length) return draft;
  const a = draft.paragraphs[index]!.replace(/\s+$/u, '');
  const b = draft.paragraphs[index + 1]!.replace(/^\s+/u, '');
  const cjk = CJK_EDGE.test(a.slice(-1)) || CJK_EDGE.test(b.slice(0, 1));
  const joined = a === '' || b === '' || cjk ? a + b : `${a} ${b}`;
  const paragraphs = [...draft.paragraphs];
  paragraphs.splice(index, 2, joined);
  return { ...draft, paragraphs };
}

/** The parts of the form a problem can be marked at. */
export type DraftField = 'headline' | 'outlet' | 'published' | 'url' | 'language' | 'paragraphs';

/** Where a problem belongs; null for one about the whole save (a full disk). */
export function fieldOfProblem(p: Problem): DraftField | null {
  switch (p.code) {
    case 'headlineEmpty':
      return 'headline';
    case 'outletEmpty':
      return 'outlet';
    case 'dateInvalid':
      return 'published';
    case 'urlInvalid':
      return 'url';
    case 'languageInvalid':
      return 'language';
    case 'noText':
    case 'tooManyParagraphs':
    case 'paragraphTooLong':
      return 'paragraphs';
    default:
      return null;
  }
}

/** The paragraphs over the size every article is held to, by index. */
export function overLongParagraphs(draft: ArticleDraft): Set<number> {
  const over = new Set<number>();
  draft.paragraphs.forEach((p, i) => {
    if (p.length > MAX_PARAGRAPH_CHARS) over.add(i);
  });
  return over;
}
