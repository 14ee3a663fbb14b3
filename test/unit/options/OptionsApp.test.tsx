// @vitest-environment happy-dom
// The options page's state, now in hooks: the list loads from the
// background (or says why not), opening, refusing and saving an edit,
// deleting, importing and deciding conflicts with the same file, and the
// reader's topics read from, written to and watched in extension storage
// (WXT's fake browser). The background is a small fake that keeps articles
// in memory; `call` is the one seam the page talks to it through.

import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { UserArticleRecord } from '../../../core/user-record.ts';
import { OptionsApp } from '../../../entrypoints/options/OptionsApp.tsx';
import type { Ask } from '../../../entrypoints/options/use-articles.ts';
import type { ArticleSummary, ImportOutcome } from '../../../shared/messages.ts';
import { customTopics, topicsOff } from '../../../shared/settings.ts';
import { allByTestId, byTestId, click, fakeT, mount, type } from '../components/helpers.ts';

/** Lets promises and storage events settle until `ready` holds; fails after two seconds. */
async function until(what: string, ready: () => boolean): Promise<void> {
  const end = Date.now() + 2000;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await act(() => new Promise<void>((r) => setTimeout(r, 5)));
  }
}

const record = (id: string, headline: string): UserArticleRecord =>
  ({
    format: 1,
    article: { id, headline, outlet: 'Example News', published: '2024-03-02', url: null, author: null, language: 'en', note: null },
    passages: [{ text: 'First paragraph.' }, { text: 'Second paragraph.' }],
    savedAt: '2024-05-01T12:00:00.000Z',
    updatedAt: '2024-05-01T12:00:00.000Z',
  }) as never;

/** A background with articles in memory, recording what the page asked. */
function fakeBackground(initial: UserArticleRecord[]) {
  const saved = new Map(initial.map((r) => [r.article.id, r]));
  const asked: Array<[string, unknown]> = [];
  const fail = new Set<string>();
  const summary = (r: UserArticleRecord): ArticleSummary =>
    ({ id: r.article.id, headline: r.article.headline, outlet: r.article.outlet, published: r.article.published, url: r.article.url, savedAt: r.savedAt, passages: r.passages.length }) as ArticleSummary;
  const handlers: Record<string, (data: never) => unknown> = {
    listArticles: () => [...saved.values()].map(summary),
    getArticle: ({ id }: { id: string }) => saved.get(id) ?? null,
    deleteArticle: ({ id }: { id: string }) => void saved.delete(id),
    saveArticle: ({ draft, editing }: { draft: { headline: string }; editing: string }) => {
      const r = saved.get(editing)!;
      saved.set(editing, { ...r, article: { ...r.article, headline: draft.headline } });
      return { saved: true, id: editing, headline: draft.headline };
    },
    importArticles: ({ text, decisions }: { text: string; decisions: Record<string, string> }): ImportOutcome => {
      const [id, headline] = JSON.parse(text) as [string, string];
      if (saved.has(id) && decisions[id] !== 'replace') {
        return { imported: [], unchanged: [], rejected: [], conflicts: [{ id, headline, savedAt: '2024-05-01T12:00:00.000Z', incomingSavedAt: '2024-06-01T12:00:00.000Z' }] };
      }
      saved.set(id, record(id, headline));
      return { imported: [id], unchanged: [], rejected: [], conflicts: [] };
    },
  };
  const call = (async (type: string, data: unknown) => {
    asked.push([type, data]);
    if (fail.has(type)) throw new Error(`${type} broke`);
    return handlers[type]!(data as never);
  }) as Ask;
  return { call, asked, fail, saved };
}

const rows = (root: HTMLElement) => allByTestId(root, 'article-row').map((r) => r.querySelector('h3')!.textContent);
const notices = (root: HTMLElement) => [...byTestId(root, 'notices').querySelectorAll('li')].map((li) => li.textContent);

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('articles', () => {
  it('loads the list from the background, and a failed load is an empty list with the reason', async () => {
    const ok = fakeBackground([record('user-a', 'Summit opens'), record('user-b', 'Forum closes')]);
    const root = mount(<OptionsApp t={fakeT} call={ok.call} />);
    await until('the list is drawn', () => rows(root).length === 2);
    expect(rows(root).sort()).toEqual(['Forum closes', 'Summit opens']);

    const broken = fakeBackground([record('user-a', 'Summit opens')]);
    broken.fail.add('listArticles');
    const other = mount(<OptionsApp t={fakeT} call={broken.call} />);
    await until('the loading line is gone', () => other.querySelector('[data-testid="articles-loading"]') === null);
    expect(rows(other)).toEqual([]);
    expect(notices(other).join(' ')).toContain('listArticles broke');
  });

  it('opens an article, refuses an empty headline without asking the background, then saves and closes', async () => {
    const bg = fakeBackground([record('user-a', 'Summit opens')]);
    const root = mount(<OptionsApp t={fakeT} call={bg.call} />);
    await until('the list is drawn', () => rows(root).length === 1);
    click(byTestId(root, 'edit'));
    await until('the editor is open', () => root.querySelector('[data-testid="article-editor"]') !== null);
    const headline = byTestId<HTMLInputElement>(root, 'field-headline');
    expect(headline.value).toBe('Summit opens');

    type(headline, '  ');
    click(byTestId(root, 'save'));
    await until('the problems show', () => root.querySelector('[data-testid="problems"]') !== null);
    expect(bg.asked.some(([type]) => type === 'saveArticle')).toBe(false);

    type(byTestId<HTMLInputElement>(root, 'field-headline'), 'Summit opens in Wuzhen');
    click(byTestId(root, 'save'));
    await until('the list is back', () => rows(root).length === 1);
    expect(rows(root)).toEqual(['Summit opens in Wuzhen']);
    expect(bg.asked.find(([type]) => type === 'saveArticle')![1]).toMatchObject({ editing: 'user-a' });
    expect(notices(root)).toContain('saved(Summit opens in Wuzhen)');
  });

  it('deletes only after the question, names it in a notice and reloads the list', async () => {
    const bg = fakeBackground([record('user-a', 'Summit opens'), record('user-b', 'Forum closes')]);
    const root = mount(<OptionsApp t={fakeT} call={bg.call} />);
    await until('the list is drawn', () => rows(root).length === 2);
    const row = allByTestId(root, 'article-row').find((r) => r.getAttribute('data-article-id') === 'user-b')!;
    click(byTestId(row, 'delete'));
    click(byTestId(row, 'confirm-delete'));
    await until('the row is gone', () => rows(root).length === 1);
    expect(rows(root)).toEqual(['Summit opens']);
    expect(notices(root)).toEqual(['deleted(Forum closes)']);
  });
});

