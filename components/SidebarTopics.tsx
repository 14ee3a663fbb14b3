// The sidebar's first section: the topics found on the page with their
// mention counts, the stepper through the mentions, and "Add this page to my
// corpus" when the controller offers it.

import type { TopicCount } from '../shared/messages.ts';
import type { Translate } from '../shared/translate.ts';
import { IconButton } from './IconButton.tsx';

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
        <IconButton
          testid="prev-mention"
          label={t('prevMention')}
          path="M3 10l5-5 5 5"
          disabled={mention.total <= 0}
          onClick={on.onPrevMention}
        />
        <span class="rc-position" aria-live="polite" aria-atomic="true" data-testid="mention-position">
          {mention.index >= 0 && mention.index < mention.total
            ? t('mentionPosition', [t.number(mention.index + 1), t.number(mention.total)])
            : t.plural('mentions', Math.max(0, mention.total))}
        </span>
        <IconButton
          testid="next-mention"
          label={t('nextMention')}
          path="M3 6l5 5 5-5"
          disabled={mention.total <= 0}
          onClick={on.onNextMention}
        />
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
