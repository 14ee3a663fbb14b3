// @vitest-environment happy-dom
// The article editor: each field edits its part of the draft (empty means
// unknown, never a guess), paragraphs are removed, put back and joined,
// problems and a conflict are alerts beside the Save button, and the
// buttons call what they say.

import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import {
  ArticleEditor,
  type ArticleEditorProps,
  mergeWithNext,
  removeParagraph,
  restoreParagraph,
} from '../../../components/ArticleEditor.tsx';
import type { ArticleDraft } from '../../../core/user-articles.ts';
import { allByTestId, byTestId, click, fakeT, localeT, mount, rerender, type } from './helpers.ts';

function draft(over: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    headline: 'Wuzhen summit opens',
    outlet: 'Example News',
    published: '2023-11-08',
    url: 'https://news.example.com/wic-2023',
    author: null,
    language: 'en',
    note: null,
    paragraphs: ['First paragraph.', 'Second paragraph.', 'Third paragraph.'],
    ...over,
  };
}

function props(over: Partial<ArticleEditorProps> = {}): ArticleEditorProps {
  return {
    t: fakeT,
    draft: draft(),
    problems: [],
    busy: false,
    mode: 'new',
    onChange: vi.fn(),
    onSave: vi.fn(),
    onCancel: vi.fn(),
    ...over,
  };
}

/** The editor with a parent that keeps the draft, as the save page does. */
function Stateful(p: ArticleEditorProps) {
  const [d, setD] = useState(p.draft);
  return (
    <ArticleEditor
      {...p}
      draft={d}
      onChange={(next) => {
        p.onChange(next);
        setD(next);
      }}
    />
  );
}

const lastDraft = (p: ArticleEditorProps) => (p.onChange as ReturnType<typeof vi.fn>).mock.lastCall![0] as ArticleDraft;
const texts = (root: HTMLElement) => allByTestId<HTMLTextAreaElement>(root, 'paragraph').map((el) => el.value);

function typeArea(el: HTMLTextAreaElement, value: string): void {
  type(el as unknown as HTMLInputElement, value);
}

