// @vitest-environment happy-dom
// The options page: its landmarks and sections, the list or the editor,
// export and import wired to their callbacks, notices as a status, and the
// topics; each callback arrives with the right arguments.

import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsPageProps } from '../../../components/OptionsPage.tsx';
import { allByTestId, byTestId, click, fakeT, localeT, mount, rerender, type } from './helpers.ts';

const article = {
  id: 'user-a',
  headline: 'Wuzhen summit opens',
  outlet: 'Example News',
  published: '2023-11-08',
  url: 'https://news.example.com/wic-2023',
  savedAt: '2024-05-01T12:00:00.000Z',
  passages: 3,
};

const draft = {
  headline: 'Wuzhen summit opens',
  outlet: 'Example News',
  published: '2023-11-08',
  url: 'https://news.example.com/wic-2023',
  author: null,
  language: 'en' as const,
  note: null,
  paragraphs: ['One.', 'Two.'],
};

function props(over: Partial<OptionsPageProps> = {}): OptionsPageProps {
  return {
    t: fakeT,
    notices: [],
    articles: [article],
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
    importReport: null,
    importError: null,
    onResolveImport: vi.fn(),
    transferBusy: false,
    topics: [{ id: 'custom-chips', label: 'Chips', terms: [{ text: 'semiconductor', lang: null }] }],
    topicsEnabled: {},
    topicProblems: {},
    onSaveTopic: vi.fn(),
    onDeleteTopic: vi.fn(),
    onToggleTopic: vi.fn(),
    onCreateTopic: vi.fn(() => ({ id: 'custom-new', label: '', terms: [] })),
    ...over,
  };
}

