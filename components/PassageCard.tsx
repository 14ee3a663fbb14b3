// One passage of an article's card: its section, its words with what matched
// marked, why it is here, and how to cite it (copy a citation, open the
// source at this passage). All text, page or corpus, is rendered as text:
// never as markup.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { PassageView } from '../shared/messages.ts';
import type { Translate } from '../shared/translate.ts';
import { citation, passageUrl, sourceTarget } from './citation.ts';
import { highlightRuns } from './highlight.ts';
import { WhyLine } from './WhyLine.tsx';

/** Puts text on the clipboard; false when the browser refused. */
export type CopyText = (text: string) => Promise<boolean>;

export interface PassageCardProps {
  t: Translate;
  passage: PassageView;
  /** The passage the reader reached by clicking a mention in the page. */
  focused?: boolean;
  /** Without it, no "copy" buttons (nothing to copy with). */
  onCopy?: CopyText;
}

const langOf = (v: unknown): string | undefined => (v === 'en' || v === 'zh' ? v : undefined);

/** How long "Citation copied" stays: long enough to read, then the line is quiet again. */
const CONFIRM_MS = 4000;

export function PassageCard({ t, passage, focused = false, onCopy }: PassageCardProps) {
  const lang = langOf(passage.article.language);
  return (
    <div
      class={focused ? 'rc-passage rc-passage--focused' : 'rc-passage'}
      data-testid="passage"
      data-passage-id={passage.id}
      data-focused={focused ? 'true' : undefined}
    >
      {focused && <p class="rc-card-flag">{t('focusedPassage')}</p>}
      {passage.section && (
        <p class="rc-card-line" data-testid="section">
          {t('section', [passage.section])}
        </p>
      )}
      <blockquote class="rc-text" lang={lang} data-testid="passage-text">
        {highlightRuns(passage.text, passage.highlights).map((run) => (run.marked ? <mark>{run.text}</mark> : run.text))}
      </blockquote>
      <WhyLine t={t} reasons={passage.reasons} />
      <CiteActions t={t} passage={passage} onCopy={onCopy} />
    </div>
  );
}

function CiteActions({ t, passage, onCopy }: { t: Translate; passage: PassageView; onCopy?: CopyText }) {
  const [copied, setCopied] = useState<'text' | 'markdown' | 'failed' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const target = sourceTarget(passage.article);
  if (!onCopy && !target) return null;
  const copy = async (kind: 'text' | 'markdown') => {
    const ok = await onCopy!(citation(t, passage, kind)).catch(() => false);
    setCopied(ok ? kind : 'failed');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(null), CONFIRM_MS);
  };
  return (
    <div class="rc-cite" role="group" aria-label={t('citeGroup')}>
      {onCopy && (
        <>
          <button type="button" class="rc-button rc-button--small" data-testid="copy-citation" onClick={() => void copy('text')}>
            {t('copyCitation')}
          </button>
          <button type="button" class="rc-button rc-button--small" data-testid="copy-markdown" onClick={() => void copy('markdown')}>
            {t('copyMarkdown')}
          </button>
        </>
      )}
      {target && (
        <a
          class="rc-link rc-link--small"
          href={passageUrl(target.url, passage.text)}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="open-at-passage"
        >
          {t('openAtPassage')}
          <span class="rc-vh"> {t('opensInNewTab')}</span>
        </a>
      )}
      <span class={copied === 'failed' ? 'rc-cite-status rc-cite-status--failed' : 'rc-cite-status'} role="status" data-testid="copy-status">
        {copied === 'text' ? t('citationCopied') : copied === 'markdown' ? t('markdownCopied') : copied === 'failed' ? t('copyFailed') : ''}
      </span>
    </div>
  );
}
