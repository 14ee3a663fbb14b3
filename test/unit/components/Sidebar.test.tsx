// @vitest-environment happy-dom
// The sidebar: its landmarks and test ids, the keyboard (Escape, [ ], Alt+arrows),
// the states, and the focused topic. The search box: SidebarSearch.test.tsx;
// the cards: ArticleCard.test.tsx and PassageCard.test.tsx.

import { describe, expect, it, vi } from 'vitest';
import { Sidebar, scrollWithin } from '../../../components/Sidebar.tsx';
import { allByTestId, byTestId, click, key, mount, passage, rerender, sidebarProps } from './helpers.ts';

const props = sidebarProps;

describe('structure', () => {
  it('is a labelled complementary landmark with the test ids end-to-end tests use', () => {
    const root = mount(<Sidebar {...props()} />);
    const aside = root.querySelector('aside')!;
    expect(aside.getAttribute('role')).toBe('complementary');
    const labelId = aside.getAttribute('aria-labelledby')!;
    expect(root.querySelector(`[id="${labelId}"]`)!.textContent).toBe('extName');
    for (const id of ['close', 'topics', 'prev-mention', 'next-mention', 'search', 'passages', 'search-status']) {
      expect(allByTestId(root, id), id).toHaveLength(1);
    }
    expect(byTestId(root, 'close').getAttribute('aria-label')).toBe('closeSidebar');
    expect(allByTestId(root, 'passage').map((el) => el.getAttribute('data-passage-id'))).toEqual(['a1#0', 'a2#3']);
    expect(byTestId(root, 'passages').localName).toBe('ol');
  });

  it('lists the topics with their counts', () => {
    const root = mount(<Sidebar {...props()} />);
    const items = [...byTestId(root, 'topics').querySelectorAll('[data-topic-id]')];
    expect(items.map((el) => el.getAttribute('data-topic-id'))).toEqual(['wic', 'ai-governance']);
    expect(items[0]!.textContent).toBe('World Internet Conferencementions#5');
    expect(items[1]!.textContent).toBe('AI governancementions#1');
  });

  it('documents the keyboard in a description', () => {
    const root = mount(<Sidebar {...props()} />);
    const aside = root.querySelector('aside')!;
    const help = root.querySelector(`[id="${aside.getAttribute('aria-describedby')}"]`)!;
    expect(help.textContent).toBe('keyboardHelp');
    expect(help.className).toContain('rc-vh');
  });

  it('shows the add-page button only when given a handler', () => {
    expect(allByTestId(mount(<Sidebar {...props()} />), 'add-page')).toHaveLength(0);
    const onAddPage = vi.fn();
    const root = mount(<Sidebar {...props({ onAddPage })} />);
    click(byTestId(root, 'add-page'));
    expect(onAddPage).toHaveBeenCalledOnce();
  });

  it('renders no HTML from its inputs', () => {
    const root = mount(
      <Sidebar
        {...props({
          topics: [{ id: 'x', label: '<img src=x onerror=alert(1)>', count: 1 }],
          error: '<script>alert(1)</script>',
        })}
      />,
    );
    expect(root.querySelector('img, script')).toBeNull();
    expect(byTestId(root, 'error').textContent).toContain('<script>alert(1)</script>');
  });
});

describe('closing', () => {
  it('closes with the close button', () => {
    const p = props();
    const root = mount(<Sidebar {...p} />);
    click(byTestId(root, 'close'));
    expect(p.onClose).toHaveBeenCalledOnce();
  });

  it('closes on Escape from anywhere inside', () => {
    const p = props();
    const root = mount(<Sidebar {...p} />);
    const event = key(byTestId(root, 'next-mention'), 'Escape');
    expect(p.onClose).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
  });

  it('closes on Escape from an empty search box', () => {
    const p = props();
    const root = mount(<Sidebar {...p} />);
    key(byTestId(root, 'search'), 'Escape');
    expect(p.onClose).toHaveBeenCalledOnce();
  });

  it('clears a non-empty search on the first Escape instead of closing', () => {
    const p = props({ search: { query: 'wuzhen', results: [], busy: false } });
    const root = mount(<Sidebar {...p} />);
    key(byTestId(root, 'search'), 'Escape');
    expect(p.onSearch).toHaveBeenCalledWith('');
    expect(p.onClose).not.toHaveBeenCalled();
  });

  it('keeps its keys from the page', () => {
    const root = mount(<Sidebar {...props()} />);
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    try {
      key(byTestId(root, 'search'), 'j');
      key(byTestId(root, 'close'), ']');
    } finally {
      document.removeEventListener('keydown', pageSaw);
    }
    expect(pageSaw).not.toHaveBeenCalled();
  });
});

