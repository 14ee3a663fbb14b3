// One passage from the corpus: who published it and when, the article's
// headline, the passage with what matched marked, a link to the source when
// there is a web address for it, and why it matched. All text, page or corpus,
// is rendered as text: never as markup.

import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { PassageView } from '../shared/messages.ts';
import { highlightRuns } from './highlight.ts';
import type { Translate } from '../shared/translate.ts';
import { PublishedDate } from './DateText.tsx';
import { displayHost, webUrl } from './web-url.ts';

export interface PassageCardProps {
  t: Translate;
  passage: PassageView;
  /** The passage the reader reached by clicking a mention in the page. */
  focused?: boolean;
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];

const langOf = (v: unknown): string | undefined => (v === 'en' || v === 'zh' ? v : undefined);

export function PassageCard({ t, passage, focused = false }: PassageCardProps) {
  const headlineId = useId();
  const { article } = passage;
  const lang = langOf(article.language);
  return (
    <article
      class={focused ? 'rc-card rc-card--focused' : 'rc-card'}
      data-testid="passage"
      data-passage-id={passage.id}
      data-focused={focused ? 'true' : undefined}
      aria-labelledby={headlineId}
    >
      {focused && <p class="rc-card-flag">{t('focusedPassage')}</p>}
      <p class="rc-card-meta">
        <span class="rc-outlet" data-testid="outlet">
          {article.outlet}
        </span>
        <span class="rc-sep"> · </span>
        <PublishedDate t={t} value={article.published} />
        {article.origin === 'user' && (
          <span class="rc-badge" data-testid="your-article">
            {t('yourArticle')}
          </span>
        )}
      </p>
      <h4 class="rc-headline" id={headlineId} lang={lang}>
        {article.headline}
      </h4>
      {article.author && <p class="rc-card-line">{t('byAuthor', [article.author])}</p>}
      {passage.section && (
        <p class="rc-card-line" data-testid="section">
          {t('section', [passage.section])}
        </p>
      )}
      <blockquote class="rc-text" lang={lang} data-testid="passage-text">
        {highlightRuns(passage.text, passage.highlights).map((run) => (run.marked ? <mark>{run.text}</mark> : run.text))}
      </blockquote>
      {article.note && (
        <p class="rc-card-line rc-note" data-testid="note">
          {article.note}
        </p>
      )}
      <SourceLink t={t} url={article.url} copyUrl={article.copyUrl} describedBy={headlineId} />
      <WhyLine t={t} reasons={passage.reasons} />
    </article>
  );
}

function SourceLink(props: { t: Translate; url: string | null; copyUrl: string | null; describedBy: string }) {
  const { t } = props;
  const original = webUrl(props.url);
  // The copy stands in when the original is unknown or is no web address.
  const copy = original ? null : webUrl(props.copyUrl);
  const target = original ?? copy;
  if (!target) {
    const known = (props.url ?? '').trim() !== '' || (props.copyUrl ?? '').trim() !== '';
    return (
      <p class="rc-card-line rc-unknown" data-testid="source-none">
        {t(known ? 'sourceNotWeb' : 'sourceUnknown')}
      </p>
    );
  }
  return (
    <p class="rc-card-line">
      <a
        class="rc-link"
        href={target.href}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="source-link"
        data-kind={original ? 'original' : 'copy'}
        aria-describedby={props.describedBy}
      >
        {t(original ? 'sourceOriginal' : 'sourceCopy')}
        <span class="rc-host">{t('inParentheses', [displayHost(target)])}</span>
        <span class="rc-vh"> {t('opensInNewTab')}</span>
      </a>
    </p>
  );
}

function WhyLine({ t, reasons }: { t: Translate; reasons: PassageView['reasons'] | undefined }) {
  const parts: string[] = [];
  const event = reasons?.event;
  if (typeof event === 'string' && event.trim()) parts.push(t('whyEvent', [event]));
  const names = strings(reasons?.names);
  if (names.length) parts.push(t('whyNames', [t.list(names)]));
  const topics = strings(reasons?.topics);
  if (topics.length) parts.push(t('whyTopics', [t.list(topics)]));
  const words = strings(reasons?.words);
  if (words.length) parts.push(t('whyWords', [t.list(words)]));
  if (!parts.length) return null;
  const children: ComponentChildren[] = [];
  parts.forEach((part, i) => {
    if (i) children.push(<span class="rc-sep"> · </span>);
    children.push(<span>{part}</span>);
  });
  return (
    <p class="rc-why" data-testid="why">
      <span class="rc-vh">{t('whyLabel')} </span>
      {children}
    </p>
  );
}
