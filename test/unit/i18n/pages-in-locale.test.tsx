// @vitest-environment happy-dom
// Every page in each locale, entirely in that locale's script: the sidebar
// in each state, the tab, the popup, the options page with each dialog and
// every problem, the save page in each state and with every problem, the
// import report with every refusal, and the Markdown export. What a page
// shows of the reader's data (headlines, outlets, names, addresses, quoted
// values) is set aside; everything else must be in the locale's script and
// punctuation (see script-check.ts). Every message of the locale files is
// shown at least once, so no string escapes the check.

import { describe, expect, it, vi } from 'vitest';
import { CollapsedTab } from '../../../components/CollapsedTab.tsx';
import { OptionsPage, type OptionsPageProps } from '../../../components/OptionsPage.tsx';
import { Popup, type PopupProps } from '../../../components/Popup.tsx';
import { errorText, problemText, topicProblemText } from '../../../components/problem-text.ts';
import { SavePage, type SavePageState } from '../../../components/SavePage.tsx';
import { Sidebar, type SidebarProps } from '../../../components/Sidebar.tsx';
import type { TopicProblem } from '../../../core/custom-topics.ts';
import type { Problem } from '../../../core/problem.ts';
import { aiGovernance } from '../../../core/topics/ai-governance.ts';
import { wic } from '../../../core/topics/wic.ts';
import { type ArticleDraft, type ArticleProblem, type RecordProblem, exportMarkdown, recordFromDraft } from '../../../core/user-articles.ts';
import { markdownWords } from '../../../entrypoints/background/markdown-words.ts';
import { withTopicLabels } from '../../../entrypoints/engine/topic-labels.ts';
import type { PassageView } from '../../../shared/messages.ts';
import { topicLabel } from '../../../shared/topic-label.ts';
import type { Translate } from '../../../shared/translate.ts';
import { LOCALES, type Locale, byTestId, click, localeT, mount, passage, readLocale } from '../components/helpers.ts';
import { offScript } from '../../i18n/script-check.ts';

// ---- The reader's data: shown as it is, in whatever script it has.
const DATA = {
  headlines: ['Wuzhen summit opens with AI on the agenda', '乌镇峰会开幕', 'Rules for AI agreed'],
  outlets: ['Example News', '新华社'],
  author: 'Jane Doe',
  section: 'World',
  names: ['Xi Jinping', '乌镇'],
  words: ['cooperation'],
  hosts: ['news.example.com', 'archive.example.org', 'example.org'],
  query: ['Wuzhen', 'zzz'],
  ids: ['user-wuzhen-summit-opens-1', 'user-x'],
  file: 'related-coverage-articles-2024-05-01.json',
  typed: ['soon', 'example.org/x', 'rules (of', 'end. start', 'a b', '.', 'Chips', 'Semiconductors', '"2024-13-45"', '"fr"', '"ftp://x"', '"bad id"', '"1"', '9'],
  technical: ['Unexpected token } in JSON at position 42', 'The transaction was aborted', 'Could not establish connection'],
  storageKeys: ['topicsOff', 'setAside:topicsOff:2024-05-01T12:00:00.000Z:abc123'],
  passageText: ['Leaders met in Wuzhen to discuss cooperation in cyberspace.', '世界互联网大会在乌镇开幕。'],
};
const ALLOWED = Object.values(DATA).flat();
// Names of formats and keys a Chinese sentence keeps as they are.
const NAMES = ['JSON', 'Markdown', 'PDF', 'Alt', 'Esc', 'AI'];

// ---- Every problem, each code once: TypeScript fails this file when a code is added without an example.
type ByCode<P extends { code: string }> = { [C in P['code']]: Extract<P, { code: C }> };

const ARTICLE_PROBLEMS: ByCode<ArticleProblem> = {
  headlineEmpty: { code: 'headlineEmpty' },
  outletEmpty: { code: 'outletEmpty' },
  dateInvalid: { code: 'dateInvalid', value: 'soon' },
  urlInvalid: { code: 'urlInvalid', value: 'example.org/x' },
  languageInvalid: { code: 'languageInvalid' },
  noText: { code: 'noText' },
  tooManyParagraphs: { code: 'tooManyParagraphs', count: 2001, max: 2000 },
  paragraphTooLong: { code: 'paragraphTooLong', max: 20000 },
};

const SAVE_PROBLEMS: Problem[] = [
  ...Object.values(ARTICLE_PROBLEMS),
  { code: 'articleGone' },
  { code: 'storageFull', action: 'saveArticle', headline: DATA.headlines[0]! },
  { code: 'storageFailed', action: 'saveArticle', headline: DATA.headlines[1]!, detail: DATA.technical[1]! },
  { code: 'unexpected', detail: DATA.technical[2]! },
];

