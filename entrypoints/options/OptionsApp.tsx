// The options page as one Preact tree: the state of each part lives in its
// hook (use-articles, use-transfer, use-topics) and OptionsPage draws it.
// Notices are shared: any part can say what just happened.

import { useCallback, useEffect, useState } from 'preact/hooks';
import { OptionsPage } from '../../components/OptionsPage.tsx';
import type { Translate } from '../../shared/translate.ts';
import { type Ask, useArticles } from './use-articles.ts';
import { useTopics } from './use-topics.ts';
import { useTransfer } from './use-transfer.ts';

/** The newest notices kept on screen; older ones scroll away. */
const KEPT_NOTICES = 5;

export function OptionsApp({ t, call }: { t: Translate; call: Ask }) {
  const [notices, setNotices] = useState<string[]>([]);
  const notice = useCallback((text: string) => setNotices((all) => [...all.slice(1 - KEPT_NOTICES), text]), []);

  const articles = useArticles(t, call, notice);
  const transfer = useTransfer(t, call, notice, articles.articles?.length ?? 0, articles.reload);
  const topics = useTopics(t, notice);

  useEffect(() => {
    void articles.reload();
  }, []);

  const { reload: _reload, ...articleProps } = articles;
  return <OptionsPage t={t} notices={notices} {...articleProps} {...transfer} {...topics} />;
}
