// Registered by the background (background/gate-off.ts) for the sites the
// reader switched off, or for every site while every topic is off: the gate
// then does not look at the page at all, and learns it without an API call.

import { GATE_OFF_FLAG } from '../../shared/page-gate-globals.ts';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[GATE_OFF_FLAG] = true;
});