const IMPORT_FILE_PROBLEMS: Problem[] = [
  { code: 'notJson', detail: DATA.technical[0]! },
  { code: 'notExport' },
  { code: 'newerFormat', format: '9' },
  { code: 'noArticles' },
  { code: 'storageFull', action: 'importArticles', count: 1 },
  { code: 'storageFailed', action: 'importArticles', count: 12, detail: DATA.technical[1]! },
];

const RECORD_PROBLEMS: ByCode<RecordProblem> = {
  notObject: { code: 'notObject' },
  formatNewer: { code: 'formatNewer', format: 9 },
  formatUnknown: { code: 'formatUnknown', value: '"1"' },
  noArticle: { code: 'noArticle' },
  idInvalid: { code: 'idInvalid', value: '"bad id"' },
  headlineEmpty: { code: 'headlineEmpty' },
  outletEmpty: { code: 'outletEmpty' },
  publishedInvalid: { code: 'publishedInvalid', value: '"2024-13-45"' },
  urlInvalid: { code: 'urlInvalid', value: '"ftp://x"' },
  copyUrlInvalid: { code: 'copyUrlInvalid', value: '"ftp://x"' },
  languageInvalid: { code: 'languageInvalid', value: '"fr"' },
  authorInvalid: { code: 'authorInvalid' },
  noteInvalid: { code: 'noteInvalid' },
  originInvalid: { code: 'originInvalid' },
  noPassages: { code: 'noPassages' },
  passageNotObject: { code: 'passageNotObject', index: 0 },
  passageMismatch: { code: 'passageMismatch', index: 1 },
  passageNoText: { code: 'passageNoText', index: 2 },
  passageSectionInvalid: { code: 'passageSectionInvalid', index: 3 },
  savedAtInvalid: { code: 'savedAtInvalid' },
  updatedAtInvalid: { code: 'updatedAtInvalid' },
  passagesTooMany: { code: 'passagesTooMany', count: 2001, max: 2000 },
  passageTooLong: { code: 'passageTooLong', index: 4, length: 40_000_000, max: 20_000 },
  duplicate: { code: 'duplicate' },
};

const TOPIC_PROBLEMS: ByCode<TopicProblem> = {
  nameEmpty: { code: 'nameEmpty' },
  nameTaken: { code: 'nameTaken', name: 'Chips' },
  noTerms: { code: 'noTerms' },
  tooManyTerms: { code: 'tooManyTerms', max: 200 },
  termBrackets: { code: 'termBrackets', term: 'rules (of' },
  termNested: { code: 'termNested', term: 'rules (of' },
  termNoLetters: { code: 'termNoLetters', term: '.' },
  termSentenceEnd: { code: 'termSentenceEnd', term: 'end. start', char: '.' },
  termNoAnchor: { code: 'termNoAnchor', term: 'a b' },
};

// ---- Fixtures in the reader's language where the extension names things itself.
const topicsIn = (t: Translate) => [wic, aiGovernance].map((topic) => ({ id: topic.id, label: topicLabel(topic, t.lang) }));

function passagesIn(t: Translate): PassageView[] {
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
    passage({ id: 'a3#0' }, { id: 'a3', headline: DATA.headlines[2]!, url: null, copyUrl: null, published: null }),
    passage({ id: 'a4#0' }, { id: 'a4', headline: DATA.headlines[2]!, url: 'ftp://archive.example.org/x', copyUrl: null, published: '2023' }),
  ];
}

function sidebar(t: Translate, over: Partial<SidebarProps>): SidebarProps {
  return {
    t,
    topics: topicsIn(t).map((x, i) => ({ ...x, count: i ? 1 : 5 })),
    passages: passagesIn(t),
    error: null,
    search: { query: '', results: null, busy: false },
    onSearch: vi.fn(),
    mention: { index: -1, total: 6 },
    onPrevMention: vi.fn(),
    onNextMention: vi.fn(),
    focusedTopic: null,
    onClose: vi.fn(),
    onAddPage: vi.fn(),
    ...over,
  };
}

