// @vitest-environment happy-dom
// The popup: topic switches with their counts, the site switch, the open
// mode, the sidebar button, the notices, and pages that cannot be scanned.

import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '../../../components/Popup.tsx';
import { allByTestId, byTestId, click, fakeT, localeT, mount } from './helpers.ts';

function props(over: Partial<PopupProps> = {}): PopupProps {
  return {
    t: fakeT,
    status: {
      host: 'news.example.com',
      siteDisabled: false,
      topics: [{ id: 'wic', label: 'World Internet Conference', count: 3 }],
      sidebar: 'collapsed',
    },
    topics: [
      { id: 'wic', label: 'World Internet Conference', enabled: true },
      { id: 'ai-governance', label: 'AI governance', enabled: false },
    ],
    openMode: 'sidebar',
    notices: [],
    onToggleTopic: vi.fn(),
    onToggleSite: vi.fn(),
    onOpenMode: vi.fn(),
    onToggleSidebar: vi.fn(),
    onOpenOptions: vi.fn(),
    ...over,
  };
}

const toggle = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLInputElement>(`[data-testid="topic-toggle"][data-topic-id="${id}"]`)!;

describe('topic switches', () => {
  it('are labelled checkbox switches reflecting the settings', () => {
    const root = mount(<Popup {...props()} />);
    const switches = allByTestId<HTMLInputElement>(root, 'topic-toggle');
    expect(switches.map((s) => s.getAttribute('data-topic-id'))).toEqual(['wic', 'ai-governance']);
    for (const s of switches) {
      expect(s.type).toBe('checkbox');
      expect(s.getAttribute('role')).toBe('switch');
      expect(s.closest('label')!.textContent).toContain(s.getAttribute('data-topic-id') === 'wic' ? 'World Internet Conference' : 'AI governance');
    }
    expect(toggle(root, 'wic').checked).toBe(true);
    expect(toggle(root, 'ai-governance').checked).toBe(false);
  });

  it('call onToggleTopic with the id and the new state', () => {
    const p = props();
    const root = mount(<Popup {...p} />);
    click(toggle(root, 'wic'));
    expect(p.onToggleTopic).toHaveBeenLastCalledWith('wic', false);
    click(toggle(root, 'ai-governance'));
    expect(p.onToggleTopic).toHaveBeenLastCalledWith('ai-governance', true);
  });

  const counts = (root: HTMLElement) => allByTestId(root, 'topic-count').map((el) => [el.getAttribute('data-topic-id'), el.textContent]);

  it('show each topic\'s count on this tab, and say a topic switched off is not looked for (not "0 mentions")', () => {
    expect(counts(mount(<Popup {...props()} />))).toEqual([
      ['wic', 'mentions#3'],
      ['ai-governance', 'topicNotCounted'],
    ]);
    // The page still mentions AI governance five times: the popup cannot know, so it does not say 0.
    const status = { ...props().status!, topics: [{ id: 'wic', label: '', count: 3 }] };
    const off = mount(<Popup {...props({ status, topics: props().topics.map((x) => ({ ...x, enabled: false })) })} />);
    expect(counts(off)).toEqual([
      ['wic', 'topicNotCounted'],
      ['ai-governance', 'topicNotCounted'],
    ]);
  });

  it('show 0 for a topic switched on that the page does not mention', () => {
    const root = mount(<Popup {...props({ topics: props().topics.map((x) => ({ ...x, enabled: true })) })} />);
    expect(counts(root)).toEqual([
      ['wic', 'mentions#3'],
      ['ai-governance', 'mentions#0'],
    ]);
  });
});

describe('site switch', () => {
  it('shows the host and is on while the site is enabled', () => {
    const p = props();
    const root = mount(<Popup {...p} />);
    const s = byTestId<HTMLInputElement>(root, 'site-toggle');
    expect(s.getAttribute('role')).toBe('switch');
    expect(s.checked).toBe(true);
    expect(s.closest('label')!.textContent).toContain('siteToggle(news.example.com)');
    click(s);
    expect(p.onToggleSite).toHaveBeenCalledWith(true);
  });

  it('turns the site back on', () => {
    const p = props();
    p.status = { ...p.status!, siteDisabled: true };
    const root = mount(<Popup {...p} />);
    const s = byTestId<HTMLInputElement>(root, 'site-toggle');
    expect(s.checked).toBe(false);
    expect(byTestId(root, 'site-off').textContent).toBe('siteOff');
    // No counts and no sidebar button on a site that is off.
    expect(allByTestId(root, 'topic-count')).toHaveLength(0);
    expect(allByTestId(root, 'toggle-sidebar')).toHaveLength(0);
    click(s);
    expect(p.onToggleSite).toHaveBeenCalledWith(false);
  });

  it('says in its label whether the extension is on or off for the site', () => {
    const on = mount(<Popup {...props({ t: localeT('en') })} />);
    expect(byTestId(on, 'site-toggle').closest('label')!.textContent).toBe('On for news.example.com');
    const off = mount(<Popup {...props({ t: localeT('en'), status: { ...props().status!, siteDisabled: true } })} />);
    expect(byTestId(off, 'site-toggle').closest('label')!.textContent).toBe('Off for news.example.com');
  });

  it('does not offer to save a page from a site that is off', () => {
    const onAddPage = vi.fn();
    const root = mount(<Popup {...props({ onAddPage, status: { ...props().status!, siteDisabled: true } })} />);
    expect(allByTestId(root, 'add-page')).toHaveLength(0);
  });
});

