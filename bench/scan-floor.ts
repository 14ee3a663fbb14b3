// The scan floor: the least a gate can do that looks at the page at all.
// After the page's load, at an idle moment, it reads the body's whole text
// (one textContent) and looks for the built-in anchors in it as ours does
// on a page of few elements (one case-insensitive regex for the anchor
// words, indexOf for the rest), and does nothing else: no second look at a
// hit, no watcher for later content, no state for the popup. Loaded beside
// ours on the page about neither topic and on the real pages, it says how
// much of our figure any gate that reads the text would pay: the first DOM
// wrappers of the isolated world, the idle callback, the text, the scan.

import { scannerTables } from '../core/anchors.ts';
import { builtInDetectorPlan } from '../scripts/built-in-plans.ts';
import { floorExtension } from './chromium.ts';
import { type Figure, summarize } from './stats.ts';
import type { ExtensionCost } from './trace.ts';

export const SCAN_FLOOR = 'the scan floor (the least gate that reads the text), same page';

export function scanFloorScript(): string {
  const anchors = builtInDetectorPlan().scanner.anchors;
  const words = scannerTables(anchors).wordPattern;
  return `(() => {
  const words = new RegExp(${JSON.stringify(words)}, 'i');
  const literals = ${JSON.stringify(anchors.literals)};
  const look = () => requestIdleCallback(() => {
    const text = document.body ? document.body.textContent : '';
    // Kept on the isolated world's global: nothing written into the page.
    globalThis.scanFloorHit = words.test(text) || literals.some((l) => text.includes(l));
  }, { timeout: 1000 });
  if (document.readyState === 'complete') look();
  else addEventListener('load', look, { once: true });
})();`;
}

export function scanFloorExtension(): ReturnType<typeof floorExtension> {
  return floorExtension({ js: scanFloorScript() });
}

/** The scan floor's own row under ours, on a generated page. */
export function scanFloorFigure(section: string, page: string, ours: ExtensionCost[], floors: ExtensionCost[]): Figure {
  const part = (k: 'evaluate' | 'idle') => summarize(floors.map((c) => c.parts[k])).median.toFixed(1);
  return {
    section,
    name: `  scan floor: the least gate that reads the text, ${page}`,
    unit: 'ms',
    value: summarize(floors.map((c) => c.totalMs)),
    note:
      `an extension whose content script reads body.textContent at an idle moment after load and looks for the built-in anchors in it (bench/scan-floor.ts); ` +
      `medians: evaluating ${part('evaluate')}, idle callbacks ${part('idle')} ms; ours minus it: ` +
      `${summarize(ours.map((c, j) => c.totalMs - floors[j]!.totalMs)).median.toFixed(1)} ms median of pair differences`,
  };
}
