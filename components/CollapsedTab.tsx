// The small tab on the page's edge that brings the sidebar back. It says
// what it is in visible words (the extension's short name, down its
// length), and its accessible name says how many mentions the page has.

import type { Translate } from '../shared/translate.ts';

export interface CollapsedTabProps {
  t: Translate;
  /** Mentions on the page. */
  count: number;
  onOpen(): void;
}

export function CollapsedTab({ t, count, onOpen }: CollapsedTabProps) {
  const label = t('reopen', [t.plural('mentions', count)]);
  return (
    <button
      type="button"
      class="rc rc-tab"
      lang={t.lang}
      data-testid="reopen"
      aria-label={label}
      title={label}
      onClick={onOpen}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M10 3L5 8l5 5" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
      </svg>
      <span class="rc-tab-label" aria-hidden="true" data-testid="reopen-label">
        {t('tabLabel')}
      </span>
      <span class="rc-tab-count" aria-hidden="true">
        {t.number(count)}
      </span>
    </button>
  );
}
