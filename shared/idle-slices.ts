// Runs long work in slices at idle time so the page never gets a long task
// (50 ms or more) from us, however big it is.
//
// Ships in: content.js, engine.js.

const SLICE_MS = 5;

type IdleDeadlineLike = { timeRemaining(): number };

function nextIdle(signal: AbortSignal): Promise<IdleDeadlineLike> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const ric = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
    let id: number;
    const cancel = () => {
      if (ric) cancelIdleCallback(id);
      else clearTimeout(id);
      reject(signal.reason);
    };
    signal.addEventListener('abort', cancel, { once: true });
    const done = (d: IdleDeadlineLike) => {
      signal.removeEventListener('abort', cancel);
      resolve(d);
    };
    // A page that is never idle (animations) still gets scanned, a little later.
    if (ric) id = ric(done, { timeout: 1000 });
    else id = setTimeout(() => done({ timeRemaining: () => SLICE_MS }), 16) as unknown as number;
  });
}

/** Calls `step(deadline)` in idle slices until it returns true. */
export async function runInSlices(step: (deadlineMs: number) => boolean, signal: AbortSignal): Promise<void> {
  for (;;) {
    const idle = await nextIdle(signal);
    const budget = Math.max(2, Math.min(SLICE_MS, idle.timeRemaining()));
    if (step(performance.now() + budget)) return;
  }
}

/** Waits for an idle moment (or a short timeout on a busy page). */
export async function idle(signal: AbortSignal): Promise<void> {
  await nextIdle(signal);
}
