// Bakes the built-in topics' detector plan into the bundle at build time
// (`import plan from 'virtual:detector-plan'`), so a content script loads a
// ready plan instead of compiling ~300 terms on every page.

import { planDetector } from '../core/detect.ts';
import { BUILT_IN_TOPICS } from '../core/topics/index.ts';

const ID = 'virtual:detector-plan';
// Just what the content script's gate needs: the anchors and the topic ids.
const GATE_ID = 'virtual:detector-gate';

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
    resolveId: (source) => (source === ID || source === GATE_ID ? `\0${source}` : undefined),
    load: (id) => {
      if (id === `\0${ID}`) return `export default ${JSON.stringify(planDetector(BUILT_IN_TOPICS))};`;
      if (id !== `\0${GATE_ID}`) return undefined;
      const plan = planDetector(BUILT_IN_TOPICS);
      return `export default ${JSON.stringify({ anchors: plan.scanner.anchors, topics: plan.topics.map((t) => t.id) })};`;
    },
  };
}
