// @vitest-environment happy-dom
// The article editor as a whole: problems and a conflict are alerts beside
// the Save button (and each problem is marked at its field), the buttons call
// what they say, untrusted text stays text, and focus starts at the heading.

import { describe, expect, it, vi } from 'vitest';
import { ArticleEditor } from '../../../components/ArticleEditor.tsx';
import { allByTestId, byTestId, click, localeT, mount, rerender, } from './helpers.ts';
import { draft, props } from './editor-fixtures.tsx';

describe('saving', () => {
  it('calls onSave from the Save button and onCancel from Cancel', () => {
    const p = props();
    const root = mount(<ArticleEditor {...p} />);
    expect(byTestId(root, 'save').textContent).toBe('saveNew');
    click(byTestId(root, 'save'));
    expect(p.onSave).toHaveBeenCalledOnce();
    click(byTestId(root, 'cancel'));
    expect(p.onCancel).toHaveBeenCalledOnce();
    expect(p.onChange).not.toHaveBeenCalled();
  });

  it('does not save on Enter in a field (only the button saves)', () => {
    const p = props();
    const root = mount(<ArticleEditor {...p} />);
    const form = byTestId<HTMLFormElement>(root, 'article-editor');
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(p.onSave).not.toHaveBeenCalled();
  });

  it('says "save changes" when editing a saved article', () => {
    const root = mount(<ArticleEditor {...props({ mode: 'edit' })} />);
    expect(byTestId(root, 'save').textContent).toBe('save');
    expect(root.querySelector('h2')!.textContent).toBe('editorTitleEdit');
  });

  it('waits while busy', () => {
    const p = props({ busy: true });
    const root = mount(<ArticleEditor {...p} />);
    const save = byTestId<HTMLButtonElement>(root, 'save');
    expect(save.disabled).toBe(true);
    expect(save.textContent).toBe('saving');
    expect(byTestId(root, 'article-editor').getAttribute('aria-busy')).toBe('true');
  });

  it('shows problems, once Save is pressed, as an alert the Save button points to', () => {
    const problems = [{ code: 'headlineEmpty' }, { code: 'dateInvalid', value: 'soon' }] as const;
    const p = props({ t: localeT('en'), problems: [...problems] });
    const root = mount(<ArticleEditor {...p} />);
    // Not before the reader has tried to save.
    expect(allByTestId(root, 'problems')).toHaveLength(0);
    click(byTestId(root, 'save'));
    expect(p.onSave).toHaveBeenCalledOnce();
    const box = byTestId(root, 'problems');
    expect(box.getAttribute('role')).toBe('alert');
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'The headline is empty.',
      'The date “soon” cannot be read: write it as 2024-11-20 or 20 Nov 2024 (or only the year, or the month and year), or leave it empty if unknown.',
    ]);
    expect(byTestId(root, 'save').getAttribute('aria-describedby')).toBe(box.id);
    expect(byTestId<HTMLButtonElement>(root, 'save').disabled).toBe(false);
  });

  it('has no alert without problems, and drops it once they are fixed', () => {
    const p = props();
    const root = mount(<ArticleEditor {...p} />);
    click(byTestId(root, 'save'));
    expect(allByTestId(root, 'problems')).toHaveLength(0);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    rerender(root, <ArticleEditor {...p} problems={[{ code: 'outletEmpty' }]} />);
    expect(byTestId(root, 'problems').textContent).toContain('problem.outletEmpty');
    rerender(root, <ArticleEditor {...p} problems={[]} />);
    expect(allByTestId(root, 'problems')).toHaveLength(0);
  });

  it('shows problems after Replace too (a save that failed)', () => {
    const p = props({
      problems: [{ code: 'storageFull', action: 'saveArticle', headline: 'x' }],
      conflict: { headline: 'x', savedAt: '2024-05-01T12:00:00Z' },
      onReplace: vi.fn(),
    });
    const root = mount(<ArticleEditor {...p} />);
    click(byTestId(root, 'replace'));
    expect(byTestId(root, 'problems').textContent).toContain('storage.full(storage.action.saveArticle(x))');
  });
});

