// @vitest-environment happy-dom
// The sidebar's search box: a label, onSearch as the reader types (every key,
// input methods waited for), a query changed from outside, the live status
// line, the results in place of the related passages, and clearing.

import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Sidebar } from '../../../components/Sidebar.tsx';
import { allByTestId, byTestId, click, mount, passage, rerender, sidebarProps as props, type } from './helpers.ts';

describe('search', () => {
  it('has a label and calls onSearch as the reader types', () => {
    const p = props();
    const root = mount(<Sidebar {...p} />);
    const input = byTestId<HTMLInputElement>(root, 'search');
    const label = root.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).toBe('searchLabel');
    type(input, 'Wuzhen');
    expect(p.onSearch).toHaveBeenLastCalledWith('Wuzhen');
  });

  it('keeps every key typed faster than the screen repaints, while the controller re-renders on each', () => {
    // The page controller re-renders the sidebar synchronously on every query,
    // and effects wait for a frame; keys that land between frames must not be
    // overwritten by the query of an older render.
    const container = document.createElement('div');
    document.body.append(container);
    const calls: string[] = [];
    const show = (query: string) =>
      render(<Sidebar {...props({ search: { query, results: null, busy: query !== '' }, onSearch })} />, container);
    const onSearch = (q: string) => {
      calls.push(q);
      show(q);
    };
    show('');
    const input = byTestId<HTMLInputElement>(container, 'search');
    for (const ch of 'Wuzen') {
      input.value += ch;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect(input.value).toBe('Wuzen');
    expect(calls).toEqual(['W', 'Wu', 'Wuz', 'Wuze', 'Wuzen']);
    render(null, container);
    container.remove();
  });

  it('takes a query changed from outside, but not while an input method composes', () => {
    const root = mount(<Sidebar {...props({ search: { query: 'wuzhen', results: [], busy: false } })} />);
    const input = byTestId<HTMLInputElement>(root, 'search');
    expect(input.value).toBe('wuzhen');
    rerender(root, <Sidebar {...props({ search: { query: '', results: null, busy: false } })} />);
    expect(input.value).toBe('');
    expect(allByTestId(root, 'search-clear')).toHaveLength(0);
    input.dispatchEvent(new Event('compositionstart', { bubbles: true }));
    input.value = 'wu';
    rerender(root, <Sidebar {...props({ search: { query: 'summit', results: null, busy: false } })} />);
    expect(input.value).toBe('wu');
  });

  it('waits for an input method to finish composing', () => {
    const p = props();
    const root = mount(<Sidebar {...p} />);
    const input = byTestId<HTMLInputElement>(root, 'search');
    input.dispatchEvent(new Event('compositionstart', { bubbles: true }));
    type(input, 'wu');
    expect(p.onSearch).not.toHaveBeenCalled();
    input.value = '乌镇';
    input.dispatchEvent(new Event('compositionend', { bubbles: true }));
    expect(p.onSearch).toHaveBeenCalledWith('乌镇');
  });

  it('announces the state of the search in a live region', () => {
    const root = mount(<Sidebar {...props()} />);
    const status = byTestId(root, 'search-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('');

    rerender(root, <Sidebar {...props({ search: { query: 'wuzhen', results: null, busy: true } })} />);
    expect(byTestId(root, 'search-status').textContent).toBe('searching');

    const results = ['s1', 's2', 's3'].map((id) => passage({ id: `${id}#0`, text: `Passage ${id} in its own words.` }, { id }));
    rerender(root, <Sidebar {...props({ search: { query: 'wuzhen', results, busy: false } })} />);
    expect(byTestId(root, 'search-status').textContent).toBe('searchResults#3');

    // A passage in the same words as one above it is not shown, nor counted.
    const repeated = [...results, passage({ id: 'copy#0', text: 'Passage s1 in its own  WORDS.' }, { id: 'copy' })];
    rerender(root, <Sidebar {...props({ search: { query: 'wuzhen', results: repeated, busy: false } })} />);
    expect(allByTestId(root, 'passage')).toHaveLength(3);
    expect(byTestId(root, 'search-status').textContent).toBe('searchResults#3');

    rerender(root, <Sidebar {...props({ search: { query: 'wuzhen', results: results.slice(0, 1), busy: false } })} />);
    expect(byTestId(root, 'search-status').textContent).toBe('searchResults#1');

    rerender(root, <Sidebar {...props({ search: { query: 'zzz', results: [], busy: false } })} />);
    expect(byTestId(root, 'search-status').textContent).toBe('searchNoResults(zzz)');
    // The same element throughout, so screen readers hear each change.
    expect(byTestId(root, 'search-status')).toBe(status);
  });

  it('lets the status line alone say "searching" and "no results"', () => {
    const root = mount(<Sidebar {...props({ search: { query: 'zzz', results: [], busy: false } })} />);
    expect(allByTestId(root, 'empty')).toHaveLength(0);
    expect(allByTestId(root, 'passage')).toHaveLength(0);
    rerender(root, <Sidebar {...props({ search: { query: 'zzz', results: null, busy: true } })} />);
    expect(allByTestId(root, 'loading')).toHaveLength(0);
    expect(byTestId(root, 'search-status').textContent).toBe('searching');
  });

  it('shows the results instead of the related passages while a query is typed', () => {
    const results = [passage({ id: 'found#1' })];
    const root = mount(<Sidebar {...props({ search: { query: 'wuzhen', results, busy: false } })} />);
    expect(allByTestId(root, 'passage').map((el) => el.getAttribute('data-passage-id'))).toEqual(['found#1']);
    expect(root.textContent).toContain('searchHeading');
    expect(byTestId<HTMLInputElement>(root, 'search').value).toBe('wuzhen');
  });

  it('clears with the clear button, which only shows with a query', () => {
    expect(allByTestId(mount(<Sidebar {...props()} />), 'search-clear')).toHaveLength(0);
    const p = props({ search: { query: 'wuzhen', results: [], busy: false } });
    const root = mount(<Sidebar {...p} />);
    click(byTestId(root, 'search-clear'));
    expect(p.onSearch).toHaveBeenCalledWith('');
  });

  it('follows the query prop when it changes from outside', () => {
    const root = mount(<Sidebar {...props({ search: { query: 'abc', results: [], busy: false } })} />);
    rerender(root, <Sidebar {...props()} />);
    expect(byTestId<HTMLInputElement>(root, 'search').value).toBe('');
  });
});
