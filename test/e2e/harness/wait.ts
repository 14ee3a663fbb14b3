// The one way the end-to-end tests and their harness wait: for a condition,
// checked again and again until it holds or a limit passes. A test never
// sleeps a fixed time hoping something happened meanwhile: on a busy machine
// it races. The pause between two checks is the only timer here.

/** How often a condition is checked: often enough not to slow a test, rarely enough not to load the browser. */
const CHECK_EVERY_MS = 50;

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `probe` until it returns a truthy value, and returns that value. A
 * probe that throws has not succeeded yet (a page still loading, a session
 * being replaced); past `timeoutMs` the error names `what`, the last value
 * `describe` gives, and the last error.
 */
export async function waitFor<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | null | undefined | false>,
  describe?: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const seen = describe ? `; ${describe()}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen}${lastError ? `; last error: ${String(lastError)}` : ''}`);
    }
    await later(CHECK_EVERY_MS);
  }
}

/**
 * A deliberate pause that is part of what a test does (the rhythm of an
 * attack that repeats), never a wait for something to happen: use waitFor.
 */
export const pause = (ms: number): Promise<void> => later(ms);
