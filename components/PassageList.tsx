// The list under "Related passages" (or "Search results"): one card per
// article, or what stands in for the list while there is none: "loading",
// "nothing related", or nothing at all where the status line or an error
// already says it.

import type { PassageView } from '../shared/messages.ts';
import type { Translate } from '../shared/translate.ts';
import { ArticleCard } from './ArticleCard.tsx';
import { groupByArticle } from './article-groups.ts';
import type { CopyText } from './PassageCard.tsx';

export function PassageList(props: {
  t: Translate;
  list: PassageView[] | null;
  /** The search, while one is typed; null for the related passages. */
  query: string | null;
  error: string | null;
  focusedId: string | null;
  onCopy?: CopyText;
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
      {groupByArticle(list).map((group) => (
        <li key={group.article.id}>
          <ArticleCard t={t} group={group} focusedId={props.focusedId} onCopy={props.onCopy} />
        </li>
      ))}
    </ol>
  );
}
