// The toolbar popup: one switch per topic with its count on this tab, a switch
// for the current site, whether the sidebar opens by itself, and a button to
// show or hide it here, and ways to save the page and to reach the options
// page (saved articles and the reader's own topics). Presentational: the popup entry reads and writes the
// settings and talks to the tab.

import { useId } from 'preact/hooks';
import type { TabStatus } from '../shared/messages.ts';
import type { OpenMode } from '../shared/settings.ts';
import type { Translate } from '../shared/translate.ts';
import { Switch } from './Switch.tsx';

export interface PopupTopic {
  id: string;
  label: string;
  enabled: boolean;
}

export interface PopupProps {
  t: Translate;
  /** null: this page cannot be scanned (browser pages, extension stores). */
  status: TabStatus | null;
  topics: PopupTopic[];
  openMode: OpenMode;
  /** Already translated, e.g. settings that could not be read and were kept aside. */
  notices: string[];
  onToggleTopic(id: string, enabled: boolean): void;
  onToggleSite(disabled: boolean): void;
  onOpenMode(mode: OpenMode): void;
  onToggleSidebar?: () => void;
  onAddPage?: () => void;
  onOpenOptions(): void;
}

export function Popup(props: PopupProps) {
  const { t, status, topics, openMode } = props;
  const ids = { title: useId(), topics: useId(), mode: useId(), notices: useId() };
  // Counts only mean something on a page that was scanned.
  const counting = status !== null && !status.siteDisabled;
  const countOf = (id: string) => status?.topics.find((x) => x.id === id)?.count ?? 0;

  return (
    <main class="rc-popup" aria-labelledby={ids.title} data-testid="popup">
      <h1 class="rc-popup-title" id={ids.title}>
        {t('extName')}
      </h1>

      {status === null ? (
        <p class="rc-popup-note" data-testid="unavailable">
          {t('popupUnavailable')}
        </p>
      ) : (
        <div class="rc-popup-block">
          <Switch testId="site-toggle" checked={!status.siteDisabled} onChange={(on) => props.onToggleSite(!on)}>
            {t(status.siteDisabled ? 'siteToggleOff' : 'siteToggle', [status.host])}
          </Switch>
          {status.siteDisabled && (
            <p class="rc-popup-note" data-testid="site-off">
              {t('siteOff')}
            </p>
          )}
        </div>
      )}

      <section class="rc-popup-block" aria-labelledby={ids.topics}>
        <h2 class="rc-popup-heading" id={ids.topics}>
          {t('popupTopicsHeading')}
        </h2>
        <ul class="rc-popup-topics">
          {topics.map((topic) => (
              <li key={topic.id}>
                <Switch
                  testId="topic-toggle"
                  topicId={topic.id}
                  checked={topic.enabled}
                  onChange={(on) => props.onToggleTopic(topic.id, on)}
                >
                  {topic.label}
                  {counting && (
                    <span class="rc-popup-count" data-testid="topic-count" data-topic-id={topic.id}>
                      {/* A topic switched off is not looked for: its count is not 0, it is unknown. */}
                      {topic.enabled ? t.plural('mentions', countOf(topic.id)) : t('topicNotCounted')}
                    </span>
                  )}
                </Switch>
              </li>
          ))}
        </ul>
      </section>

      <fieldset class="rc-popup-block rc-fieldset" role="radiogroup" data-testid="open-mode">
        <legend class="rc-popup-heading">{t('openModeLegend')}</legend>
        {(['sidebar', 'tab'] as const).map((mode) => (
          <label class="rc-radio-row" key={mode}>
            <input
              type="radio"
              name={ids.mode}
              value={mode}
              data-mode={mode}
              checked={openMode === mode}
              onChange={(e) => {
                if (e.currentTarget.checked) props.onOpenMode(mode);
              }}
            />
            <span>{t(mode === 'sidebar' ? 'openModeSidebar' : 'openModeTab')}</span>
          </label>
        ))}
      </fieldset>

      <div class="rc-popup-block rc-popup-actions">
        {props.onToggleSidebar && status && !status.siteDisabled && (
          <button type="button" class="rc-popup-button" data-testid="toggle-sidebar" onClick={props.onToggleSidebar}>
            {t(status.sidebar === 'open' ? 'hideSidebar' : 'showSidebar')}
          </button>
        )}
        {/* A site switched off is not read, so none of its pages is saved from here. */}
        {props.onAddPage && !status?.siteDisabled && (
          <button type="button" class="rc-popup-button" data-testid="add-page" onClick={props.onAddPage}>
            {t('addPage')}
          </button>
        )}
        <button type="button" class="rc-popup-button" data-testid="open-options" onClick={props.onOpenOptions}>
          {t('openOptions')}
        </button>
      </div>

      {props.notices.length > 0 && (
        <section class="rc-popup-block rc-popup-notices" aria-labelledby={ids.notices}>
          <h2 class="rc-popup-heading" id={ids.notices}>
            {t('noticesHeading')}
          </h2>
          <ul data-testid="notices">
            {props.notices.map((notice, i) => (
              <li key={i}>{notice}</li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
