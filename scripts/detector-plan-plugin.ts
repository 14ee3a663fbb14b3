// Bakes the built-in topics' detector plan into the bundle at build time
// (`import plan from 'virtual:detector-plan'`), so a content script loads a
// ready plan instead of compiling ~300 terms on every page.

import { planDetector } from '../core/detect.ts';
import { BUILT_IN_TOPICS } from '../core/topics/index.ts';

const ID = 'virtual:detector-plan';

/**
 * Typed structurally: WXT builds with its own Vite and Vitest with another,
 * and a plain object satisfies both plugin types.
 */
export function detectorPlanPlugin(): {
  name: string;
  resolveId: (source: string) => string | undefined;
  load: (id: string) => string | undefined;
} {
  return {
    name: 'related-coverage:detector-plan',
    resolveId: (source) => (source === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(planDetector(BUILT_IN_TOPICS))};` : undefined),
  };
}
