// Props for every page of the pages-in-locale test, in the reader's language
// where the extension names things itself, and what a reader can see or hear
// of a rendered page.

import { vi } from 'vitest';
import type { OptionsPageProps } from '../../../components/OptionsPage.tsx';
import type { PopupProps } from '../../../components/Popup.tsx';
import { errorText } from '../../../components/problem-text.ts';
import type { SavePageState } from '../../../components/SavePage.tsx';
import type { SidebarProps } from '../../../components/Sidebar.tsx';
import { aiGovernance } from '../../../core/topics/ai-governance.ts';
import { wic } from '../../../core/topics/wic.ts';
import type { ArticleDraft } from '../../../core/user-articles.ts';
import { withTopicLabels } from '../../../entrypoints/background/topic-labels.ts';
import type { PassageView } from '../../../shared/messages.ts';
import { topicLabel } from '../../../shared/topic-label.ts';
import type { Translate } from '../../../shared/translate.ts';
import { saveProps as helperSaveProps, passage, sidebarProps } from '../components/helpers.ts';
import { DATA, RECORD_PROBLEMS, TOPIC_PROBLEMS } from './locale-data.ts';

// ---- Fixtures in the reader's language where the extension names things itself.
export const topicsIn = (t: Translate) => [wic, aiGovernance].map((topic) => ({ id: topic.id, label: topicLabel(topic, t.lang) }));

export function passagesIn(t: Translate): PassageView[] {
  const label = (id: string) => topicsIn(t).find((x) => x.id === id)?.label ?? id;
  const named = (p: PassageView) => withTopicLabels(p, label, (l, year) => t('eventName', [l, year]));
  return [
    named(
      passage(
        {
          id: 'a1#0',
          section: DATA.section,
          reasons: {
            names: DATA.names,
            event: 'World Internet Conference, 2023',
            eventTopicId: 'wic',
            topics: ['World Internet Conference', 'AI governance'],
            topicIds: ['wic', 'ai-governance'],
            words: DATA.words,
          },
        },
        { headline: DATA.headlines[0]!, author: DATA.author, origin: 'user' },
      ),
    ),
    named(
      passage(
        { id: 'a2#0', text: DATA.passageText[1]! },
        { id: 'a2', headline: DATA.headlines[1]!, outlet: DATA.outlets[1]!, language: 'zh', url: null, copyUrl: 'https://archive.example.org/copy', published: '2023-11' },
      ),
    ),
    passage({ id: 'a1#1', text: DATA.passageText[4]! }, { headline: DATA.headlines[0]!, author: DATA.author, origin: 'user' }),
    passage({ id: 'a3#0', text: DATA.passageText[2]! }, { id: 'a3', headline: DATA.headlines[2]!, url: null, copyUrl: null, published: null }),
    passage({ id: 'a4#0', text: DATA.passageText[3]! }, { id: 'a4', headline: DATA.headlines[2]!, url: 'ftp://archive.example.org/x', copyUrl: null, published: '2023' }),
  ];
}

export function sidebar(t: Translate, over: Partial<SidebarProps>): SidebarProps {
  return sidebarProps({
    t,
    topics: topicsIn(t).map((x, i) => ({ ...x, count: i ? 1 : 5 })),
    passages: passagesIn(t),
    onAddPage: vi.fn(),
    onCopy: vi.fn(async () => true),
    ...over,
  });
}

export function popup(t: Translate, over: Partial<PopupProps>): PopupProps {
  return {
    t,
    status: { host: DATA.hosts[0]!, siteDisabled: false, topics: [{ id: 'wic', label: '', count: 3 }], sidebar: 'collapsed' },
    topics: topicsIn(t).map((x, i) => ({ ...x, enabled: i === 0 })),
    openMode: 'sidebar',
    notices: [t('noticeSetAside', [DATA.storageKeys[0]!, DATA.storageKeys[1]!])],
    onToggleTopic: vi.fn(),
    onToggleSite: vi.fn(),
    onOpenMode: vi.fn(),
    onToggleSidebar: vi.fn(),
    onAddPage: vi.fn(),
    onOpenOptions: vi.fn(),
    ...over,
  };
}

