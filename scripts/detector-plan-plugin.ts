// Bakes the built-in topics' detector plan into the bundle at build time
// (`import plan from 'virtual:detector-plan'`), so the background and the gate
// load a ready plan instead of compiling ~300 terms on every page. The plans are
// built with OpenCC's data (scripts/built-in-plans.ts), which stays here at
// build time: the bundles get only the plan.

import { scannerTables } from '../core/anchors.ts';
import { gateTablesOf } from '../core/gate-tables.ts';
import { builtInDetectorPlan, builtInTopicData } from './built-in-plans.ts';

const ID = 'virtual:detector-plan';
// Just what the content script's gate needs: the main anchors and the
// scanner's tables for them, the terms that confirm an anchor word
// (core/anchor-confirm.ts), what may be said of a subject
// (core/subject-evidence.ts; as JSON text, which the script's compile only
// scans: most pages never read it) and the topic ids.
const GATE_ID = 'virtual:detector-gate';
// What the background needs to plan the reader's own topics beside these.
const TOPICS_ID = 'virtual:built-in-topics';
const IDS = [ID, GATE_ID, TOPICS_ID];

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
    resolveId: (source) => (IDS.includes(source) ? `\0${source}` : undefined),
    load: (id) => {
      if (id === `\0${ID}`) return `export default ${JSON.stringify(builtInDetectorPlan())};`;
      if (id === `\0${TOPICS_ID}`) return `export default ${JSON.stringify(builtInTopicData())};`;
      if (id !== `\0${GATE_ID}`) return undefined;
      const plan = builtInDetectorPlan();
      const { literals, words } = plan.scanner.anchors;
      const { terms, said } = gateTablesOf(plan);
      return `export default ${JSON.stringify({ anchors: { literals, words }, tables: scannerTables({ literals, words }), terms, said: JSON.stringify(said), topics: plan.topics.map((t) => t.id) })};`;
    },
  };
}
