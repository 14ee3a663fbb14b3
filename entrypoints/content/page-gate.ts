// What runs on every page the reader opens, kept as small as it can be: wait
// until the page is loaded and idle, and look for any anchor of a topic in
// the raw text (an everyday anchor word only where a term that holds it is
// written around it; a subject such as "AI", which names no topic on its
// own, only where something may be said of it). Most pages stop there,
// keeping one debounced watcher for content that arrives later. Such a page
// makes no extension API call and loads nothing more, and a page the reader
// switched off is not even looked at (a flag, background/gate-off.ts): the
// settings code
// (gate-settings.js) is loaded after a hit's first request (the background
// applies the settings that matter to it), or first where the reader has
// topics of their own, and reads the settings (one storage call, one listener); the
// background reaches the gate through the isolated world's global
// (shared/gate-call.ts). The same in Chrome and Firefox.
// Where an anchor is found, or the reader asks for the sidebar, the engine
// (entrypoints/engine) is loaded and takes over the work (onHit).

import gate from 'virtual:detector-gate';
import { AnchorScanner } from '../../core/anchors.ts';
import { SubjectCheck } from '../../core/subject-evidence.ts';
import { answerThroughGlobal, extensionApi } from '../../shared/gate-call.ts';
import type { PageStatus } from '../../shared/messages.ts';
import { siteKey } from '../../shared/site-key.ts';
import { ENGINE_API, ENGINE_SCRIPT, type Engine, type EngineApi, type PageSettings } from '../engine/api.ts';
import { type GateAnchors, type GateSettingsApi, SETTINGS_API, SETTINGS_SCRIPT } from '../gate-settings/api.ts';
import { CUSTOM_TOPICS_FLAG, GATE_OFF_FLAG } from '../../shared/page-gate-globals.ts';
import type { GateContext } from './gate-context.ts';
import { PageWatcher } from './page-watch.ts';
import { pageMayMatch } from '../../shared/raw-text-anchors.ts';
import { bodyOf } from '../../shared/safe-document.ts';

/**
 * Runs one of our own chunks in this isolated world and returns what it left
 * on the world's global. Loaded each time, so that an older copy's code
 * (left on the global before an update) is never taken.
 */
async function loadChunk<T>(path: string, name: string): Promise<T> {
  const world = globalThis as Record<string, unknown>;
  await import(/* @vite-ignore */ (extensionApi().runtime.getURL as (path: string) => string)(path));
  const api = world[name] as T | undefined;
  if (!api) throw new Error(`${path} loaded but did not register`);
  return api;
}

export class PageGate {
  private readonly settings: PageSettings = { off: new Set(), sites: [], mode: 'sidebar', customPlan: null };
  private anchors = new AnchorScanner(gate.anchors, undefined, gate.tables);
  /** Which terms confirm an anchor word: a page that says "Model S" is no page about AI models. */
  private terms = gate.terms;
  /** What may be said of a subject: a page that says "AI" in passing is no page about AI governance. */
  private said = new SubjectCheck(gate.said);
  private topics = gate.topics;
  private engine: Engine | null = null;
  private loading: Promise<Engine> | null = null;
  private watcher: PageWatcher | null = null;
  private looking = false;
  private lookAgain = false;
  /** Looks under way (the gate's or the engine's), and whether one has finished: what `settled` reports. */
  private busy = 0;
  private lookedOnce = false;
  private id: string | null = null;
  private reading: Promise<void> | null = null;
  private settingsRead = false;
  private settingsApi: Promise<GateSettingsApi> | null = null;

  constructor(private readonly ctx: GateContext) {}

  async start(): Promise<void> {
    const ctx = this.ctx;
    const handlers = {
      status: () => this.status(),
      toggleSidebar: async () => {
        await this.readSettings();
        await (await this.loadEngine()).toggle();
      },
      pageForSaving: async () => (await this.loadSettingsApi()).pageForSaving(),
      settingsChanged: async () => {
        await this.readSettings();
        this.watch();
        void this.look();
      },
    };
    answerThroughGlobal(handlers, ctx.signal);
    const world = globalThis as Record<string, unknown>;
    // A site the reader switched off, or every topic off. A script
    // the background registers for such pages set the flag: nothing to look
    // for, no watcher; the page has looked (status says settled), and
    // `settingsChanged` wakes it when the site is switched on again.
    if (world[GATE_OFF_FLAG] === true) {
      this.lookedOnce = true;
      return;
    }
    // Otherwise, until an anchor is found the settings do not matter
    // (a page loaded before the flag's registration caught up learns of a
    // switch at its first hit, and the built-in anchors are looked for
    // whichever topics are on), unless the reader has topics of their own,
    // whose anchors are in the stored plan: a script the background
    // registers then sets the other flag.
    if (world[CUSTOM_TOPICS_FLAG] === true) await this.readSettings();
    this.watch();
    // After the page's own load, at idle: the reader's page comes first. The
    // scan waits for an idle moment before each slice of the text, the first
    // included (shared/raw-text-anchors.ts), so no wait of its own here.
    if (document.readyState !== 'complete') {
      await new Promise<void>((resolve) => ctx.addEventListener(window, 'load', () => resolve(), { once: true }));
    }
    await this.look();
  }

