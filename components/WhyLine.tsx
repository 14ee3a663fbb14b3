// Why a passage is here, as a reader would say it: the same event, the names
// and topic terms, the telling words page and passage share (whole words,
// most telling first, as core/rank-explain.ts gives them), or nothing.

import type { ComponentChildren } from 'preact';
import type { PassageView } from '../shared/messages.ts';
import type { Translate } from '../shared/translate.ts';
import { whyLists } from '../shared/why-lists.ts';

export function WhyLine({ t, reasons }: { t: Translate; reasons: PassageView['reasons'] | undefined }) {
  const parts: string[] = [];
  const event = reasons?.event;
  if (typeof event === 'string' && event.trim()) parts.push(t('whyEvent', [event]));
  const { names, topics, words } = whyLists(reasons);
  if (names.length) parts.push(t('whyNames', [t.list(names)]));
  if (topics.length) parts.push(t('whyTopics', [t.list(topics)]));
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
