import type { TopicDefinition } from '../topic-schema.ts';
import { aiGovernance } from './ai-governance.ts';
import { wic } from './wic.ts';

/** The topics the product ships with; ids are stable and stored in settings. */
export const BUILT_IN_TOPICS: readonly TopicDefinition[] = [wic, aiGovernance];
