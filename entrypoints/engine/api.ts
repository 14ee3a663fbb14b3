// The contract between the content script's gate, which runs on every page,
// and the engine it loads only where a topic may be (see
// entrypoints/content/page-gate.ts). Types cross at build time only.

import type { AnchorScanner } from '../../core/anchors.ts';
import type { DetectorPlan } from '../../core/detect.ts';
import type { SidebarMode } from '../../shared/messages.ts';
import type { OpenMode } from '../../shared/settings.ts';

export const ENGINE_API = '__relatedCoverageEngine';
export const ENGINE_SCRIPT = '/engine.js';

/** The settings the gate read, kept current by the gate; the engine reads them live. */
export interface PageSettings {
  off: Set<string>;
  sites: string[];
  mode: OpenMode;
  /** The plan with the reader's own topics, when they have any; else null (the built-in plan). The background detects with its own copy; a change means asking it again. */
  customPlan: DetectorPlan | null;
}

export interface Engine {
  /** Looks at the page again (after a change to it or to the settings). Never throws. */
  rescan(options?: { anchorSeen?: boolean }): Promise<void>;
  readonly sidebarMode: SidebarMode;
  toggle(): Promise<void>;
  /** Is this node the engine's own (its sidebar host)? The page watcher ignores those. */
  isOurs(node: Node): boolean;
}

/** What the gate lends the engine. */
export interface GateHooks {
  /** Forget the DOM changes the engine itself just made (marks wrapped around text). */
  discardOwnChanges(): void;
  /** Names this document in the engine's reports to the background (see shared/messages.ts PageReport). */
  pageId(): string;
  /** The gate's look at the raw text: may a topic in use be on the page (an anchor of one in it)? */
  mayMatch(signal: AbortSignal): Promise<boolean>;
  /** The gate's main anchors (of the topics in use): a long page sends only the parts around them to be detected. */
  anchors(): Pick<AnchorScanner, 'scan'>;
  /**
   * Reads the settings into PageSettings and watches them, once (at once
   * where they were read already). Chrome's gate hands the page over before
   * reading them: the engine calls this after its first request, whose
   * answer the background gave with the settings applied.
   */
  settings(): Promise<void>;
}

/** The gate's context (content/gate-context.ts): what retires a copy of the content script, and its listeners and timers with it. */
export interface PageContext {
  readonly signal: AbortSignal;
  /** Retired, or cut off from the extension after an update. */
  readonly isInvalid: boolean;
  invalidate(): void;
  onInvalidated(cb: () => void): () => void;
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface EngineApi {
  start(gate: PageContext, settings: PageSettings, hooks: GateHooks): Engine;
}