function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('fields', () => {
  it('show the draft, each with a label', () => {
    const root = mount(<ArticleEditor {...props({ draft: draft({ author: 'Li Wei', note: 'exact day unknown' }) })} />);
    const field = (id: string) => byTestId<HTMLInputElement>(root, id);
    expect(field('field-headline').value).toBe('Wuzhen summit opens');
    expect(field('field-outlet').value).toBe('Example News');
    expect(field('field-author').value).toBe('Li Wei');
    expect(field('field-published').value).toBe('2023-11-08');
    expect(field('field-url').value).toBe('https://news.example.com/wic-2023');
    expect(field('field-language').value).toBe('en');
    expect(field('field-note').value).toBe('exact day unknown');
    for (const id of ['field-headline', 'field-outlet', 'field-author', 'field-published', 'field-url', 'field-language', 'field-note']) {
      const el = field(id);
      expect(root.querySelector(`label[for="${el.id}"]`), id).not.toBeNull();
    }
    for (const el of allByTestId(root, 'paragraph')) expect(root.querySelector(`label[for="${el.id}"]`)).not.toBeNull();
  });

  it('shows unknown date and address as empty fields, with the expected format as a placeholder', () => {
    const root = mount(<ArticleEditor {...props({ draft: draft({ published: null, url: null }) })} />);
    const published = byTestId<HTMLInputElement>(root, 'field-published');
    expect(published.value).toBe('');
    expect(published.placeholder).toBe('publishedPlaceholder');
    expect(byTestId<HTMLInputElement>(root, 'field-url').value).toBe('');
  });

  it('send the whole draft with the one field changed', () => {
    const p = props();
    const root = mount(<ArticleEditor {...p} />);
    type(byTestId(root, 'field-headline'), 'Summit closes');
    expect(lastDraft(p)).toEqual({ ...draft(), headline: 'Summit closes' });
    type(byTestId(root, 'field-outlet'), 'Xinhua');
    expect(lastDraft(p).outlet).toBe('Xinhua');
    type(byTestId(root, 'field-author'), 'Li Wei');
    expect(lastDraft(p).author).toBe('Li Wei');
    type(byTestId(root, 'field-published'), '2023-11');
    expect(lastDraft(p).published).toBe('2023-11');
    type(byTestId(root, 'field-url'), 'https://example.org/a');
    expect(lastDraft(p).url).toBe('https://example.org/a');
    typeArea(byTestId(root, 'field-note'), 'from the print edition');
    expect(lastDraft(p).note).toBe('from the print edition');
    typeArea(allByTestId<HTMLTextAreaElement>(root, 'paragraph')[1]!, 'Changed.');
    expect(lastDraft(p).paragraphs).toEqual(['First paragraph.', 'Changed.', 'Third paragraph.']);
  });

  it('turns an emptied date, address, author or note into null (unknown), never a guess', () => {
    const p = props({ draft: draft({ author: 'Li Wei', note: 'n' }) });
    const root = mount(<ArticleEditor {...p} />);
    type(byTestId(root, 'field-published'), '');
    expect(lastDraft(p).published).toBeNull();
    type(byTestId(root, 'field-url'), '   ');
    expect(lastDraft(p).url).toBeNull();
    type(byTestId(root, 'field-author'), '');
    expect(lastDraft(p).author).toBeNull();
    typeArea(byTestId(root, 'field-note'), '');
    expect(lastDraft(p).note).toBeNull();
  });

  it('trims a pasted address when the field is left', () => {
    const p = props();
    const root = mount(<ArticleEditor {...p} />);
    const url = byTestId<HTMLInputElement>(root, 'field-url');
    act(() => {
      url.value = '  https://example.org/a ';
      url.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(lastDraft(p).url).toBe('https://example.org/a');
  });

  it('chooses the language between English and Chinese', () => {
    const p = props();
    const root = mount(<ArticleEditor {...p} />);
    const select = byTestId<HTMLSelectElement>(root, 'field-language');
    expect([...select.options].map((o) => o.value)).toEqual(['en', 'zh']);
    choose(select, 'zh');
    expect(lastDraft(p).language).toBe('zh');
    const zh = mount(<ArticleEditor {...props({ t: localeT('zh_CN'), draft: draft({ language: 'zh' }) })} />);
    expect([...byTestId<HTMLSelectElement>(zh, 'field-language').options].map((o) => o.textContent)).toEqual(['英文', '中文']);
    expect(byTestId(zh, 'paragraph').getAttribute('lang')).toBe('zh');
  });
});

describe('paragraphs', () => {
  it('removes one, and undo puts it back where it was', () => {
    const p = props();
    const root = mount(<Stateful {...p} />);
    expect(allByTestId(root, 'undo-remove')).toHaveLength(0);
    click(allByTestId(root, 'remove-paragraph')[1]!);
    expect(lastDraft(p).paragraphs).toEqual(['First paragraph.', 'Third paragraph.']);
    expect(texts(root)).toEqual(['First paragraph.', 'Third paragraph.']);
    const undo = byTestId(root, 'undo-remove');
    expect(undo.closest('[role="status"]')!.textContent).toContain('paragraphRemoved(2)');
    expect(document.activeElement).toBe(undo);
    click(undo);
    expect(lastDraft(p).paragraphs).toEqual(['First paragraph.', 'Second paragraph.', 'Third paragraph.']);
    expect(allByTestId(root, 'undo-remove')).toHaveLength(0);
    expect(document.activeElement).toBe(allByTestId(root, 'paragraph')[1]);
  });

  it('undoes only the last removal', () => {
    const p = props();
    const root = mount(<Stateful {...p} />);
    click(allByTestId(root, 'remove-paragraph')[0]!);
    click(allByTestId(root, 'remove-paragraph')[1]!);
    expect(texts(root)).toEqual(['Second paragraph.']);
    click(byTestId(root, 'undo-remove'));
    expect(texts(root)).toEqual(['Second paragraph.', 'Third paragraph.']);
    expect(allByTestId(root, 'undo-remove')).toHaveLength(0);
  });

  it('joins a paragraph with the next, with a space in English', () => {
    const p = props();
    const root = mount(<Stateful {...p} />);
    const merges = allByTestId(root, 'merge-paragraph');
    // The last paragraph has no next one.
    expect(merges).toHaveLength(2);
    expect(merges[0]!.getAttribute('aria-label')).toBe('joinParagraphs(1|2)');
    click(merges[0]!);
    expect(lastDraft(p).paragraphs).toEqual(['First paragraph. Second paragraph.', 'Third paragraph.']);
    expect(document.activeElement).toBe(allByTestId(root, 'paragraph')[0]);
  });

  it('joins Chinese without a space', () => {
    const d = draft({ language: 'zh', paragraphs: ['世界互联网大会在乌镇开幕。', '  会议为期三天。'] });
    expect(mergeWithNext(d, 0).paragraphs).toEqual(['世界互联网大会在乌镇开幕。会议为期三天。']);
  });

  it('leaves the draft alone when there is no next paragraph', () => {
    const d = draft();
    expect(mergeWithNext(d, 2)).toBe(d);
    expect(mergeWithNext(d, -1)).toBe(d);
  });

  it('removes and restores as pure functions', () => {
    const d = draft();
    const { draft: without, removed } = removeParagraph(d, 0);
    expect(without.paragraphs).toEqual(['Second paragraph.', 'Third paragraph.']);
    expect(removed).toEqual({ index: 0, text: 'First paragraph.' });
    expect(restoreParagraph(without, removed)).toEqual(d);
    expect(d.paragraphs).toHaveLength(3);
    // Restoring past the end puts it last.
    expect(restoreParagraph({ ...d, paragraphs: [] }, { index: 5, text: 'x' }).paragraphs).toEqual(['x']);
  });

  it('adds an empty paragraph at the end and focuses it', () => {
    const p = props();
    const root = mount(<Stateful {...p} />);
    click(byTestId(root, 'add-paragraph'));
    expect(lastDraft(p).paragraphs).toEqual([...draft().paragraphs, '']);
    expect(document.activeElement).toBe(allByTestId(root, 'paragraph')[3]);
  });

  it('names each remove button by its paragraph', () => {
    const root = mount(<ArticleEditor {...props({ t: localeT('en') })} />);
    expect(allByTestId(root, 'remove-paragraph').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Remove paragraph 1',
      'Remove paragraph 2',
      'Remove paragraph 3',
    ]);
    expect(allByTestId(root, 'remove-paragraph')[0]!.textContent).toBe('Remove');
  });

  it('counts paragraphs and words as they change', () => {
    const root = mount(<Stateful {...props({ t: localeT('en') })} />);
    expect(byTestId(root, 'word-count').textContent).toBe('3 paragraphs · 6 words');
    typeArea(allByTestId<HTMLTextAreaElement>(root, 'paragraph')[0]!, 'One two three four.');
    expect(byTestId(root, 'word-count').textContent).toBe('3 paragraphs · 8 words');
    const zh = mount(<Stateful {...props({ t: localeT('zh_CN'), draft: draft({ paragraphs: ['乌镇峰会开幕。', ''] }) })} />);
    expect(byTestId(zh, 'word-count').textContent).toBe('1 段 · 6 字');
  });
});

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
      'The date “soon” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty if unknown.',
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
