import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { asciiOnlyPlugin } from './scripts/ascii-only-plugin.ts';
import { detectorPlanPlugin } from './scripts/detector-plan-plugin.ts';
import { checkLocales } from './scripts/locale-check.ts';
import { noInnerHtmlPlugin } from './scripts/no-inner-html-plugin.ts';

// A fixed gecko id lets Firefox keep the add-on's storage across updates and
// lets tests pin its moz-extension:// address.
export const GECKO_ID = 'related-coverage@related-coverage.invalid';

// `npm run dev` opens these when they are installed (Debian's packages), else
// WXT looks for Chrome and Firefox where they usually are.
const binaries = Object.fromEntries(
  [
    ['chrome', '/usr/bin/chromium'],
    ['firefox', '/usr/bin/firefox-esr'],
  ].filter(([, path]) => existsSync(path!)),
);

export default defineConfig({
  // The interface's strings: locales/*.yml, built into _locales/ with typed
  // keys (see locales/en.yml for how to add one).
  modules: ['@wxt-dev/i18n/module'],
  webExt: { binaries },
  // The sources package Firefox Add-ons asks for: what git tracks, so that
  // `npm ci && npm run build` on it rebuilds the add-on from the lockfile.
  zip: {
    excludeSources: ['test-results/**', 'bench/results/**', 'public/corpus-index.json', 'stats.html'],
  },
  vite: () => ({
    // ES2022, which the oldest browsers the manifests accept (Chromium 150,
    // Firefox 153) run as written. With a Chrome version as target (Vite's
    // default has chrome87), esbuild 0.28 turns every `\p{…}` regex literal
    // into a `new RegExp(…)`, built again on each call in the ranking's loops.
    build: { target: 'es2022' },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [detectorPlanPlugin(), noInnerHtmlPlugin()],
  }),
  hooks: {
    // The bundled corpus ships inside background.js (entrypoints/background/
    // corpus.ts imports it as text), so a cold worker reads no file for it:
    // not a second time as a public file.
    'build:publicAssets': (_wxt, files) => {
      const at = files.findIndex((f) => f.relativeDest === 'corpus-index.json');
      if (at >= 0) files.splice(at, 1);
    },
    // `wxt prepare` (the typecheck) and every build stop on a locale file that
    // lacks a key, keeps a stale one or has the wrong plural forms.
    'prepare:types': (wxt) => checkLocales(resolve(wxt.config.srcDir, 'locales'), wxt.config.manifest.default_locale ?? 'en'),
    // WXT fills the toolbar button's title with the literal package name;
    // the browser's i18n should choose it, as it does the extension's name.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action]) if (action) action.default_title = '__MSG_extName__';
    },
    // The gate (entrypoints/content) is built without WXT's content-script
    // wrapper, which would start a ContentScriptContext on every page (an
    // extension API touch and two events; see content/gate-context.ts), but
    // with WXT's plain-script wrapper: WXT still writes its manifest entry.
    'vite:build:extendConfig': (entrypoints, config) => {
      // background.js in ASCII only (scripts/ascii-only-plugin.ts): the
      // corpus and plans inside carry Chinese, and a script with one character
      // past U+00FF is held as two bytes a character. Read as one-byte text,
      // a cold worker starts and parses the corpus faster.
      if (entrypoints.some((e) => e.type === 'background')) {
        config.esbuild = { ...(config.esbuild || {}), charset: 'ascii' };
        config.plugins = [...(config.plugins ?? []), asciiOnlyPlugin()];
      }
      if (entrypoints.length !== 1 || entrypoints[0]!.type !== 'content-script' || entrypoints[0]!.name !== 'content') return;
      const lib = config.build?.lib;
      const wrapped = 'virtual:wxt-content-script-isolated-world-entrypoint?';
      if (!lib || typeof lib.entry !== 'string' || !lib.entry.startsWith(wrapped)) {
        throw new Error('WXT changed how it builds content scripts: see the gate\'s build hook in wxt.config.ts');
      }
      lib.entry = lib.entry.replace(wrapped, 'virtual:wxt-unlisted-script-entrypoint?');
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and the reader's own corpus. scripting and host
    // access, in both browsers: the background reaches a page's gate by
    // running a one-line function in its isolated world and registers the
    // one-line flag scripts (background/gate-off.ts, custom-topics-flag.ts),
    // so a page about nothing makes no API call and registers no listener;
    // in Chrome an update also puts the content script back into open tabs
    // (Firefox does that itself). Firefox has `scripting` for Manifest V2
    // since 102 (bug 1766615), persistAcrossSessions since 105 (bug 1751436;
    // MDN, scripting.registerContentScripts and RegisteredContentScript); WXT moves
    // host_permissions into `permissions` for MV2. Both browsers already ask
    // for access to all sites for the <all_urls> content script, so the
    // prompt is the same (REVIEWER-NOTES.md). Nothing else: the badge and the
    // shortcut need no permission.
    permissions: ['storage', 'scripting'],
    host_permissions: ['<all_urls>'],
    // Extension pages load only the extension's own code and data, and can
    // reach no server: nothing a page reads ever leaves the device.
    content_security_policy:
      browser === 'firefox'
        ? "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'"
        : {
            extension_pages:
              "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'",
          },
    action: { default_title: '__MSG_extName__' },
    // The oldest Chromium the end-to-end suite passed on (README, "Supported
    // browsers"); the newest API used without a fallback, AbortSignal.any,
    // came in 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '150' }),
    // The content script's engine and the sidebar's code, loaded only where a
    // topic may be, and the gate's settings code, loaded at a hit. A
    // per-session address (Chrome; Firefox's address is per install) keeps
    // pages from probing for them.
    web_accessible_resources: [
      {
        resources: ['engine.js', 'sidebar-ui.js', 'gate-settings.js'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'toggle-sidebar': {
        // Chromium leaves Alt+Shift+R unassigned; Alt+Shift+Y is free in both browsers.
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // The oldest Firefox the whole end-to-end suite passes on: ESR 153
              // (README, "Supported browsers"). ESR 140 fails five of its tests
              // and no longer gets security fixes.
              strict_min_version: '153.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android runs the same Gecko; every release before 153 is past its end of life.
            gecko_android: { strict_min_version: '153.0' },
          },
        }
      : {}),
  }),
});
