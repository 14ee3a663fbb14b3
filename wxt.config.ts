import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { detectorPlanPlugin } from './scripts/detector-plan-plugin.ts';

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
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { binaries },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [detectorPlanPlugin()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and the reader's own corpus. Nothing else is asked for:
    // content scripts need no permission to run, the badge and the shortcut
    // need none, and the popup reaches the current tab by messaging it.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    // The sidebar's code, loaded by the content script only where a topic is
    // found. A per-session address (Chrome) keeps pages from probing for it.
    web_accessible_resources: [
      { resources: ['sidebar-ui.js'], matches: ['<all_urls>'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
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
              // 140 is the first Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