  /** Looks again when the page changes (content that arrives later, an address the page navigates to). */
  private watch(): void {
    this.watcher ??= new PageWatcher(this.ctx, () => void this.look(), (n) => this.engine?.isOurs(n) ?? false);
  }

  private loadSettingsApi(): Promise<GateSettingsApi> {
    this.settingsApi ??= loadChunk<GateSettingsApi>(SETTINGS_SCRIPT, SETTINGS_API).catch((e: unknown) => {
      this.settingsApi = null;
      throw e;
    });
    return this.settingsApi;
  }

  /** Reads the settings (one storage call) and watches them (one listener), once: at start, or at the first hit. */
  private readSettings(): Promise<void> {
    this.reading ??= (async () => {
      const api = await this.loadSettingsApi();
      await api.read(this.settings, (plan) => this.usePlan(plan), () => void this.look(), this.ctx.signal);
      this.settingsRead = true;
    })().catch((e: unknown) => {
      this.reading = null;
      throw e;
    });
    return this.reading;
  }

  /** A plan with the reader's own topics brings their anchors too (null: the built-in ones). */
  private usePlan(custom: GateAnchors | null): void {
    const use = custom ?? gate;
    this.anchors = new AnchorScanner(use.anchors, undefined, custom ? undefined : gate.tables);
    this.terms = use.terms;
    this.said = new SubjectCheck(use.said);
    this.topics = use.topics;
  }

  /** Looks at the page: the engine does if it is loaded; otherwise the anchor gate decides whether to load it. */
  private async look(): Promise<void> {
    this.busy++;
    try {
      await this.lookOnce();
    } finally {
      this.busy--;
      this.lookedOnce = true;
    }
  }

  private async lookOnce(): Promise<void> {
    if (this.engine) return this.lookWithEngine();
    // The raw text is read over several idle slices: one look at a time, and
    // one more after it when the page or the settings changed meanwhile.
    if (this.looking) return void (this.lookAgain = true);
    this.looking = true;
    try {
      await this.lookWithGate();
    } finally {
      this.looking = false;
      if (this.lookAgain) {
        this.lookAgain = false;
        void this.look();
      }
    }
  }

  private async lookWithEngine(): Promise<void> {
    try {
      await this.engine!.rescan();
    } catch (e) {
      if (!this.ctx.isInvalid) console.warn('Related Coverage: could not look at this page', e);
    }
  }

  private async lookWithGate(): Promise<void> {
    try {
      if (this.settingsRead && !this.mayShow()) return;
      if (!bodyOf(document) || !(await pageMayMatch(document, this.anchors, this.ctx.signal, this.terms, this.said))) return;
      await this.onHit();
    } catch (e) {
      // After an update this instance is cut off from the extension; quietly.
      if (!this.ctx.isInvalid) console.warn('Related Coverage: could not look at this page', e);
    }
  }

  /**
   * An anchor was found: hand the page to the engine, unless settings already
   * read say no. Everything after a hit starts here. Settings not read yet
   * (no topics of the reader's own) are not read first: the background
   * applies a site or topics switched off when it answers the engine's first
   * request (`rank`, background/answers.ts), and the engine reads them
   * (hooks.settings) once its rank request is gone, for the sidebar's mode
   * and to follow later changes.
   */
  private async onHit(): Promise<void> {
    if (this.reading) {
      await this.reading;
      if (!this.mayShow()) return;
    }
    // The reader may have asked for the sidebar while the text was being read.
    if (this.engine) return this.lookWithEngine();
    await (await this.loadEngine()).rescan({ anchorSeen: true });
  }

  /** The site is on and some topic is (known once the settings are read). */
  private mayShow(): boolean {
    return !this.settings.sites.includes(siteKey(location.hostname)) && this.topics.some((t) => !this.settings.off.has(t));
  }

  private loadEngine(): Promise<Engine> {
    this.loading ??= (async () => {
      const api = await loadChunk<EngineApi>(ENGINE_SCRIPT, ENGINE_API);
      this.engine = api.start(this.ctx, this.settings, {
        discardOwnChanges: () => this.watcher?.discardPending(),
        pageId: () => this.pageId,
        mayMatch: (signal) => pageMayMatch(document, this.anchors, signal, this.terms, this.said),
        anchors: () => this.anchors,
        settings: () => this.readSettings(),
      });
      return this.engine;
    })().catch((e: unknown) => {
      this.loading = null;
      throw e;
    });
    return this.loading;
  }

  /** Made when first needed: most pages are never asked and never report. */
  private get pageId(): string {
    this.id ??= `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    return this.id;
  }

  private status(): PageStatus {
    return {
      pageId: this.pageId,
      host: location.hostname,
      sidebar: this.engine?.sidebarMode ?? 'none',
      settled: this.lookedOnce && this.busy === 0 && !this.lookAgain && !(this.watcher?.pending ?? false),
    };
  }
}