export const draft: ArticleDraft = {
  headline: DATA.headlines[0]!,
  outlet: DATA.outlets[0]!,
  published: '2024-11-20',
  url: 'https://news.example.com/wic-2024',
  author: DATA.author,
  language: 'en',
  note: null,
  paragraphs: [DATA.passageText[0]!, ''],
};

export const articles = [
  { id: DATA.ids[0]!, headline: DATA.headlines[0]!, outlet: DATA.outlets[0]!, published: '2023-11-08', url: 'https://news.example.com/wic-2023', savedAt: '2024-05-01T12:00:00.000Z', passages: 12 },
  { id: DATA.ids[1]!, headline: DATA.headlines[1]!, outlet: DATA.outlets[1]!, published: null, url: null, savedAt: '2024-05-02T12:00:00.000Z', passages: 1 },
];

export function options(t: Translate, over: Partial<OptionsPageProps>): OptionsPageProps {
  return {
    t,
    notices: [
      t('saved', [DATA.headlines[0]!]),
      t('deleted', [DATA.headlines[1]!]),
      t('topicSaved', ['Chips']),
      t.plural('exported', 2, [DATA.file]),
      t.plural('exported', 1, [DATA.file]),
      errorText(t, { problem: { code: 'storageFull', action: 'saveSetting' } }),
      errorText(t, { problem: { code: 'storageFailed', action: 'deleteArticle', detail: DATA.technical[1] } }),
    ],
    articles,
    query: '',
    onQuery: vi.fn(),
    onEdit: vi.fn(),
    onDelete: vi.fn(),
    busyId: null,
    editing: null,
    onEditChange: vi.fn(),
    onEditSave: vi.fn(),
    onEditCancel: vi.fn(),
    onExport: vi.fn(),
    onImportFile: vi.fn(),
    importReport: {
      imported: [DATA.headlines[0]!],
      unchanged: [DATA.headlines[1]!],
      rejected: Object.values(RECORD_PROBLEMS).map((problem, i) => ({ position: i + 1, id: i % 2 ? DATA.ids[1]! : null, problem })),
      conflicts: [{ id: DATA.ids[0]!, headline: DATA.headlines[0]!, savedAt: '2024-05-01T12:00:00.000Z', incomingSavedAt: '2024-05-03T12:00:00.000Z' }],
    },
    importError: null,
    onResolveImport: vi.fn(),
    transferBusy: false,
    topics: [
      { id: 'custom-chips', label: 'Chips', terms: [{ text: 'Semiconductors', lang: 'en' }, { text: '', lang: null }] },
      { id: 'custom-new', label: '', terms: [] },
    ],
    topicsEnabled: { 'custom-chips': true },
    topicProblems: { 'custom-chips': Object.values(TOPIC_PROBLEMS) },
    onSaveTopic: vi.fn(),
    onDeleteTopic: vi.fn(),
    onToggleTopic: vi.fn(),
    onCreateTopic: vi.fn(() => ({ id: 'custom-new-2', label: '', terms: [] })),
    ...over,
  };
}

export const saveProps = (t: Translate, state: SavePageState) => helperSaveProps(state, { t });

/** All a reader can see or hear of a rendered page: text and the attributes that name things. */
export function shownText(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) out.push(node.textContent ?? '');
    if (node.nodeType !== 1) return;
    const el = node as Element;
    // A passage is quoted whole: its marks split it into several text nodes.
    if (el.getAttribute('data-testid') === 'passage-text') {
      out.push(el.textContent ?? '');
      return;
    }
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      const v = el.getAttribute(attr);
      if (v) out.push(v);
    }
    el.childNodes.forEach(walk);
  };
  walk(root);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Each page as a list of (what, text) in locale `t`. */
