// Where an article comes from, in one line: outlet · date · link. What is
// uncertain about it (a date known only to the month, a syndicated copy
// standing in for an unknown original, the corpus's own note) waits behind
// a small "About this source" disclosure, in plain words.

import type { ArticleMeta } from '../core/types.ts';
import { parsePartialDate } from '../core/validate.ts';
import type { Translate } from '../shared/translate.ts';
import { sourceTarget } from './citation.ts';
import { PublishedDate } from './DateText.tsx';
import { displayHost } from './web-url.ts';

export function ProvenanceLine({ t, article, describedBy }: { t: Translate; article: ArticleMeta; describedBy: string }) {
  const target = sourceTarget(article);
  return (
    <p class="rc-card-meta" data-testid="provenance">
      <span class="rc-outlet" data-testid="outlet">
        {article.outlet}
      </span>
      <span class="rc-sep"> · </span>
      <PublishedDate t={t} value={article.published} />
      {target && (
        <>
          <span class="rc-sep"> · </span>
          <a
            class="rc-link"
            href={target.url.href}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="source-link"
            data-kind={target.kind}
            aria-describedby={describedBy}
          >
            {target.kind === 'original' ? (
              <span class="rc-host rc-host--main">{displayHost(target.url)}</span>
            ) : (
              <>
                {t('sourceCopyShort')}
                <span class="rc-host">{t('inParentheses', [displayHost(target.url)])}</span>
              </>
            )}
            <span class="rc-vh"> {t('opensInNewTab')}</span>
          </a>
        </>
      )}
      {article.origin === 'user' && (
        <span class="rc-badge" data-testid="your-article">
          {t('yourArticle')}
        </span>
      )}
    </p>
  );
}

/** What a reader should know before trusting the line above, one plain sentence each. */
export function sourceCaveats(t: Translate, article: ArticleMeta): string[] {
  const out: string[] = [];
  const date = parsePartialDate(article.published);
  if (!date) out.push(t('aboutDateUnknown'));
  else if (date.month === null) out.push(t('aboutYearOnly'));
  else if (date.day === null) out.push(t('aboutMonthOnly'));
  const target = sourceTarget(article);
  const hasAddress = (article.url ?? '').trim() !== '' || (article.copyUrl ?? '').trim() !== '';
  if (target?.kind === 'copy') out.push(t('aboutCopy'));
  else if (!target) out.push(t(hasAddress ? 'sourceNotWeb' : 'aboutNoAddress'));
  return out;
}

export function AboutSource({ t, article }: { t: Translate; article: ArticleMeta }) {
  const caveats = sourceCaveats(t, article);
  const note = article.note?.trim();
  if (!caveats.length && !note) return null;
  return (
    <details class="rc-about" data-testid="about-source">
      <summary class="rc-about-summary">{t('aboutSource')}</summary>
      <ul class="rc-about-list">
        {caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
        {note && (
          <li class="rc-note" data-testid="note">
            {note}
          </li>
        )}
      </ul>
    </details>
  );
}
