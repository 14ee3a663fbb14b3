// Registered by the background (background/custom-topics-flag.ts)
// only while the reader has topics of their own: it tells the gate, without
// an API call, that it must read their plan from storage before it scans.

import { CUSTOM_TOPICS_FLAG } from '../../shared/page-gate-globals.ts';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CUSTOM_TOPICS_FLAG] = true;
});
