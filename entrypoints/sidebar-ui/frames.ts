// When the sidebar's next piece of drawing may run: a task of its own, or
// after the browser drew a frame.

export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** After the browser drew a frame (or soon, in a tab that draws none). */
export const afterNextFrame = () =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    };
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(done);
  });

/** The next step of drawing: after the frame that laid out the last one (a hidden tab draws no frames). */
export const nextStep = () => (document.visibilityState === 'hidden' ? nextTask() : afterNextFrame());