describe('mention stepper', () => {
  it('says how many mentions when none is selected, and which one when one is', () => {
    const root = mount(<Sidebar {...props()} />);
    expect(byTestId(root, 'mention-position').textContent).toBe('mentions#6');
    rerender(root, <Sidebar {...props({ mention: { index: 1, total: 7 } })} />);
    expect(byTestId(root, 'mention-position').textContent).toBe('mentionPosition(2|7)');
  });

  it('steps with the buttons', () => {
    const p = props();
    const root = mount(<Sidebar {...p} />);
    click(byTestId(root, 'next-mention'));
    click(byTestId(root, 'prev-mention'));
    expect(p.onNextMention).toHaveBeenCalledOnce();
    expect(p.onPrevMention).toHaveBeenCalledOnce();
    expect(byTestId(root, 'prev-mention').getAttribute('aria-label')).toBe('prevMention');
    expect(byTestId(root, 'next-mention').getAttribute('aria-label')).toBe('nextMention');
  });

  it('steps with [ and ] outside the search box, and Alt+arrows anywhere', () => {
    const p = props();
    const root = mount(<Sidebar {...p} />);
    key(byTestId(root, 'close'), ']');
    key(byTestId(root, 'close'), '[');
    key(byTestId(root, 'search'), 'ArrowDown', { altKey: true });
    key(byTestId(root, 'search'), 'ArrowUp', { altKey: true });
    expect(p.onNextMention).toHaveBeenCalledTimes(2);
    expect(p.onPrevMention).toHaveBeenCalledTimes(2);
  });

  it('leaves [ and ] to the search box, and plain arrows alone', () => {
    const p = props();
    const root = mount(<Sidebar {...p} />);
    const typed = key(byTestId(root, 'search'), ']');
    key(byTestId(root, 'close'), 'ArrowDown');
    expect(typed.defaultPrevented).toBe(false);
    expect(p.onNextMention).not.toHaveBeenCalled();
    expect(p.onPrevMention).not.toHaveBeenCalled();
  });

  it('disables the buttons when the page has no mentions', () => {
    const root = mount(<Sidebar {...props({ mention: { index: -1, total: 0 } })} />);
    expect(byTestId<HTMLButtonElement>(root, 'next-mention').disabled).toBe(true);
    expect(byTestId<HTMLButtonElement>(root, 'prev-mention').disabled).toBe(true);
  });
});

describe('states', () => {
  it('loading', () => {
    const root = mount(<Sidebar {...props({ passages: null })} />);
    expect(byTestId(root, 'loading').textContent).toBe('loading');
    expect(allByTestId(root, 'passages')).toHaveLength(0);
    expect(byTestId(root, 'loading').parentElement!.getAttribute('aria-busy')).toBe('true');
  });

  it('empty', () => {
    const root = mount(<Sidebar {...props({ passages: [] })} />);
    expect(byTestId(root, 'empty').textContent).toBe('empty');
  });

  it('error, without an endless loading line', () => {
    const root = mount(<Sidebar {...props({ passages: null, error: 'corpus unavailable' })} />);
    const error = byTestId(root, 'error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe('errorTitlecorpus unavailable');
    expect(allByTestId(root, 'loading')).toHaveLength(0);
  });

  it('no topics yet', () => {
    const root = mount(<Sidebar {...props({ topics: [] })} />);
    expect(byTestId(root, 'topics').textContent).toBe('noTopics');
  });
});

describe('focused topic', () => {
  it('flags the first passage matching the clicked topic and scrolls the panel to it', () => {
    const original = HTMLElement.prototype.getBoundingClientRect;
    // The panel's body shows y 0-300; the second card sits at y 500-600.
    HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
      const id = this.getAttribute('data-passage-id');
      const [top, bottom] = this.classList.contains('rc-body') ? [0, 300] : id === 'a2#3' ? [500, 600] : [0, 0];
      return { top, bottom, left: 0, right: 0, width: 0, height: bottom - top, x: 0, y: top, toJSON() {} } as DOMRect;
    };
    try {
      const root = mount(<Sidebar {...props({ focusedTopic: 'ai-governance' })} />);
      const focused = allByTestId(root, 'passage').filter((el) => el.getAttribute('data-focused') === 'true');
      expect(focused.map((el) => el.getAttribute('data-passage-id'))).toEqual(['a2#3']);
      expect(focused[0]!.textContent).toContain('focusedPassage');
      expect(root.querySelector<HTMLElement>('.rc-body')!.scrollTop).toBe(300);
    } finally {
      HTMLElement.prototype.getBoundingClientRect = original;
    }
  });

  it('matches a topic by id, whatever the label shown, or by its event', () => {
    const passages = [
      passage({ id: 'p1' }),
      // Another article's passage, so it is not folded into p1's card.
      passage({
        id: 'p2',
        text: 'The summit closed with a statement on data.',
        reasons: { names: [], event: 'World Internet Conference, 2023', eventTopicId: 'wic', topics: [], topicIds: [], words: [] },
      }, { id: 'a2' }),
    ];
    const topics = [{ id: 'wic', label: '世界互联网大会', count: 2 }];
    const root = mount(<Sidebar {...props({ topics, passages, focusedTopic: 'wic' })} />);
    expect(root.querySelector('[data-focused="true"]')?.getAttribute('data-passage-id')).toBe('p2');
  });

  it('flags nothing when no passage matches', () => {
    const root = mount(<Sidebar {...props({ focusedTopic: 'unknown-topic' })} />);
    expect(root.querySelector('[data-focused]')).toBeNull();
  });
});

describe('scrollWithin', () => {
  const boxed = (top: number, bottom: number, scrollTop = 0) =>
    ({ scrollTop, getBoundingClientRect: () => ({ top, bottom }) }) as unknown as HTMLElement;

  it('moves as little as needed, and not at all when in view', () => {
    const panel = boxed(0, 300, 40);
    scrollWithin(panel, boxed(100, 200));
    expect(panel.scrollTop).toBe(40);
    scrollWithin(panel, boxed(-50, 20));
    expect(panel.scrollTop).toBe(-10);
    const down = boxed(0, 300, 0);
    scrollWithin(down, boxed(280, 350));
    expect(down.scrollTop).toBe(50);
  });

  it('shows the top of a card taller than the panel', () => {
    const panel = boxed(0, 300, 0);
    scrollWithin(panel, boxed(200, 900));
    expect(panel.scrollTop).toBe(200);
  });
});