describe('import', () => {
  it('sends the same file again with the reader\'s decisions, and the replaced article shows', async () => {
    const bg = fakeBackground([record('user-a', 'Summit opens')]);
    const root = mount(<OptionsApp t={fakeT} call={bg.call} />);
    await until('the list is drawn', () => rows(root).length === 1);
    const input = byTestId<HTMLInputElement>(root, 'import-file');
    const file = new File([JSON.stringify(['user-a', 'Summit opens, corrected'])], 'export.json', { type: 'application/json' });
    act(() => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until('the conflict is asked', () => root.querySelector('[data-testid="conflict"]') !== null);
    click(root.querySelector<HTMLInputElement>('[data-testid="conflict"] input[value="replace"]')!);
    click(byTestId(root, 'apply-decisions'));
    await until('the list shows the replacement', () => rows(root)[0] === 'Summit opens, corrected');
    const imports = bg.asked.filter(([type]) => type === 'importArticles').map(([, data]) => data);
    expect(imports).toEqual([
      { text: '["user-a","Summit opens, corrected"]', decisions: {} },
      { text: '["user-a","Summit opens, corrected"]', decisions: { 'user-a': 'replace' } },
    ]);
  });
});

describe('topics', () => {
  const chips = { id: 'custom-chips', label: 'Chips', terms: [{ text: 'semiconductor', lang: null }] };
  const names = (root: HTMLElement) => allByTestId(root, 'custom-topic').map((c) => c.getAttribute('data-topic-id'));

  it('shows stored topics and follows a change made elsewhere', async () => {
    await customTopics.set([chips]);
    const root = mount(<OptionsApp t={fakeT} call={fakeBackground([]).call} />);
    await until('the stored topic shows', () => names(root).length === 1);
    await customTopics.set([chips, { ...chips, id: 'custom-ports', label: 'Ports' }]);
    await until('the topic added elsewhere shows', () => names(root).length === 2);
    expect(names(root)).toEqual(['custom-chips', 'custom-ports']);
  });

  it('saves a new topic trimmed, refuses one without a name, and switches and deletes a saved one', async () => {
    const root = mount(<OptionsApp t={fakeT} call={fakeBackground([]).call} />);
    await until('the topics are read', () => root.querySelector('[data-testid="no-topics"]') !== null);
    click(byTestId(root, 'new-topic'));
    click(byTestId(root, 'save-topic'));
    await until('the refusal shows', () => root.querySelector('[data-testid="topic-problems"]') !== null);
    expect(await customTopics.get()).toEqual([]);

    type(byTestId<HTMLInputElement>(root, 'topic-name'), '  Chips ');
    type(byTestId<HTMLInputElement>(root, 'term-text'), 'semiconductor');
    click(byTestId(root, 'save-topic'));
    await until('the topic is stored', () => root.querySelector('[data-testid="topic-switch"]') !== null);
    const [stored] = await customTopics.get();
    expect(stored).toMatchObject({ label: 'Chips', terms: [{ text: 'semiconductor', lang: null }] });
    expect(notices(root)).toEqual(['topicSaved(Chips)']);

    click(byTestId(root, 'topic-switch'));
    await until('the switch shows off', () => !byTestId<HTMLInputElement>(root, 'topic-switch').checked);
    expect(await topicsOff.get()).toEqual([stored!.id]);

    click(byTestId(root, 'delete-topic'));
    click(byTestId(root, 'confirm-delete-topic'));
    await until('the topic is gone', () => names(root).length === 0);
    expect(await customTopics.get()).toEqual([]);
    expect(await topicsOff.get()).toEqual([]);
  });
});

describe('notices', () => {
  it('keeps the newest five', async () => {
    const bg = fakeBackground([]);
    bg.fail.add('exportArticles');
    const root = mount(<OptionsApp t={fakeT} call={bg.call} />);
    await until('the list is drawn', () => root.querySelector('[data-testid="articles-loading"]') === null);
    for (let i = 0; i < 7; i++) {
      click(byTestId(root, 'export-json'));
      const exports = () => bg.asked.filter(([type]) => type === 'exportArticles').length;
      await until(`export ${i + 1} is over`, () => exports() === i + 1 && !byTestId<HTMLButtonElement>(root, 'export-json').disabled);
    }
    expect(notices(root)).toHaveLength(5);
  });
});