function popup(t: Translate, over: Partial<PopupProps>): PopupProps {
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

const draft: ArticleDraft = {
  headline: DATA.headlines[0]!,
  outlet: DATA.outlets[0]!,
  published: '2024-11-20',
  url: 'https://news.example.com/wic-2024',
  author: DATA.author,
  language: 'en',
  note: null,
  paragraphs: [DATA.passageText[0]!, ''],
};

const articles = [
  { id: DATA.ids[0]!, headline: DATA.headlines[0]!, outlet: DATA.outlets[0]!, published: '2023-11-08', url: 'https://news.example.com/wic-2023', savedAt: '2024-05-01T12:00:00.000Z', passages: 12 },
  { id: DATA.ids[1]!, headline: DATA.headlines[1]!, outlet: DATA.outlets[1]!, published: null, url: null, savedAt: '2024-05-02T12:00:00.000Z', passages: 1 },
];

function options(t: Translate, over: Partial<OptionsPageProps>): OptionsPageProps {
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

const saveProps = (t: Translate, state: SavePageState) => ({
  t,
  state,
  onChange: vi.fn(),
  onSave: vi.fn(),
  onReplace: vi.fn(),
  onCancel: vi.fn(),
  onClose: vi.fn(),
  onOpenOptions: vi.fn(),
});

/** All a reader can see or hear of a rendered page: text and the attributes that name things. */
function shownText(root: Element): string[] {
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
function pages(t: Translate): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  const add = (what: string, root: Element | string) => out.push([what, typeof root === 'string' ? [root] : shownText(root)]);

  // Sidebar: every state.
  add('sidebar, passages', mount(<Sidebar {...sidebar(t, {})} />));
  add('sidebar, a mention selected and its passage flagged', mount(<Sidebar {...sidebar(t, { mention: { index: 1, total: 6 }, focusedTopic: 'wic' })} />));
  add('sidebar, loading', mount(<Sidebar {...sidebar(t, { passages: null })} />));
  add('sidebar, nothing related', mount(<Sidebar {...sidebar(t, { passages: [] })} />));
  add('sidebar, error', mount(<Sidebar {...sidebar(t, { passages: null, error: DATA.technical[2]! })} />));
  add('sidebar, no topics yet', mount(<Sidebar {...sidebar(t, { topics: [], passages: [], mention: { index: -1, total: 0 } })} />));
  const query = DATA.query[0]!;
  add('sidebar, searching', mount(<Sidebar {...sidebar(t, { search: { query, results: null, busy: true } })} />));
  add('sidebar, search found none', mount(<Sidebar {...sidebar(t, { search: { query, results: [], busy: false } })} />));
  for (const n of [1, 3]) {
    const results = passagesIn(t).slice(0, n);
    const root = mount(<Sidebar {...sidebar(t, { search: { query, results, busy: false } })} />);
    add(`sidebar, search found ${n}`, root);
  }
  for (const count of [1, 12]) add(`tab, ${count} mentions`, mount(<CollapsedTab t={t} count={count} onOpen={vi.fn()} />));

  // Popup.
  add('popup', mount(<Popup {...popup(t, {})} />));
  add('popup, sidebar open', mount(<Popup {...popup(t, { status: { host: DATA.hosts[0]!, siteDisabled: false, topics: [], sidebar: 'open' } })} />));
  add('popup, site off', mount(<Popup {...popup(t, { status: { host: DATA.hosts[0]!, siteDisabled: true, topics: [], sidebar: 'none' }, openMode: 'tab' })} />));
  add('popup, unreadable page', mount(<Popup {...popup(t, { status: null, notices: [] })} />));

  // Options page: the list, each dialog, the editor with every problem, the import report with every refusal.
  const page = mount(<OptionsPage {...options(t, {})} />);
  click(byTestId(page, 'delete'));
  click(page.querySelector<HTMLElement>('[data-testid="custom-topic"] [data-testid="delete-topic"]')!);
  click(byTestId(page, 'new-topic'));
  add('options, with both confirmations open and a new topic', page);
  add('options, an article being deleted', mount(<OptionsPage {...options(t, { busyId: DATA.ids[0]! })} />));
  for (const q of DATA.query) add(`options, filtered by ${q}`, mount(<OptionsPage {...options(t, { query: q })} />));
  add('options, loading', mount(<OptionsPage {...options(t, { articles: null, importReport: null, topics: [] })} />));
  add('options, nothing saved', mount(<OptionsPage {...options(t, { articles: [], importReport: null })} />));
  // More than a page of articles: the sort order and the pager.
  const many = Array.from({ length: 120 }, (_, i) => ({ ...articles[i % 2]!, id: `user-many-${i}` }));
  add('options, three pages of articles', mount(<OptionsPage {...options(t, { articles: many })} />));
  add('options, one article', mount(<OptionsPage {...options(t, { articles: articles.slice(0, 1), query })} />));
  add(
    'options, single counts in the report',
    mount(<OptionsPage {...options(t, { importReport: { imported: [], unchanged: [DATA.headlines[0]!, DATA.headlines[1]!], rejected: [{ position: 1, id: null, problem: { code: 'noArticle' } }], conflicts: [...options(t, {}).importReport!.conflicts, { id: 'user-y', headline: DATA.headlines[2]!, savedAt: '2024-05-01T12:00:00.000Z', incomingSavedAt: '2024-05-03T12:00:00.000Z' }] } })} />),
  );
  const editor = mount(
    <OptionsPage {...options(t, { editing: { id: DATA.ids[0]!, draft, problems: SAVE_PROBLEMS, busy: false } })} />,
  );
  click(byTestId(editor, 'save'));
  click(byTestId(editor, 'remove-paragraph'));
  add('options, editing with every problem', editor);
  for (const error of IMPORT_FILE_PROBLEMS) add(`options, import refused: ${error.code}`, mount(<OptionsPage {...options(t, { importReport: null, importError: error })} />));

  // Save page: each state, every problem, the conflict.
  add('save, reading', mount(<SavePage {...saveProps(t, { kind: 'loading' })} />));
  add('save, no tab', mount(<SavePage {...saveProps(t, { kind: 'error', message: t('saveNoTab') })} />));
  add('save, unreadable', mount(<SavePage {...saveProps(t, { kind: 'error', message: t('saveUnreadable', [DATA.technical[2]!]) })} />));
  const save = mount(
    <SavePage
      {...saveProps(t, {
        kind: 'editing',
        // Over the size limit, and with every fact the page may not give left empty.
        draft: { ...draft, language: 'zh', outlet: '', author: null, published: null, paragraphs: [DATA.passageText[1]!.repeat(2000)] },
        problems: SAVE_PROBLEMS,
        busy: false,
        conflict: { headline: DATA.headlines[0]!, savedAt: '2024-05-01T12:00:00.000Z' },
        notFound: ['outlet', 'author', 'published'],
      })}
    />,
  );
  click(byTestId(save, 'save'));
  add('save, editing with every problem and a conflict', save);
  add('save, saving', mount(<SavePage {...saveProps(t, { kind: 'editing', draft, problems: [], busy: true, conflict: null })} />));
  add('save, saved', mount(<SavePage {...saveProps(t, { kind: 'saved', headline: DATA.headlines[0]! })} />));

  // What pages word but do not render here: every problem, one by one, and the Markdown export.
  for (const p of [...SAVE_PROBLEMS, ...IMPORT_FILE_PROBLEMS]) add(`problem ${p.code}`, problemText(t, p));
  for (const p of Object.values(TOPIC_PROBLEMS)) add(`topic problem ${p.code}`, topicProblemText(t, p));
  const now = new Date('2024-05-04T09:00:00Z');
  const records = [
    recordFromDraft(draft, now),
    recordFromDraft({ ...draft, headline: DATA.headlines[1]!, outlet: DATA.outlets[1]!, url: null, published: null, author: null, note: DATA.headlines[2]!, language: 'zh', paragraphs: [DATA.passageText[1]!] }, now),
  ];
  add('Markdown export', exportMarkdown(records, now, markdownWords(t)));
  add('Markdown export, one article', exportMarkdown(records.slice(0, 1), now, markdownWords(t)));
  return out;
}

describe.each(LOCALES)('%s', (locale: Locale) => {
  const used = new Set<string>();
  const t = localeT(locale, undefined, used);
  const rendered = pages(t);
  const allowed = locale === 'en' ? ALLOWED : [...ALLOWED, ...NAMES];

  it.each(rendered.map(([what, texts]) => [what, texts] as const))('%s is in the locale’s script', (_what, texts) => {
    const bad = texts.flatMap((text) => offScript(text, locale, allowed).map((found) => `${found}  in  ${text}`));
    expect(bad).toEqual([]);
  });

  it('marks the sidebar with its language, for screen readers on a page in another', () => {
    const root = mount(<Sidebar {...sidebar(t, {})} />);
    expect(root.querySelector('aside')!.getAttribute('lang')).toBe(t('locale'));
  });

  it('shows every message of the locale file somewhere', () => {
    // The manifest's messages are shown by the browser, not by a page: the locale-files test checks their script.
    const shown = new Set([...used].map((k) => k.replace(/\.(zero|one|two|few|many|other)$/, '')));
    const keys = Object.keys(readLocale('en')).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '').replaceAll('_', '.'));
    const notShown = [...new Set(keys)].filter((k) => !shown.has(k) && !['locale', 'extDescription', 'commandToggleSidebar'].includes(k));
    expect(notShown).toEqual([]);
  });
});