describe('one wording for saving', () => {
  it('the popup offers to save with the same verb the save page confirms with', () => {
    const t = localeT('en');
    const root = mount(<Popup {...props({ t, onAddPage: vi.fn() })} />);
    expect(byTestId(root, 'add-page').textContent).toBe('Save this page to your corpus');
    expect(t('savedTitle')).toBe('Saved to your corpus.');
    for (const locale of ['zh_CN', 'zh_TW'] as const) {
      const lt = localeT(locale);
      // The verb of the button (保存 / 儲存) is the verb of the confirmation.
      const verb = locale === 'zh_CN' ? '保存' : '儲存';
      expect(lt('addPage')).toContain(verb);
      expect(lt('savedTitle')).toContain(verb);
      expect(lt('saveNew')).toContain(verb);
    }
  });
});

describe('open mode', () => {
  it('is a radio group calling onOpenMode with the chosen mode', () => {
    const p = props();
    const root = mount(<Popup {...p} />);
    const group = byTestId(root, 'open-mode');
    expect(group.getAttribute('role')).toBe('radiogroup');
    expect(group.querySelector('legend')!.textContent).toBe('openModeLegend');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['sidebar', true],
      ['tab', false],
    ]);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    click(radios[1]!);
    expect(p.onOpenMode).toHaveBeenCalledWith('tab');
  });
});

describe('sidebar button', () => {
  it('shows or hides the sidebar depending on its state', () => {
    const p = props();
    const root = mount(<Popup {...p} />);
    const button = byTestId(root, 'toggle-sidebar');
    expect(button.textContent).toBe('showSidebar');
    click(button);
    expect(p.onToggleSidebar).toHaveBeenCalledOnce();
    const open = props();
    open.status = { ...open.status!, sidebar: 'open' };
    expect(byTestId(mount(<Popup {...open} />), 'toggle-sidebar').textContent).toBe('hideSidebar');
  });

  it('is absent without a handler', () => {
    const root = mount(<Popup {...props({ onToggleSidebar: undefined })} />);
    expect(allByTestId(root, 'toggle-sidebar')).toHaveLength(0);
  });

  it('offers "add this page" when given a handler', () => {
    const onAddPage = vi.fn();
    const root = mount(<Popup {...props({ onAddPage })} />);
    click(byTestId(root, 'add-page'));
    expect(onAddPage).toHaveBeenCalledOnce();
  });

  it('always offers the options page, even where the page cannot be read', () => {
    const onOpenOptions = vi.fn();
    const root = mount(<Popup {...props({ status: null, onOpenOptions })} />);
    expect(byTestId(root, 'open-options').textContent).toBe('openOptions');
    click(byTestId(root, 'open-options'));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});

describe('pages that cannot be scanned', () => {
  it('say so, keep the global settings, and offer no site switch or sidebar button', () => {
    const p = props({ status: null });
    const root = mount(<Popup {...p} />);
    expect(byTestId(root, 'unavailable').textContent).toBe('popupUnavailable');
    expect(allByTestId(root, 'site-toggle')).toHaveLength(0);
    expect(allByTestId(root, 'toggle-sidebar')).toHaveLength(0);
    expect(allByTestId(root, 'topic-count')).toHaveLength(0);
    expect(allByTestId(root, 'topic-toggle')).toHaveLength(2);
    expect(allByTestId(root, 'open-mode')).toHaveLength(1);
  });
});

describe('notices', () => {
  it('lists them as text', () => {
    const root = mount(<Popup {...props({ notices: ['Setting topicsOff was reset', '<b>not bold</b>'] })} />);
    const items = [...byTestId(root, 'notices').querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['Setting topicsOff was reset', '<b>not bold</b>']);
    expect(root.querySelector('b')).toBeNull();
  });

  it('are absent when there are none', () => {
    expect(allByTestId(mount(<Popup {...props()} />), 'notices')).toHaveLength(0);
  });
});
