// The sidebar: the topics found on the page with their mention counts, a
// stepper through the mentions, a search over the corpus, and the related
// passages, one card per article (or the search results while a query is
// typed). Presentational: everything arrives in props and every action
// leaves through a callback. The parts are SidebarTopics, SidebarSearch and
// PassageList; this file is the frame and the keyboard.
//
// Keyboard, anywhere inside: Escape closes (in a search box with text, it
// clears the search first); "[" and "]" (outside the search box) or
// Alt+ArrowUp and Alt+ArrowDown step through the mentions in the page.

import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { PassageView, TopicCount } from '../shared/messages.ts';
import type { Translate } from '../shared/translate.ts';
import { IconButton } from './IconButton.tsx';
import type { CopyText } from './PassageCard.tsx';
import { PassageList } from './PassageList.tsx';
import { type SearchState, SidebarSearch } from './SidebarSearch.tsx';
import { SidebarTopics } from './SidebarTopics.tsx';

export interface SidebarProps {
  t: Translate;
  topics: TopicCount[];
  /** null while loading. */
  passages: PassageView[] | null;
  error: string | null;
  search: SearchState;
  onSearch(query: string): void;
  /** index -1: no mention selected. */
  mention: { index: number; total: number };
  onPrevMention(): void;
  onNextMention(): void;
  /** The topic of a mention the reader clicked in the page: its first passage is scrolled to and flagged. */
  focusedTopic: string | null;
  onClose(): void;
  /** "Add this page to my corpus", shown when given. */
  onAddPage?: () => void;
  /** Puts a citation on the clipboard; without it, no "copy" buttons. */
  onCopy?: CopyText;
  /**
   * How many of the list's passages (in rank order, not cards) are drawn
   * so far: the host draws a long list a few a step, so no task of ours
   * holds the page up; a card holds those of its passages drawn so far. All
   * when absent; the list says it is busy until all are drawn.
   */
  drawn?: number;
}

/** The first passage that matched because of `topicId`. */
export function firstPassageFor(topicId: string, list: readonly PassageView[]) {
  return list.find((p) => p.reasons?.topicIds?.includes(topicId) || p.reasons?.eventTopicId === topicId) ?? null;
}

/**
 * Scrolls the panel (and only the panel: scrollIntoView would also scroll the
 * page under it) so that `el` is in view, moving as little as needed.
 */
export function scrollWithin(container: HTMLElement, el: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (r.top < box.top) container.scrollTop -= box.top - r.top;
  else if (r.bottom > box.bottom) container.scrollTop += Math.min(r.bottom - box.bottom, r.top - box.top);
}

/** Where "[" and "]" are typed, not commands. (No instanceof: content scripts see other realms' nodes.) */
function isTextField(target: EventTarget | null): boolean {
  const el = target as { localName?: unknown; isContentEditable?: unknown } | null;
  return el?.localName === 'input' || el?.localName === 'textarea' || el?.isContentEditable === true;
}

/** Keys typed in the sidebar are ours: the page's shortcuts (j/k, "/", Escape) must not see them. */
const keepFromPage = (e: Event) => e.stopPropagation();

/** -1, 1 or 0: the mention step a key asks for. */
function stepOf(e: TargetedKeyboardEvent<HTMLElement>): number {
  if (e.altKey) return e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : 0;
  if (isTextField(e.target)) return 0;
  return e.key === '[' ? -1 : e.key === ']' ? 1 : 0;
}

export function Sidebar(props: SidebarProps) {
  const { t, search } = props;
  const ids = { title: useId(), help: useId(), topics: useId(), list: useId(), results: useId() };
  const listRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  const searching = search.query.trim() !== '';
  const list = searching ? search.results : props.passages;
  const focused = props.focusedTopic && list ? firstPassageFor(props.focusedTopic, list) : null;
  // Scrolled to once its card is drawn.
  const focusedDrawn = focused !== null && list !== null && list.indexOf(focused) < (props.drawn ?? Number.POSITIVE_INFINITY);

  useEffect(() => {
    if (!focused) return;
    const cards = listRef.current?.querySelectorAll<HTMLElement>('[data-passage-id]') ?? [];
    const card = [...cards].find((el) => el.getAttribute('data-passage-id') === focused.id);
    if (card && bodyRef.current) scrollWithin(bodyRef.current, card);
  }, [focused?.id, props.focusedTopic, focusedDrawn]);

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLElement>) => {
    e.stopPropagation();
    if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onClose();
      return;
    }
    const step = stepOf(e);
    if (!step) return;
    e.preventDefault();
    if (step < 0) props.onPrevMention();
    else props.onNextMention();
  };

  return (
    <aside
      class="rc rc-panel"
      role="complementary"
      aria-labelledby={ids.title}
      aria-describedby={ids.help}
      lang={t.lang}
      data-testid="sidebar"
      onKeyDown={onKeyDown}
      onKeyUp={keepFromPage}
      onKeyPress={keepFromPage}
    >
      <header class="rc-header">
        <h2 class="rc-title" id={ids.title} tabIndex={-1} data-autofocus>
          {t('extName')}
        </h2>
        <IconButton testid="close" label={t('closeSidebar')} path="M3 3l10 10M13 3L3 13" onClick={props.onClose} />
      </header>
      <p class="rc-vh" id={ids.help}>
        {t('keyboardHelp')}
      </p>

      <div class="rc-body" ref={bodyRef}>
        <SidebarTopics
          t={t}
          headingId={ids.topics}
          topics={props.topics}
          mention={props.mention}
          onPrevMention={props.onPrevMention}
          onNextMention={props.onNextMention}
          onAddPage={props.onAddPage}
        />
        <SidebarSearch t={t} search={search} onSearch={props.onSearch} resultsId={ids.results} />
        <section class="rc-section" aria-labelledby={ids.list}>
          <h3 class="rc-section-title" id={ids.list}>
            {t(searching ? 'searchHeading' : 'relatedHeading')}
          </h3>
          {props.error && (
            <div class="rc-error" role="alert" data-testid="error">
              <p class="rc-error-title">{t('errorTitle')}</p>
              <p class="rc-error-detail">{props.error}</p>
            </div>
          )}
          <div
            ref={listRef}
            id={ids.results}
            aria-busy={list === null || (searching && search.busy) || (props.drawn ?? Number.POSITIVE_INFINITY) < list.length ? 'true' : undefined}
          >
            <PassageList
              t={t}
              list={list && props.drawn !== undefined ? list.slice(0, props.drawn) : list}
              query={searching ? search.query.trim() : null}
              error={props.error}
              focusedId={focused?.id ?? null}
              onCopy={props.onCopy}
            />
          </div>
        </section>
      </div>
    </aside>
  );
}
