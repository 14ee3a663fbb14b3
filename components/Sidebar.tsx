// The sidebar: the topics found on the page with their mention counts, a
// stepper through the mentions, a search over the corpus, and the related
// passages (or the search results while a query is typed). Presentational:
// everything arrives in props and every action leaves through a callback.
//
// Keyboard, anywhere inside: Escape closes (in a search box with text, it
// clears the search first); "[" and "]" (outside the search box) or
// Alt+ArrowUp and Alt+ArrowDown step through the mentions in the page.

import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PassageView, TopicCount } from '../shared/messages.ts';
import type { Translate } from '../shared/translate.ts';
import { PassageCard } from './PassageCard.tsx';

export interface SidebarProps {
  t: Translate;
  topics: TopicCount[];
  /** null while loading. */
  passages: PassageView[] | null;
  error: string | null;
  search: { query: string; results: PassageView[] | null; busy: boolean };
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
  /**
   * How many of the list's cards are drawn so far: the host draws a long
   * list a few cards a task, so no task of ours holds the page up. All when
   * absent; the list says it is busy until all are drawn.
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

export function Sidebar(props: SidebarProps) {
  const { t, topics, passages, error, search, mention } = props;
  const ids = {
    title: useId(),
    help: useId(),
    topics: useId(),
    list: useId(),
    results: useId(),
    search: useId(),
  };
  const listRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // The box owns its text. Writing the query prop back into it would let an
  // older render undo keys typed between two frames, and would break an input
  // method mid-composition (pinyin, etc.). The prop is copied in only when it
  // changed from outside, such as a search cleared by the controller.
  const [draft, setDraft] = useState(search.query);
  const composing = useRef(false);
  const sent = useRef(search.query);
  const [sentAtMount] = useState(search.query);
  useLayoutEffect(() => {
    if (search.query === sent.current) return;
    sent.current = search.query;
    const input = inputRef.current;
    if (!input || composing.current) return;
    input.value = search.query;
    setDraft(search.query);
  }, [search.query]);
  const send = (value: string) => {
    sent.current = value;
    props.onSearch(value);
  };

  const searching = search.query.trim() !== '';
  const list = searching ? search.results : passages;
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
    const step =
      e.altKey && e.key === 'ArrowUp'
        ? -1
        : e.altKey && e.key === 'ArrowDown'
          ? 1
          : !e.altKey && !isTextField(e.target) && e.key === '['
            ? -1
            : !e.altKey && !isTextField(e.target) && e.key === ']'
              ? 1
              : 0;
    if (!step) return;
    e.preventDefault();
    if (step < 0) props.onPrevMention();
    else props.onNextMention();
  };

  const onSearchKeyDown = (e: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && !e.isComposing && e.currentTarget.value !== '') {
      // First Escape clears the search; the next one closes the sidebar.
      e.preventDefault();
      clearBox();
    }
  };

  const clearBox = () => {
    if (inputRef.current) inputRef.current.value = '';
    setDraft('');
    send('');
  };

  const clearSearch = () => {
    clearBox();
    inputRef.current?.focus();
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
        <button
          type="button"
          class="rc-icon-button"
          data-testid="close"
          aria-label={t('closeSidebar')}
          title={t('closeSidebar')}
          onClick={props.onClose}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
          </svg>
        </button>
      </header>
      <p class="rc-vh" id={ids.help}>
        {t('keyboardHelp')}
      </p>

      <div class="rc-body" ref={bodyRef}>
        <section class="rc-section" aria-labelledby={ids.topics}>
          <h3 class="rc-section-title" id={ids.topics}>
            {t('topicsHeading')}
          </h3>
          {topics.length ? (
            <ul class="rc-topics" data-testid="topics">
              {topics.map((topic) => (
                <li class="rc-topic" key={topic.id} data-topic-id={topic.id}>
                  <span class="rc-topic-label">{topic.label}</span>
                  <span class="rc-count">{t.plural('mentions', topic.count)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="rc-muted" data-testid="topics">
              {t('noTopics')}
            </p>
          )}
          <div class="rc-stepper" role="group" aria-label={t('mentionsGroup')} data-testid="mentions">
            <button
              type="button"
              class="rc-icon-button"
              data-testid="prev-mention"
              aria-label={t('prevMention')}
              title={t('prevMention')}
              disabled={mention.total <= 0}
              onClick={props.onPrevMention}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M3 10l5-5 5 5" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
              </svg>
            </button>
            <span class="rc-position" aria-live="polite" aria-atomic="true" data-testid="mention-position">
              {mention.index >= 0 && mention.index < mention.total
                ? t('mentionPosition', [t.number(mention.index + 1), t.number(mention.total)])
                : t.plural('mentions', Math.max(0, mention.total))}
            </span>
            <button
              type="button"
              class="rc-icon-button"
              data-testid="next-mention"
              aria-label={t('nextMention')}
              title={t('nextMention')}
              disabled={mention.total <= 0}
              onClick={props.onNextMention}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M3 6l5 5 5-5" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
              </svg>
            </button>
          </div>
          {props.onAddPage && (
            <div>
              <button type="button" class="rc-button" data-testid="add-page" onClick={props.onAddPage}>
                {t('addPage')}
              </button>
            </div>
          )}
        </section>

        <form class="rc-search" role="search" onSubmit={(e) => e.preventDefault()}>
          <label class="rc-label" for={ids.search}>
            {t('searchLabel')}
          </label>
          <div class="rc-search-row">
            <input
              ref={inputRef}
              id={ids.search}
              class="rc-input"
              type="search"
              data-testid="search"
              defaultValue={sentAtMount}
              placeholder={t('searchPlaceholder')}
              autocomplete="off"
              spellcheck={false}
              aria-controls={ids.results}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setDraft(value);
                if (!composing.current && !e.isComposing) send(value);
              }}
              onCompositionStart={() => {
                composing.current = true;
              }}
              onCompositionEnd={(e) => {
                composing.current = false;
                const value = e.currentTarget.value;
                setDraft(value);
                send(value);
              }}
              onKeyDown={onSearchKeyDown}
            />
            {draft !== '' && (
              <button type="button" class="rc-button" data-testid="search-clear" onClick={clearSearch}>
                {t('searchClear')}
              </button>
            )}
          </div>
          <p class="rc-status" role="status" data-testid="search-status">
            {searchStatus(t, search)}
          </p>
        </form>

        <section class="rc-section" aria-labelledby={ids.list}>
          <h3 class="rc-section-title" id={ids.list}>
            {t(searching ? 'searchHeading' : 'relatedHeading')}
          </h3>
          {error && (
            <div class="rc-error" role="alert" data-testid="error">
              <p class="rc-error-title">{t('errorTitle')}</p>
              <p class="rc-error-detail">{error}</p>
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
              error={error}
              focusedId={focused?.id ?? null}
            />
          </div>
        </section>
      </div>
    </aside>
  );
}

/** What the live region says about the search: announced as it changes. */
function searchStatus(t: Translate, search: SidebarProps['search']): string {
  const query = search.query.trim();
  if (!query) return '';
  if (search.busy || search.results === null) return t('searching');
  if (!search.results.length) return t('searchNoResults', [query]);
  return t.plural('searchResults', search.results.length);
}

function PassageList(props: {
  t: Translate;
  list: PassageView[] | null;
  /** The search, while one is typed; null for the related passages. */
  query: string | null;
  error: string | null;
  focusedId: string | null;
}) {
  const { t, list, query } = props;
  // While searching, the status line above says "searching" and "no results".
  if (query !== null && (list === null || !list.length)) return null;
  if (list === null) {
    // A failed load shows the error above, not a "loading" that never ends.
    if (props.error) return null;
    return (
      <p class="rc-muted" data-testid="loading">
        {t('loading')}
      </p>
    );
  }
  if (!list.length) {
    return (
      <p class="rc-muted" data-testid="empty">
        {t('empty')}
      </p>
    );
  }
  return (
    <ol class="rc-list" data-testid="passages">
      {list.map((p) => (
        <li key={p.id}>
          <PassageCard t={t} passage={p} focused={p.id === props.focusedId} />
        </li>
      ))}
    </ol>
  );
}