describe('problems at their fields', () => {
  /** The text of the elements an element's aria-describedby names. */
  const description = (root: HTMLElement, el: Element) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => root.querySelector(`[id="${id}"]`)?.textContent ?? '');

  it('marks each field with a problem as invalid, described by the same words as the summary', () => {
    const problems = [{ code: 'headlineEmpty' }, { code: 'outletEmpty' }, { code: 'dateInvalid', value: 'soon' }, { code: 'urlInvalid', value: 'example' }, { code: 'noText' }] as const;
    const p = props({ t: localeT('en'), problems: [...problems], draft: draft({ headline: '', outlet: '', published: 'soon', url: 'example', paragraphs: [] }) });
    const root = mount(<ArticleEditor {...p} />);
    expect(root.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    click(byTestId(root, 'save'));
    const summary = [...byTestId(root, 'problems').querySelectorAll('li')].map((li) => li.textContent);
    const cases: Array<[string, number]> = [['field-headline', 0], ['field-outlet', 1], ['field-published', 2], ['field-url', 3], ['paragraphs', 4]];
    for (const [testId, at] of cases) {
      const el = byTestId(root, testId);
      expect(el.getAttribute('aria-invalid'), testId).toBe('true');
      expect(description(root, el), testId).toContain(summary[at]);
    }
    // Fields without a problem are not marked.
    expect(byTestId(root, 'field-author').getAttribute('aria-invalid')).toBeNull();
    expect(byTestId(root, 'field-language').getAttribute('aria-invalid')).toBeNull();
  });

  it('marks the paragraph over the size limit, saying how long it is', () => {
    const long = 'x'.repeat(20_001);
    const p = props({ t: localeT('en'), problems: [{ code: 'paragraphTooLong', max: 20_000 }], draft: draft({ paragraphs: ['Short.', long] }) });
    const root = mount(<ArticleEditor {...p} />);
    click(byTestId(root, 'save'));
    const [first, second] = allByTestId(root, 'paragraph');
    expect(first!.getAttribute('aria-invalid')).toBeNull();
    expect(second!.getAttribute('aria-invalid')).toBe('true');
    expect(description(root, second!)).toEqual(['This paragraph has 20,001 characters, more than 20,000: split it.']);
  });

  it('clears the marks once the problems are fixed', () => {
    const p = props({ problems: [{ code: 'outletEmpty' }], draft: draft({ outlet: '' }) });
    const root = mount(<ArticleEditor {...p} />);
    click(byTestId(root, 'save'));
    expect(byTestId(root, 'field-outlet').getAttribute('aria-invalid')).toBe('true');
    rerender(root, <ArticleEditor {...p} problems={[]} draft={draft()} />);
    expect(root.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    expect(allByTestId(root, 'error-outlet')).toHaveLength(0);
  });
});

describe('an article saved before', () => {
  const conflict = { headline: 'Wuzhen summit opens', savedAt: '2024-05-01T12:00:00.000Z' };

  it('asks whether to replace it, naming it and the day it was saved', () => {
    const root = mount(<ArticleEditor {...props({ t: localeT('en'), conflict, onReplace: () => {} })} />);
    const notice = byTestId(root, 'conflict-notice');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('You already saved “Wuzhen summit opens” on May 1, 2024. Replace it with this version?');
    const gb = mount(<ArticleEditor {...props({ t: localeT('en', 'en-GB'), conflict, onReplace: () => {} })} />);
    expect(byTestId(gb, 'conflict-notice').textContent).toContain('on 1 May 2024.');
    const zh = mount(<ArticleEditor {...props({ t: localeT('zh_CN'), conflict, onReplace: () => {} })} />);
    expect(byTestId(zh, 'conflict-notice').textContent).toContain('你已于2024年5月1日保存过《Wuzhen summit opens》。');
  });

  it('Replace calls onReplace; Keep the saved one calls onCancel', () => {
    const onReplace = vi.fn();
    const p = props({ conflict, onReplace });
    const root = mount(<ArticleEditor {...p} />);
    click(byTestId(root, 'replace'));
    expect(onReplace).toHaveBeenCalledOnce();
    expect(p.onSave).not.toHaveBeenCalled();
    click(byTestId(root, 'keep'));
    expect(p.onCancel).toHaveBeenCalledOnce();
  });

  it('offers no Replace without a handler, and none while busy', () => {
    expect(allByTestId(mount(<ArticleEditor {...props({ conflict })} />), 'replace')).toHaveLength(0);
    const root = mount(<ArticleEditor {...props({ conflict, onReplace: () => {}, busy: true })} />);
    expect(byTestId<HTMLButtonElement>(root, 'replace').disabled).toBe(true);
  });

  it('says "date unknown" for a saved time it cannot read', () => {
    const root = mount(<ArticleEditor {...props({ t: localeT('en'), conflict: { headline: 'x', savedAt: 'yesterday' } })} />);
    expect(byTestId(root, 'conflict-notice').textContent).toContain('on date unknown');
  });
});

describe('untrusted text', () => {
  it('stays text in fields, problems and the conflict', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const root = mount(
      <ArticleEditor
        {...props({
          draft: draft({ headline: evil, paragraphs: [evil] }),
          problems: [{ code: 'dateInvalid', value: evil }],
          conflict: { headline: evil, savedAt: '2024-05-01T12:00:00Z' },
        })}
      />,
    );
    click(byTestId(root, 'save'));
    expect(root.querySelector('img')).toBeNull();
    expect(byTestId<HTMLInputElement>(root, 'field-headline').value).toBe(evil);
    expect(byTestId<HTMLTextAreaElement>(root, 'paragraph').value).toBe(evil);
    expect(byTestId(root, 'problems').textContent).toContain(evil);
    expect(byTestId(root, 'conflict-notice').textContent).toContain(evil);
  });
});

describe('focus', () => {
  it('starts at the heading', () => {
    const root = mount(<ArticleEditor {...props()} />);
    expect(document.activeElement).toBe(root.querySelector('h2'));
  });

  it('can use an h3 inside a section', () => {
    const root = mount(<ArticleEditor {...props({ headingLevel: 3 })} />);
    expect(root.querySelector('h2')).toBeNull();
    expect(root.querySelector('h3')!.textContent).toBe('editorTitleNew');
  });
});
