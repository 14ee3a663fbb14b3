// A list of passages as the reader meets it: one group per article, in the
// order of each article's best passage, its passages best first, and a
// passage whose words already appeared higher up (a saved article that
// repeats a bundled one, a syndicated copy) left out.

import type { ArticleMeta } from '../core/types.ts';
import type { PassageView } from '../shared/messages.ts';

export interface ArticleGroup {
  article: ArticleMeta;
  /** Best first, as ranked. */
  passages: PassageView[];
}

/** The words that make two passages the same to a reader: case, width and spacing aside. */
export const sameWordsKey = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export function groupByArticle(list: readonly PassageView[]): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  const seen = new Set<string>();
  for (const p of list) {
    const words = sameWordsKey(p.text);
    if (seen.has(words)) continue;
    seen.add(words);
    const group = groups.get(p.article.id);
    if (group) group.passages.push(p);
    else groups.set(p.article.id, { article: p.article, passages: [p] });
  }
  return [...groups.values()];
}
