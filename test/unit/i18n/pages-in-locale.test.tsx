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
import { act } from 'preact/test-utils';
import { citation } from '../../../components/citation.ts';
import { CollapsedTab } from '../../../components/CollapsedTab.tsx';
import { OptionsPage } from '../../../components/OptionsPage.tsx';
import { Popup } from '../../../components/Popup.tsx';
import { problemText, topicProblemText } from '../../../components/problem-text.ts';
import { SavePage } from '../../../components/SavePage.tsx';
import { Sidebar } from '../../../components/Sidebar.tsx';
import { recordFromDraft } from '../../../core/user-articles.ts';
import { exportMarkdown } from '../../../core/user-corpus-file.ts';
import { markdownWords } from '../../../entrypoints/background/markdown-words.ts';
import type { Translate } from '../../../shared/translate.ts';
import { LOCALES, type Locale, byTestId, click, localeT, mount, readLocale } from '../components/helpers.ts';
import { offScript } from '../../i18n/script-check.ts';
import { ALLOWED, DATA, IMPORT_FILE_PROBLEMS, NAMES, SAVE_PROBLEMS, TOPIC_PROBLEMS } from './locale-data.ts';
import { articles, draft, options, passagesIn, popup, saveProps, shownText, sidebar } from './locale-props.tsx';

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
  const expanded = mount(<Sidebar {...sidebar(t, {})} />);
  click(byTestId(expanded, 'more-passages'));
  add('sidebar, an article with all its passages shown', expanded);
  add('citation', citation(t, passagesIn(t)[0]!, 'text'));
  // Markdown's own marks (a quote's "> ", a link's [](<>)) are syntax, not words.
  add('citation in Markdown', citation(t, passagesIn(t)[1]!, 'markdown').replace(/^> |\[|\]\(<[^>]*>\)/gm, ''));
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

  it.each([
    ['copy-citation', true],
    ['copy-markdown', true],
    ['copy-citation', false],
  ] as const)('says so after %s (copied: %s), in the locale’s script', async (button, copied) => {
    const root = mount(<Sidebar {...sidebar(t, { onCopy: vi.fn(async () => copied) })} />);
    await act(async () => {
      byTestId(root, button).click();
    });
    await vi.waitFor(() => expect(byTestId(root, 'copy-status').textContent).not.toBe(''));
    const bad = shownText(root).flatMap((text) => offScript(text, locale, allowed).map((found) => `${found}  in  ${text}`));
    expect(bad).toEqual([]);
  });

  it('shows every message of the locale file somewhere', () => {
    // The manifest's messages are shown by the browser, not by a page: the locale-files test checks their script.
    const shown = new Set([...used].map((k) => k.replace(/\.(zero|one|two|few|many|other)$/, '')));
    const keys = Object.keys(readLocale('en')).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '').replaceAll('_', '.'));
    const notShown = [...new Set(keys)].filter((k) => !shown.has(k) && !['locale', 'extDescription', 'commandToggleSidebar'].includes(k));
    expect(notShown).toEqual([]);
  });
});
