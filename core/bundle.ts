// What the corpus build ships and the background loads: the corpus with its
// search index, entity finder and detector already built, so a cold service
// worker answers its first query without tokenising a single passage.

import { CorpusIndex, type SerializedIndex } from './corpus-index.ts';
import { Detector, type DetectorPlan, planDetector } from './detect.ts';
import { ENTITIES, type EntityDefinition } from './entities.ts';
import { EntityFinder, type EntityPlan, planEntities } from './entity-finder.ts';
import type { TopicDefinition } from './topic-schema.ts';
import { BUILT_IN_TOPICS } from './topics/index.ts';
import type { CorpusData } from './types.ts';

export interface CorpusBundle {
  version: 1;
  corpus: CorpusData;
  index: SerializedIndex;
  entities: EntityPlan;
  detector: DetectorPlan;
}

export interface OpenCorpus {
  index: CorpusIndex;
  detector: Detector;
  entities: EntityFinder;
}

export function buildBundle(
  corpus: CorpusData,
  topics: readonly TopicDefinition[] = BUILT_IN_TOPICS,
  entities: readonly EntityDefinition[] = ENTITIES,
): CorpusBundle {
  const detectorPlan = planDetector(topics);
  const entityPlan = planEntities(entities);
  const index = CorpusIndex.build(corpus, {
    detector: new Detector(detectorPlan),
    entities: new EntityFinder(entityPlan),
  });
  return { version: 1, corpus, index: index.serialize(), entities: entityPlan, detector: detectorPlan };
}

export function openBundle(bundle: CorpusBundle): OpenCorpus {
  if (bundle?.version !== 1) throw new Error(`corpus bundle format ${String(bundle?.version)} is not supported`);
  const detector = new Detector(bundle.detector);
  const entities = new EntityFinder(bundle.entities);
  const index = CorpusIndex.restore(bundle.corpus, bundle.index, { detector, entities });
  return { index, detector, entities };
}
