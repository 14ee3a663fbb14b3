// The contract between the gate (content.js, on every page) and its settings
// code (gate-settings.js), which a page about nothing never loads (Chrome and
// Firefox alike): the gate loads it when the engine asks, after a hit's first
// request (whose answer the background gave with the settings applied),
// where the reader has topics of their own, or when the background calls.
// Types cross at build time only.

import type { AnchorTerms } from '../../core/anchor-confirm.ts';
import type { AnchorSet } from '../../core/anchors.ts';
import type { SubjectEvidence } from '../../core/subject-evidence.ts';
import type { PageForSaving } from '../../shared/messages.ts';
import type { PageSettings } from '../engine/api.ts';

export const SETTINGS_API = '__relatedCoverageGateSettings';
export const SETTINGS_SCRIPT = '/gate-settings.js';

/** What the gate looks for: the built-in topics' (virtual:detector-gate), or with the reader's own topics. */
export interface GateAnchors {
  anchors: AnchorSet;
  terms: AnchorTerms;
  /** The table of the gate's look at what is said of a subject; as JSON text in the build's. */
  said: SubjectEvidence | string;
  topics: string[];
}

export interface GateSettingsApi {
  /**
   * Reads the settings into `settings` (one storage call) and watches them
   * (one listener) until `signal` aborts. `usePlan` gets the anchors of a
   * plan with the reader's own topics when it comes or changes (null: back
   * to the built-in ones); `changed` follows every change that may alter
   * what the page shows.
   */
  read(settings: PageSettings, usePlan: (anchors: GateAnchors | null) => void, changed: () => void, signal: AbortSignal): Promise<void>;
  pageForSaving(): PageForSaving;
}
