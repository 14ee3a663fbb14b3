// One article in the sidebar's list: its headline, where it comes from in
// one line, what is uncertain about that behind a disclosure, and its best
// passage; the others (best first) one click away. A passage the reader
// reached from a mention in the page is always shown.

import { useId, useState } from 'preact/hooks';
import type { Translate } from '../shared/translate.ts';
import type { ArticleGroup } from './article-groups.ts';
import { type CopyText, PassageCard } from './PassageCard.tsx';
import { AboutSource, ProvenanceLine } from './Provenance.tsx';

/** Passages shown before the reader asks for more. */
export const FIRST_SHOWN = 1;

export interface ArticleCardProps {
  t: Translate;
  group: ArticleGroup;
  focusedId: string | null;
  onCopy?: CopyText;
}

const langOf = (v: unknown): string | undefined => (v === 'en' || v === 'zh' ? v : undefined);

export function ArticleCard({ t, group, focusedId, onCopy }: ArticleCardProps) {
  const headlineId = useId();
  const moreId = useId();
  const [expanded, setExpanded] = useState(false);
  const { article, passages } = group;
  const hasFocus = focusedId !== null && passages.some((p) => p.id === focusedId);
  const shown = expanded ? passages : passages.filter((p, i) => i < FIRST_SHOWN || p.id === focusedId);
  const hidden = passages.length - shown.length;
  return (
    <article
      class={hasFocus ? 'rc-card rc-card--focused' : 'rc-card'}
      data-testid="article-card"
      data-article-id={article.id}
      aria-labelledby={headlineId}
    >
      <h4 class="rc-headline" id={headlineId} lang={langOf(article.language)}>
        {article.headline}
      </h4>
      <ProvenanceLine t={t} article={article} describedBy={headlineId} />
      {article.author && <p class="rc-card-line">{t('byAuthor', [article.author])}</p>}
      <AboutSource t={t} article={article} />
      <ol class="rc-passages" id={moreId}>
        {shown.map((p) => (
          <li key={p.id}>
            <PassageCard t={t} passage={p} focused={p.id === focusedId} onCopy={onCopy} />
          </li>
        ))}
      </ol>
      {(expanded || hidden > 0) && passages.length > FIRST_SHOWN && (
        <button
          type="button"
          class="rc-button rc-more"
          data-testid="more-passages"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={moreId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('fewerPassages') : t.plural('morePassages', hidden)}
        </button>
      )}
    </article>
  );
}
