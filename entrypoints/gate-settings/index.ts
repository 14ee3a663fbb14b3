// The gate's settings code, storage (see ./api.ts): a chunk of its own so
// that content.js, which runs on every page, carries none of it. It hands
// its API over through the isolated world's global, which the page cannot
// see.

import { pageForSaving } from '../../shared/safe-document.ts';
import { type GateSettingsApi, SETTINGS_API } from './api.ts';
import { readSettings } from './read-settings.ts';

export default defineUnlistedScript(() => {
  const api: GateSettingsApi = { read: readSettings, pageForSaving };
  (globalThis as Record<string, unknown>)[SETTINGS_API] = api;
});
