// What an article is about, for the index: each passage's topics (with
// their mentions), the article's topics (its passages, its headline, and the
// article read whole, as a page is), and how much of it is about each.

import type { Detector, TopicMatch } from './detect.ts';
import type { ArticleMeta, Passage } from './types.ts';

export function topicsOfArticle(
  detector: Detector,
  article: ArticleMeta,
  passages: readonly Passage[],
): { perPassage: TopicMatch[][]; articleTopics: Set<string>; density: Map<string, number> } {
  const articleTopics = new Set<string>();
  const perPassage = passages.map((p) => {
    const found = detector.detect(p.text);
    for (const t of found) articleTopics.add(t.id);
    return found;
  });
  const headline = detector.detect(article.headline).map((t) => t.id);
  for (const t of headline) articleTopics.add(t);
  // The article read whole, as a page is: evidence spread over its
  // paragraphs counts too ("ethical implications of AI systems" here,
  // "responsible AI deployment" there).
  for (const t of detector.detect([article.headline, ...passages.map((p) => p.text)].join('\n'))) articleTopics.add(t.id);
  const density = new Map<string, number>();
  for (const t of articleTopics) {
    const about = perPassage.filter((found) => found.some((x) => x.id === t)).length + (headline.includes(t) ? 1 : 0);
    density.set(t, Math.max(1, Math.round((10 * about) / (passages.length + 1))));
  }
  return { perPassage, articleTopics, density };
}
