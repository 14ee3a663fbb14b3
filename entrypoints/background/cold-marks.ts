// Three performance marks on the background's own timeline: started (its
// script evaluated), the first request from a page, the first answer. The
// benchmark reads them from Firefox's background page (bench/cold-firefox.ts),
// where no trace of the start is at hand; each is one call, made once.

const MARK = 'related-coverage:';
let requested = false;
let answered = false;

export const markStarted = (): void => void performance.mark(`${MARK}started`);

export function markFirstRequest(): void {
  if (requested) return;
  requested = true;
  performance.mark(`${MARK}first-request`);
}

export function markFirstAnswer(): void {
  if (answered) return;
  answered = true;
  performance.mark(`${MARK}first-answer`);
}