function chooseFile(input: HTMLInputElement, files: File[]): void {
  act(() => {
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('layout', () => {
  it('is a main landmark named by the extension, with three named sections', () => {
    const root = mount(<OptionsPage {...props({ t: localeT('en') })} />);
    const main = byTestId(root, 'options-page');
    expect(main.localName).toBe('main');
    expect(root.querySelector('h1')!.textContent).toBe('Related Coverage');
    expect(main.getAttribute('aria-labelledby')).toBe(root.querySelector('h1')!.id);
    const sections = [...root.querySelectorAll('section[aria-labelledby]')]
      .filter((s) => s.parentElement === main)
      .map((s) => document.getElementById(s.getAttribute('aria-labelledby')!)!.textContent);
    expect(sections).toEqual(['Your articles', 'Export and import', 'Your topics']);
  });

  it('shows the list, the topics, and no import report before an import', () => {
    const root = mount(<OptionsPage {...props()} />);
    expect(allByTestId(root, 'article-list')).toHaveLength(1);
    expect(allByTestId(root, 'article-editor')).toHaveLength(0);
    expect(allByTestId(root, 'topic-editor')).toHaveLength(1);
    expect(allByTestId(root, 'import-report')).toHaveLength(0);
  });

  it('says the articles are loading until they arrive', () => {
    const root = mount(<OptionsPage {...props({ articles: null })} />);
    expect(byTestId(root, 'articles-loading').getAttribute('role')).toBe('status');
    expect(allByTestId(root, 'article-list')).toHaveLength(0);
  });
});

describe('notices', () => {
  it('are a status region listing each notice as text', () => {
    const root = mount(<OptionsPage {...props({ notices: ['Saved', 'Storage is full: <b>x</b>'] })} />);
    const area = byTestId(root, 'notices');
    expect(area.getAttribute('role')).toBe('status');
    expect([...area.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Saved', 'Storage is full: <b>x</b>']);
    expect(root.querySelector('b')).toBeNull();
  });

  it('keep their region in place while empty, so later notices are announced', () => {
    const root = mount(<OptionsPage {...props()} />);
    expect(byTestId(root, 'notices').querySelectorAll('li')).toHaveLength(0);
  });
});

describe('articles', () => {
  it('pass the list callbacks through with their arguments', () => {
    const p = props();
    const root = mount(<OptionsPage {...p} />);
    type(byTestId(root, 'search-articles'), 'wuzhen');
    expect(p.onQuery).toHaveBeenCalledWith('wuzhen');
    click(byTestId(root, 'edit'));
    expect(p.onEdit).toHaveBeenCalledWith('user-a');
    click(byTestId(root, 'delete'));
    click(byTestId(root, 'confirm-delete'));
    expect(p.onDelete).toHaveBeenCalledWith('user-a');
  });

  it('replace the list with the editor while one is open, in edit mode', () => {
    const p = props({ editing: { id: 'user-a', draft, problems: [], busy: false } });
    const root = mount(<OptionsPage {...p} />);
    expect(allByTestId(root, 'article-list')).toHaveLength(0);
    const editor = byTestId(root, 'article-editor');
    expect(editor.querySelector('h3')!.textContent).toBe('editorTitleEdit');
    expect(byTestId(root, 'save').textContent).toBe('save');
    type(byTestId(root, 'field-outlet'), 'Xinhua');
    expect(p.onEditChange).toHaveBeenCalledWith({ ...draft, outlet: 'Xinhua' });
    click(byTestId(root, 'save'));
    expect(p.onEditSave).toHaveBeenCalledOnce();
    click(byTestId(root, 'cancel'));
    expect(p.onEditCancel).toHaveBeenCalledOnce();
  });

  it('return focus to the articles heading when the editor closes', () => {
    const p = props({ editing: { id: 'user-a', draft, problems: [], busy: false } });
    const root = mount(<OptionsPage {...p} />);
    rerender(root, <OptionsPage {...p} editing={null} />);
    expect(document.activeElement).toBe(byTestId(root, 'articles-section').querySelector('h2'));
  });
});

describe('export and import', () => {
  it('export JSON and Markdown', () => {
    const p = props();
    const root = mount(<OptionsPage {...p} />);
    click(byTestId(root, 'export-json'));
    expect(p.onExport).toHaveBeenLastCalledWith('json');
    click(byTestId(root, 'export-markdown'));
    expect(p.onExport).toHaveBeenLastCalledWith('markdown');
  });

  it('import the chosen file through a labelled JSON file field', () => {
    const p = props({ t: localeT('en') });
    const root = mount(<OptionsPage {...p} />);
    const input = byTestId<HTMLInputElement>(root, 'import-file');
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.json');
    expect(root.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('Import JSON');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toContain('exported by Related Coverage');
    const file = new File(['{}'], 'export.json', { type: 'application/json' });
    chooseFile(input, [file]);
    expect(p.onImportFile).toHaveBeenCalledExactlyOnceWith(file);
  });

  it('ignore a change with no file', () => {
    const p = props();
    const root = mount(<OptionsPage {...p} />);
    chooseFile(byTestId<HTMLInputElement>(root, 'import-file'), []);
    expect(p.onImportFile).not.toHaveBeenCalled();
  });

  it('wait while busy', () => {
    const root = mount(<OptionsPage {...props({ transferBusy: true, importReport: { imported: [], rejected: [], conflicts: [{ id: 'user-a', headline: 'x', savedAt: '2024-05-01T12:00:00Z', incomingSavedAt: '2024-05-02T12:00:00Z' }] } })} />);
    for (const id of ['export-json', 'export-markdown', 'import-file', 'apply-decisions']) {
      expect(byTestId<HTMLButtonElement>(root, id).disabled, id).toBe(true);
    }
  });

  it('show the report and pass the reader\'s decisions on', () => {
    const p = props({
      importReport: {
        imported: ['AI rules agreed'],
        rejected: [],
        conflicts: [{ id: 'user-a', headline: 'Wuzhen summit opens', savedAt: '2024-05-01T12:00:00Z', incomingSavedAt: '2024-05-02T12:00:00Z' }],
      },
    });
    const root = mount(<OptionsPage {...p} />);
    expect(byTestId(root, 'imported').textContent).toBe('AI rules agreed');
    click(byTestId(root, 'conflict').querySelector<HTMLInputElement>('input[value="replace"]')!);
    click(byTestId(root, 'apply-decisions'));
    expect(p.onResolveImport).toHaveBeenCalledExactlyOnceWith({ 'user-a': 'replace' });
  });

  it('show a file-level error', () => {
    const root = mount(<OptionsPage {...props({ importError: { code: 'notJson', detail: 'Unexpected token' } })} />);
    expect(byTestId(root, 'import-error').textContent).toContain('importFile.notJson(Unexpected token)');
  });
});

describe('topics', () => {
  it('pass the topic callbacks through with their arguments', () => {
    const p = props();
    const root = mount(<OptionsPage {...p} />);
    click(byTestId(root, 'topic-switch'));
    expect(p.onToggleTopic).toHaveBeenCalledWith('custom-chips', false);
    click(byTestId(root, 'save-topic'));
    expect(p.onSaveTopic).toHaveBeenCalledWith({ id: 'custom-chips', label: 'Chips', terms: [{ text: 'semiconductor', lang: null }] });
    click(byTestId(root, 'delete-topic'));
    click(byTestId(root, 'confirm-delete-topic'));
    expect(p.onDeleteTopic).toHaveBeenCalledWith('custom-chips');
    click(byTestId(root, 'new-topic'));
    expect(p.onCreateTopic).toHaveBeenCalledOnce();
  });

  it('show problems for a topic', () => {
    const root = mount(<OptionsPage {...props({ topicProblems: { 'custom-chips': [{ code: 'nameEmpty' }] } })} />);
    expect(byTestId(root, 'topic-problems').getAttribute('role')).toBe('alert');
    expect(byTestId(root, 'topic-problems').textContent).toContain('topicProblem.nameEmpty');
  });
});
