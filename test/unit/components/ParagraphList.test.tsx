// @vitest-environment happy-dom
// The editor's text: paragraphs are removed, put back, joined and added,
// counted as they change, and one over the size limit is marked.

import { describe, expect, it } from 'vitest';
import { ArticleEditor } from '../../../components/ArticleEditor.tsx';
import { mergeWithNext, removeParagraph, restoreParagraph } from '../../../components/draft-edits.ts';
import { allByTestId, byTestId, click, localeT, mount } from './helpers.ts';
import { Stateful, draft, lastDraft, props, texts, typeArea } from './editor-fixtures.tsx';

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

