// @vitest-environment happy-dom
// The save page: one view per state, each starting where the keyboard should,
// the editor wired to the page's callbacks, and the buttons after saving.

import { describe, expect, it } from 'vitest';
import { SavePage, type SavePageState } from '../../../components/SavePage.tsx';
import { allByTestId, byTestId, click, localeT, mount, rerender, saveProps, type } from './helpers.ts';

const draft = {
  headline: 'Wuzhen summit opens',
  outlet: 'Example News',
  published: null,
  url: null,
  author: null,
  language: 'en' as const,
  note: null,
  paragraphs: ['One.', 'Two.'],
};

const editing = (over: Partial<Extract<SavePageState, { kind: 'editing' }>> = {}): SavePageState => ({
  kind: 'editing',
  draft,
  problems: [],
  busy: false,
  conflict: null,
  ...over,
});

describe('save page', () => {
  it('is a main landmark named by its h1', () => {
    const root = mount(<SavePage {...saveProps({ kind: 'loading' })} />);
    const main = byTestId(root, 'save-page');
    expect(main.localName).toBe('main');
    expect(root.querySelector('h1')!.id).toBe(main.getAttribute('aria-labelledby'));
    expect(root.querySelector('h1')!.textContent).toBe('addPage');
  });

  it('says it is reading the page, as a status', () => {
    const root = mount(<SavePage {...saveProps({ kind: 'loading' })} t={localeT('en')} />);
    const loading = byTestId(root, 'save-loading');
    expect(loading.textContent).toBe('Reading the page…');
    expect(loading.getAttribute('role')).toBe('status');
    expect(byTestId(root, 'save-page').getAttribute('aria-busy')).toBe('true');
  });

  it('explains an error, what to do, and closes', () => {
    const p = saveProps({ kind: 'error', message: 'The tab was closed.' }, { t: localeT('en') });
    const root = mount(<SavePage {...p} />);
    const error = byTestId(root, 'save-error');
    expect(error.querySelector('[role="alert"]')!.textContent).toBe('This page could not be read.The tab was closed.');
    expect(error.textContent).toContain('choose “Save this page to your corpus” again');
    expect(document.activeElement).toBe(error.querySelector('h2'));
    click(byTestId(root, 'close'));
    expect(p.onClose).toHaveBeenCalledOnce();
  });

  it('keeps an error message as text', () => {
    const root = mount(<SavePage {...saveProps({ kind: 'error', message: '<img src=x onerror=alert(1)>' })} />);
    expect(root.querySelector('img')).toBeNull();
    expect(byTestId(root, 'save-error').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('edits a new article and passes every editor action on', () => {
    const p = saveProps(editing({ conflict: { headline: 'Wuzhen summit opens', savedAt: '2024-05-01T12:00:00Z' } }));
    const root = mount(<SavePage {...p} />);
    expect(byTestId(root, 'save').textContent).toBe('saveNew');
    type(byTestId(root, 'field-headline'), 'New headline');
    expect(p.onChange).toHaveBeenCalledWith({ ...draft, headline: 'New headline' });
    click(byTestId(root, 'save'));
    expect(p.onSave).toHaveBeenCalledOnce();
    click(byTestId(root, 'replace'));
    expect(p.onReplace).toHaveBeenCalledOnce();
    click(byTestId(root, 'keep'));
    click(byTestId(root, 'cancel'));
    expect(p.onCancel).toHaveBeenCalledTimes(2);
  });

  it('shows the problems it is given once Save is pressed', () => {
    const root = mount(<SavePage {...saveProps(editing({ problems: [{ code: 'outletEmpty' }] }))} />);
    click(byTestId(root, 'save'));
    expect(byTestId(root, 'problems').getAttribute('role')).toBe('alert');
    expect(byTestId(root, 'problems').textContent).toContain('problem.outletEmpty');
  });

  it('confirms the save and offers Close and See your articles', () => {
    const p = saveProps({ kind: 'saved', headline: 'Wuzhen summit opens' }, { t: localeT('en') });
    const root = mount(<SavePage {...p} />);
    const saved = byTestId(root, 'save-saved');
    expect(saved.textContent).toContain('Saved to your corpus.');
    expect(saved.textContent).toContain('It will be suggested beside related pages.');
    expect(byTestId(root, 'saved-headline').textContent).toBe('Wuzhen summit opens');
    expect(document.activeElement).toBe(saved.querySelector('h2'));
    click(byTestId(root, 'close'));
    expect(p.onClose).toHaveBeenCalledOnce();
    click(byTestId(root, 'see-articles'));
    expect(p.onOpenOptions).toHaveBeenCalledOnce();
  });

  it('moves from loading to editing to saved, focusing each new view', () => {
    const root = mount(<SavePage {...saveProps({ kind: 'loading' })} />);
    rerender(root, <SavePage {...saveProps(editing())} />);
    expect(document.activeElement).toBe(byTestId(root, 'article-editor').querySelector('h2'));
    rerender(root, <SavePage {...saveProps({ kind: 'saved', headline: 'x' })} />);
    expect(allByTestId(root, 'article-editor')).toHaveLength(0);
    expect(document.activeElement).toBe(byTestId(root, 'save-saved').querySelector('h2'));
  });
});
