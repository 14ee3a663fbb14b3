// @vitest-environment happy-dom
// The editor's facts about the source: each field edits its part of the
// draft, empty means unknown (never a guess), a date is read as typed and
// stored normalised, a fact the page did not give says so, and a problem is
// marked at its field.

import { describe, expect, it } from 'vitest';
import { ArticleEditor } from '../../../components/ArticleEditor.tsx';
import { allByTestId, byTestId, choose, localeT, mount, rerender, type } from './helpers.ts';
import { draft, lastDraft, props, typeArea } from './editor-fixtures.tsx';

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
    choose(byTestId<HTMLInputElement>(root, 'field-url'), '  https://example.org/a ');
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

describe('dates as typed', () => {
  it.each([
    ['20 Nov 2024', '2024-11-20'],
    ['2024年11月20日', '2024-11-20'],
    ['11月20日，2024年', '2024-11-20'],
    ['November 2024', '2024-11'],
    ['  2024/11/20 ', '2024-11-20'],
  ])('stores %j as %s when the field is left', (typed, stored) => {
    const p = props();
    const root = mount(<ArticleEditor {...p} />);
    choose(byTestId<HTMLInputElement>(root, 'field-published'), typed);
    expect(lastDraft(p).published).toBe(stored);
  });

  it('keeps what it cannot read as typed, for the reader to correct', () => {
    const p = props();
    const root = mount(<ArticleEditor {...p} />);
    choose(byTestId<HTMLInputElement>(root, 'field-published'), ' next week ');
    expect(lastDraft(p).published).toBe('next week');
  });
});

describe('facts the page did not give', () => {
  it('says so under each empty field, and stops once the reader fills it in', () => {
    const p = props({ t: localeT('en'), notFound: ['outlet', 'author', 'published'], draft: draft({ outlet: '', author: null, published: null }) });
    const root = mount(<ArticleEditor {...p} />);
    for (const fact of ['outlet', 'author', 'published']) {
      const note = byTestId(root, `not-found-${fact}`);
      expect(note.textContent).toBe('Not found on the page: type it if you know it.');
      expect(byTestId(root, `field-${fact}`).getAttribute('aria-describedby')).toContain(note.id);
    }
    rerender(root, <ArticleEditor {...p} draft={draft({ outlet: 'Harbour Ledger', author: null, published: null })} />);
    expect(allByTestId(root, 'not-found-outlet')).toHaveLength(0);
    expect(allByTestId(root, 'not-found-author')).toHaveLength(1);
  });

  it('says nothing of the kind when editing a saved article', () => {
    const root = mount(<ArticleEditor {...props({ mode: 'edit', draft: draft({ outlet: '', author: null, published: null }) })} />);
    expect(root.querySelectorAll('.rc-not-found')).toHaveLength(0);
  });
});

