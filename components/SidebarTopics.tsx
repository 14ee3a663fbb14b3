// The sidebar's first section: the topics found on the page with their
// mention counts, the stepper through the mentions, and "Add this page to my
// corpus" when the controller offers it.

import type { TopicCount } from '../shared/messages.ts';
import type { Translate } from '../shared/translate.ts';

export interface SidebarTopicsProps {
  t: Translate;
  headingId: string;
  topics: TopicCount[];
  /** index -1: no mention selected. */
  mention: { index: number; total: number };
  onPrevMention(): void;
  onNextMention(): void;
  onAddPage?: () => void;
}

export function SidebarTopics({ t, headingId, topics, mention, ...on }: SidebarTopicsProps) {
  return (
    <section class="rc-section rc-section--topics" aria-labelledby={headingId}>
      <h3 class="rc-section-title" id={headingId}>
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
          onClick={on.onPrevMention}
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
          onClick={on.onNextMention}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M3 6l5 5 5-5" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
          </svg>
        </button>
      </div>
      {on.onAddPage && (
        <div class="rc-add-page">
          <button type="button" class="rc-button" data-testid="add-page" onClick={on.onAddPage}>
            {t('addPage')}
          </button>
        </div>
      )}
    </section>
  );
}
