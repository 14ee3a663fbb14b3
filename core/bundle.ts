// What the corpus build ships and the background loads: the corpus with its
// search index, entity finder and detector already built, so a cold service
// worker answers its first query without tokenising a single passage.

import { CorpusIndex, type SerializedIndex } from './corpus-index.ts';
import { Detector, type DetectorPlan, planDetector } from './detect.ts';
import { ENTITIES, type EntityDefinition } from './entities.ts';
import { EntityFinder, type EntityPlan, planEntities } from './entity-finder.ts';
import { measurePriors } from './passage-priors.ts';
import { passageFinds } from './passage-finds.ts';
import { vocabularyOf } from './rank-query.ts';
import type { TopicDefinition } from './topic-schema.ts';
import { BUILT_IN_TOPICS } from './topics/index.ts';
import type { CorpusData } from './types.ts';

export interface CorpusBundle {
  version: 1;
  corpus: CorpusData;
  index: SerializedIndex;
  entities: EntityPlan;
  /**
   * The detector's plan. Left out of the shipped file (corpus/build.ts): the
   * background has the same plan built in (`virtual:detector-plan`, from the
   * same builtInDetectorPlan()), and a second copy made background.js 32 KB
   * longer and its first parse a fifth slower. Whoever opens such a bundle
   * passes the plan (openBundle).
   */
  detector?: DetectorPlan;
  /** Stems of everyday English words (see IndexParts.everyday); absent in bundles built before it. */
  everyday?: string[];
  /** The topics' own vocabulary (IndexParts.vocabulary), worked out at build time; absent in older bundles. */
  vocabulary?: { words: string[]; entities: string[] };
}

export interface OpenCorpus {
  index: CorpusIndex;
  detector: Detector;
  entities: EntityFinder;
}

/**
 * The plans default to the built-in topics and entities as written; what
 * ships is built with the regional words and script folding added
 * (scripts/built-in-plans.ts), which need OpenCC's data at build time.
 */
export function buildBundle(
  corpus: CorpusData,
  plans: {
    detector?: DetectorPlan;
    entities?: EntityPlan;
    topics?: readonly TopicDefinition[];
    entityList?: readonly EntityDefinition[];
    everyday?: readonly string[];
  } = {},
): CorpusBundle {
  const detectorPlan = plans.detector ?? planDetector(plans.topics ?? BUILT_IN_TOPICS);
  const entityPlan = plans.entities ?? planEntities(plans.entityList ?? ENTITIES);
  const index = CorpusIndex.build(corpus, {
    detector: new Detector(detectorPlan),
    entities: new EntityFinder(entityPlan),
    ...(plans.everyday ? { everyday: new Set(plans.everyday) } : {}),
  });
  measurePriors(index);
  // What explaining a match reads in each passage, so the first answer of a
  // cold background scans no passage (passage-finds.ts).
  for (const doc of index.docs) {
    const text = doc.passage.text;
    doc.finds = passageFinds(index.parts.detector, text, index.parts.entities.find(text), index.parts.detector.detect(text));
  }
  const vocabulary = vocabularyOf(index);
  return {
    version: 1,
    corpus,
    index: index.serialize(),
    entities: entityPlan,
    detector: detectorPlan,
    ...(plans.everyday ? { everyday: [...plans.everyday] } : {}),
    vocabulary: { words: [...vocabulary.words], entities: [...vocabulary.entities] },
  };
}

/** `detector`: the plan the bundle was built with, for a bundle that does not hold it (the shipped file). */
export function openBundle(bundle: CorpusBundle, plans: { detector?: DetectorPlan } = {}): OpenCorpus {
  if (bundle?.version !== 1) throw new Error(`corpus bundle format ${String(bundle?.version)} is not supported`);
  const plan = plans.detector ?? bundle.detector;
  if (!plan) throw new Error('this corpus bundle holds no detector plan: open it with the one it was built with (builtInDetectorPlan())');
  const detector = new Detector(plan);
  const entities = new EntityFinder(bundle.entities);
  const index = CorpusIndex.restore(bundle.corpus, bundle.index, {
    detector,
    entities,
    ...(bundle.everyday ? { everyday: new Set(bundle.everyday) } : {}),
    ...(bundle.vocabulary ? { vocabulary: { words: new Set(bundle.vocabulary.words), entities: new Set(bundle.vocabulary.entities) } } : {}),
  });
  return { index, detector, entities };
}
