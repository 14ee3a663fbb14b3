// The sidebar's search box over the whole corpus, with its live status line.
//
// The box owns its text. Writing the query prop back into it would let an
// older render undo keys typed between two frames, and would break an input
// method mid-composition (pinyin, etc.). The prop is copied in only when it
// changed from outside, such as a search cleared by the controller.

import type { TargetedKeyboardEvent } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PassageView } from '../shared/messages.ts';
import type { Translate } from '../shared/translate.ts';
import { groupByArticle } from './article-groups.ts';

export interface SearchState {
  query: string;
  results: PassageView[] | null;
  busy: boolean;
}

export interface SidebarSearchProps {
  t: Translate;
  search: SearchState;
  onSearch(query: string): void;
  /** The id of the list the box controls. */
  resultsId: string;
}

export function SidebarSearch({ t, search, onSearch, resultsId }: SidebarSearchProps) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
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
    onSearch(value);
  };

  const clearBox = () => {
    if (inputRef.current) inputRef.current.value = '';
    setDraft('');
    send('');
  };

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && !e.isComposing && e.currentTarget.value !== '') {
      // First Escape clears the search; the next one closes the sidebar.
      e.preventDefault();
      clearBox();
    }
  };

  return (
    <form class="rc-search" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="rc-label" for={inputId}>
        {t('searchLabel')}
      </label>
      <div class="rc-search-row">
        <input
          ref={inputRef}
          id={inputId}
          class="rc-input"
          type="search"
          data-testid="search"
          defaultValue={sentAtMount}
          placeholder={t('searchPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          aria-controls={resultsId}
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
          onKeyDown={onKeyDown}
        />
        {draft !== '' && (
          <button
            type="button"
            class="rc-button"
            data-testid="search-clear"
            onClick={() => {
              clearBox();
              inputRef.current?.focus();
            }}
          >
            {t('searchClear')}
          </button>
        )}
      </div>
      <p class="rc-status" role="status" data-testid="search-status">
        {searchStatus(t, search)}
      </p>
    </form>
  );
}

/** What the live region says about the search: announced as it changes. */
function searchStatus(t: Translate, search: SearchState): string {
  const query = search.query.trim();
  if (!query) return '';
  if (search.busy || search.results === null) return t('searching');
  if (!search.results.length) return t('searchNoResults', [query]);
  // As many as the list shows: a passage whose words already stand higher up is left out of it.
  const shown = groupByArticle(search.results).reduce((n, group) => n + group.passages.length, 0);
  return t.plural('searchResults', shown);
}
