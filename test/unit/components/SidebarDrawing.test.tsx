// @vitest-environment happy-dom
// The sidebar drawn a few cards at a time (the host's `drawn`, so that no task
// of ours holds up a huge page): only the first cards are in the list, the
// list says it is busy until all are, and what the live region announces is
// about the whole list, not the cards drawn so far.

import { describe, expect, it } from 'vitest';
import { Sidebar, type SidebarProps } from '../../../components/Sidebar.tsx';
import { allByTestId, byTestId, mount, passage, sidebarProps } from './helpers.ts';

// One article each, each its own words: the sidebar groups an article's passages into one card and shows identical words once.
const five = ['a1#0', 'a2#1', 'a3#2', 'a4#3', 'a5#4'].map((id) => passage({ id, text: `Passage ${id} of its own article.` }, { id: id.slice(0, 2) }));

function props(over: Partial<SidebarProps> = {}): SidebarProps {
  return sidebarProps({
    topics: [{ id: 'wic', label: 'World Internet Conference', count: 3 }],
    passages: five,
    mention: { index: -1, total: 3 },
    ...over,
  });
}

const ids = (root: HTMLElement) => allByTestId(root, 'passage').map((el) => el.getAttribute('data-passage-id'));
const busy = (root: HTMLElement) => byTestId(root, 'passages').parentElement!.getAttribute('aria-busy');

describe('drawing a list a few cards at a time', () => {
  it('draws only the first cards and says the list is busy until all are drawn', () => {
    const root = mount(<Sidebar {...props({ drawn: 2 })} />);
    expect(ids(root)).toEqual(['a1#0', 'a2#1']);
    expect(busy(root)).toBe('true');
  });

  it('is done, and not busy, once every card is drawn (or more were allowed than there are)', () => {
    for (const drawn of [5, 6, undefined]) {
      const root = mount(<Sidebar {...props(drawn === undefined ? {} : { drawn })} />);
      expect(ids(root), String(drawn)).toEqual(five.map((p) => p.id));
      expect(busy(root), String(drawn)).toBeNull();
    }
  });

  it('announces the number of search results in the whole list, not in the cards drawn', () => {
    const root = mount(<Sidebar {...props({ drawn: 2, search: { query: 'Wuzhen', results: five, busy: false } })} />);
    expect(ids(root)).toEqual(['a1#0', 'a2#1']);
    expect(byTestId(root, 'search-status').textContent).toBe('searchResults#5');
  });
});
