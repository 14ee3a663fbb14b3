// The dates and "why" lists of the passages in view, in the interface's
// language, formatted by the background (`formats`, background/
// passage-formats.ts): the sidebar makes no Intl formatter on the reader's
// page, where the first one costs one native call of 10-24 ms (V8 lists
// ICU's locales), which no slicing can split. Search results come with
// theirs; ranked passages do not, and are asked for here while the sidebar
// mounts.

import type { FormatRequest, PassageView } from '../../shared/messages.ts';
import { type Formatted, type Translate, listKey } from '../../shared/translate.ts';
import { whyLists } from '../../shared/why-lists.ts';

export type AskFormats = (request: FormatRequest) => Promise<Formatted>;

export class PassageFormats {
  /** Dates and list keys learnt or being asked for: asked once each. */
  private readonly dates = new Set<string>();
  private readonly lists = new Set<string>();

  constructor(
    private readonly t: () => Translate,
    private readonly ask: AskFormats,
  ) {}

  /**
   * Learns what the passages carry, and asks for what they lack: null when
   * nothing is missing, else a promise that settles once the answer is
   * learnt. It never rejects: if the background cannot answer, the sidebar
   * formats those few strings itself (Translate's own Intl), slower but right.
   */
  learn(passages: ReadonlyArray<PassageView | null | undefined>): Promise<void> | null {
    const t = this.t();
    const request: FormatRequest = { dates: [], lists: [] };
    for (const p of passages) {
      if (!p) continue;
      if (p.formatted) {
        t.learn(p.formatted);
        continue;
      }
      const date = p.article.published;
      if (typeof date === 'string' && !this.dates.has(date)) {
        this.dates.add(date);
        request.dates.push(date);
      }
      for (const items of Object.values(whyLists(p.reasons))) {
        const key = listKey(items);
        if (!items.length || this.lists.has(key)) continue;
        this.lists.add(key);
        request.lists.push(items);
      }
    }
    if (!request.dates.length && !request.lists.length) return null;
    return this.ask(request).then(
      (formatted) => t.learn(formatted),
      () => undefined,
    );
  }
}
