// What runs on every page the reader opens, kept as small as it can be: wait
// until the page is loaded and idle, and look for any anchor of a topic in
// the raw text (an everyday anchor word only where a term that holds it is
// written around it). Most pages stop there, keeping one debounced watcher
// for content that arrives later. In Chrome such a page makes no extension
// API call: the settings are read (one storage call, one listener) at the
// first hit, or first where the reader has topics of their own; the
// background reaches the gate through the isolated world's global
// (shared/tab-messaging.ts). Firefox reads the settings first and listens.
// Where an anchor is found, or the reader asks for the sidebar, the engine
// (entrypoints/engine) is loaded and takes over the work.

import gate from 'virtual:detector-gate';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { anchorTermsOf } from '../../core/anchor-confirm.ts';
import { AnchorScanner } from '../../core/anchors.ts';
import { DETECTOR_PLAN_KEY, isUsablePlan } from '../../shared/detector-plan-item.ts';
import type { PageStatus } from '../../shared/messages.ts';
import { receiveFromBackground } from '../../shared/tab-messaging.ts';
import { readSettings, watchSettings } from '../../shared/setting.ts';
import { type OpenMode, openMode, siteKey, sitesOff, topicsOff } from '../../shared/settings.ts';
import { ENGINE_API, ENGINE_SCRIPT, type Engine, type EngineApi, type PageSettings } from '../engine/api.ts';
import { idle } from '../../shared/idle-slices.ts';
import { CUSTOM_TOPICS_FLAG } from '../../shared/page-gate-globals.ts';
import { PageWatcher } from './page-watch.ts';
import { pageMayMatch } from '../../shared/raw-text-anchors.ts';
import { bodyOf, pageForSaving } from '../../shared/safe-document.ts';

export class PageGate {
  private readonly settings: PageSettings = { off: new Set(), sites: [], mode: 'sidebar', customPlan: null };
  private anchors = new AnchorScanner(gate.anchors);
  /** Which terms confirm an anchor word: a page that says "Model S" is no page about AI models. */
  private terms = gate.terms;
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

  constructor(private readonly ctx: ContentScriptContext) {}

  async start(): Promise<void> {
    const ctx = this.ctx;
    receiveFromBackground(
      {
        status: () => this.status(),
        toggleSidebar: async () => {
          await this.readSettings();
          await (await this.loadEngine()).toggle();
        },
        pageForSaving: () => pageForSaving(),
        customTopicsChanged: async () => {
          await this.readSettings();
          void this.look();
        },
      },
      ctx.signal,
    );
    // Chrome: until an anchor is found the settings do not matter (a site or
    // topic switched off only stops what a hit would start, and the built-in
    // anchors are looked for whichever topics are on), unless the reader has
    // topics of their own, whose anchors are in the stored plan: a script the
    // background registers then sets the flag. Firefox reads first.
    const custom = (globalThis as Record<string, unknown>)[CUSTOM_TOPICS_FLAG] === true;
    if (!import.meta.env.CHROME || custom) await this.readSettings();
    this.watcher = new PageWatcher(ctx, () => void this.look(), (n) => this.engine?.isOurs(n) ?? false);
    // After the page's own load, at idle: the reader's page comes first.
    if (document.readyState !== 'complete') {
      await new Promise<void>((resolve) => ctx.addEventListener(window, 'load', () => resolve(), { once: true }));
    }
    await idle(ctx.signal).catch(() => undefined);
    await this.look();
  }

  /** Reads the settings (one storage call) and watches them (one listener), once: at start, or at the first hit. */
  private readSettings(): Promise<void> {
    this.reading ??= (async () => {
      const { values, extras } = await readSettings([topicsOff, sitesOff, openMode] as const, [DETECTOR_PLAN_KEY]);
      this.settings.off = new Set(values[0]);
      this.settings.sites = values[1];
      this.settings.mode = values[2];
      this.usePlan(extras[0]);
      const unwatch = watchSettings([topicsOff, sitesOff, openMode], [DETECTOR_PLAN_KEY], (key, v) => {
        if (key === topicsOff.key) this.changed(() => (this.settings.off = new Set(v as string[])));
        else if (key === sitesOff.key) this.changed(() => (this.settings.sites = v as string[]));
        else if (key === openMode.key) this.settings.mode = v as OpenMode;
        else this.changed(() => this.usePlan(v));
      });
      this.ctx.onInvalidated(() => {
        try {
          unwatch();
        } catch {
          // The extension's API is already gone after an update: nothing to undo.
        }
      });
      this.settingsRead = true;
    })().catch((e: unknown) => {
      this.reading = null;
      throw e;
    });
    return this.reading;
  }

  /** A plan with the reader's own topics brings their anchors too. */
  private usePlan(stored: unknown): void {
    // Most readers have no topics of their own: no plan, no manifest read.
    const custom = stored != null && isUsablePlan(stored, browser.runtime.getManifest().version) ? stored.plan : null;
    if (custom === this.settings.customPlan) return;
    this.settings.customPlan = custom;
    this.anchors = new AnchorScanner(custom ? custom.scanner.anchors : gate.anchors);
    this.terms = custom ? anchorTermsOf(custom) : gate.terms;
    this.topics = custom ? custom.topics.map((t) => t.id) : gate.topics;
  }

  private changed(apply: () => void): void {
    apply();
    void this.look();
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
      if (!bodyOf(document) || !(await pageMayMatch(document, this.anchors, this.ctx.signal, this.terms))) return;
      await this.readSettings();
      if (!this.mayShow()) return;
      // The reader may have asked for the sidebar while the text was being read.
      if (this.engine) return this.lookWithEngine();
      await (await this.loadEngine()).rescan({ anchorSeen: true });
    } catch (e) {
      // After an update this instance is cut off from the extension; quietly.
      if (!this.ctx.isInvalid) console.warn('Related Coverage: could not look at this page', e);
    }
  }

  /** The site is on and some topic is (known once the settings are read). */
  private mayShow(): boolean {
    return !this.settings.sites.includes(siteKey(location.hostname)) && this.topics.some((t) => !this.settings.off.has(t));
  }

  private loadEngine(): Promise<Engine> {
    this.loading ??= (async () => {
      const url = (browser.runtime.getURL as (path: string) => string)(ENGINE_SCRIPT);
      await import(/* @vite-ignore */ url);
      const api = (globalThis as Record<string, unknown>)[ENGINE_API] as EngineApi | undefined;
      if (!api) throw new Error('the engine loaded but did not register');
      this.engine = api.start(this.ctx, this.settings, {
        discardOwnChanges: () => this.watcher?.discardPending(),
        pageId: () => this.pageId,
        mayMatch: (signal) => pageMayMatch(document, this.anchors, signal, this.terms),
        anchors: () => this.anchors,
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
