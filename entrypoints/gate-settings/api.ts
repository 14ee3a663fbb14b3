// The contract between the gate (content.js, on every page) and its settings
// code (gate-settings.js), which a page about nothing never loads in Chrome:
// the gate loads it when the engine asks, after a hit's first request (whose
// answer the background gave with the settings applied), where the reader
// has topics of their own, or when the background calls. Firefox lists it as a content script
// before content.js (wxt.config.ts): its gate reads the settings and listens
// on every page. Types cross at build time only.

import type { AnchorTerms } from '../../core/anchor-confirm.ts';
import type { AnchorSet } from '../../core/anchors.ts';
import type { BackgroundToContent, PageForSaving } from '../../shared/messages.ts';
import type { Handlers } from '../../shared/messaging.ts';
import type { PageSettings } from '../engine/api.ts';

export const SETTINGS_API = '__relatedCoverageGateSettings';
export const SETTINGS_SCRIPT = '/gate-settings.js';

/** What the gate looks for: the built-in topics' (virtual:detector-gate), or with the reader's own topics. */
export interface GateAnchors {
  anchors: AnchorSet;
  terms: AnchorTerms;
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
  /** Firefox: answers the background through runtime.onMessage until `signal` aborts (absent from Chrome's build, which answers through the isolated world's global). */
  listen?(handlers: Handlers<BackgroundToContent>, signal: AbortSignal): void;
}
