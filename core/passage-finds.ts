// What rank-explain.ts reads in a passage to say why it matched: the
// entities it names, the mentions of its topics, and the topic terms in it.
// Found when the corpus is built and shipped in the bundled index (for the
// reader's own passages, on a passage's first explanation, then kept): on a
// cold start, scanning the bundled passages compiled the detector's anchor
// regex and built its term trie only to explain the first answer.

import type { Detector, TopicMatch } from './detect.ts';
import type { EntityHit } from './entity-finder.ts';

export interface PassageFinds {
  /** Entities and names: [key, start, end]. */
  entities: Array<[string, number, number]>;
  /** The topics the passage is about, with their mentions. */
  topics: TopicMatch[];
  /** Topic terms anywhere in the passage: [start, end]. */
  terms: Array<[number, number]>;
}

export function passageFinds(detector: Detector, text: string, entities: readonly EntityHit[], topics: TopicMatch[]): PassageFinds {
  return {
    entities: entities.map((h): [string, number, number] => [h.key, h.start, h.end]),
    topics,
    terms: detector.scanner.scan(text).map((h): [number, number] => [h.start, h.end]),
  };
}
