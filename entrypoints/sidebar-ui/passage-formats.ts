// The dates and "why" lists of the passages in view, in the interface's
// language, formatted by the background (`formats`, background/
// passage-formats.ts): the sidebar makes no Intl formatter on the reader's
// page for them, where the first one costs one native call of 10-24 ms (V8
// lists ICU's locales), which no slicing can split. Search results come
// with theirs; ranked passages do not, and are asked for here, first while
// the sidebar mounts. The panel draws a view only once its strings are known
// (sidebar-host.tsx paint), whichever path asked for the drawing.

import type { FormatRequest, PassageView } from '../../shared/messages.ts';
import { type Formatted, type Translate, listKey } from '../../shared/translate.ts';
import { formatsNeeded } from '../../shared/why-lists.ts';
import type { SidebarView } from './api.ts';

export type AskFormats = (request: FormatRequest) => Promise<Formatted>;

/**
 * How long the panel waits for the background's answer before it formats
 * for itself: a bound for a background that is stuck, not a measure of
 * speed (the answer takes a few milliseconds, a busy worker's much more).
 */
const PATIENCE_MS = 1000;

export class PassageFormats {
  /** Each date ("d…") and list ("l…") asked for: the answer under way, or null once it settled. */
  private readonly asked = new Map<string, Promise<void> | null>();

  constructor(
    private readonly t: () => Translate,
    private readonly ask: AskFormats,
  ) {}

  /** The passages and search results of a view (learn). */
  learnView(view: SidebarView): Promise<void> | null {
    return this.learn([...(view.passages ?? []), ...(view.search.results ?? [])]);
  }

  /**
   * Learns what the passages carry, and asks for what they lack: null when
   * every string is known, else a promise that settles once those under way
   * are learnt. It never rejects: if the background cannot answer, or not
   * in time, the sidebar formats those few strings itself (Translate's own
   * Intl), slower but right.
   */
  learn(passages: ReadonlyArray<PassageView | null | undefined>): Promise<void> | null {
    const t = this.t();
    const request: FormatRequest = { dates: [], lists: [] };
    const fresh = new Set<string>();
    const waits = new Set<Promise<void>>();
    const need = (key: string): boolean => {
      if (fresh.has(key)) return false;
      if (!this.asked.has(key)) return Boolean(fresh.add(key));
      const underWay = this.asked.get(key);
      if (underWay) waits.add(underWay);
      return false;
    };
    for (const p of passages) {
      if (!p) continue;
      if (p.formatted) {
        t.learn(p.formatted);
        continue;
      }
      const { dates, lists } = formatsNeeded(p);
      for (const date of dates) if (need(`d${date}`)) request.dates.push(date);
      for (const items of lists) if (need(`l${listKey(items)}`)) request.lists.push(items);
    }
    if (fresh.size) {
      const answered = withPatience(this.ask(request))
        .then(
          (formatted) => t.learn(formatted),
          () => undefined,
        )
        .finally(() => {
          for (const key of fresh) this.asked.set(key, null);
        });
      for (const key of fresh) this.asked.set(key, answered);
      waits.add(answered);
    }
    return waits.size ? Promise.all(waits).then(() => undefined) : null;
  }
}

function withPatience<T>(answer: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the background did not answer in time')), PATIENCE_MS);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}
