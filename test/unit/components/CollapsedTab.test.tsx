// @vitest-environment happy-dom
// The tab that reopens the sidebar: a real button whose name carries the count.

import { describe, expect, it, vi } from 'vitest';
import { CollapsedTab } from '../../../components/CollapsedTab.tsx';
import { byTestId, click, fakeT, key, localeT, mount } from './helpers.ts';

describe('CollapsedTab', () => {
  it('is a button named with the mention count that calls onOpen', () => {
    const onOpen = vi.fn();
    const root = mount(<CollapsedTab t={fakeT} count={4} onOpen={onOpen} />);
    const button = byTestId<HTMLButtonElement>(root, 'reopen');
    expect(button.localName).toBe('button');
    expect(button.type).toBe('button');
    expect(button.getAttribute('aria-label')).toBe('reopen(mentions#4)');
    click(button);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('reads well in both languages', () => {
    const en = mount(<CollapsedTab t={localeT('en')} count={1} onOpen={() => {}} />);
    expect(byTestId(en, 'reopen').getAttribute('aria-label')).toBe('Open Related Coverage (1 mention)');
    const zh = mount(<CollapsedTab t={localeT('zh_CN')} count={3} onOpen={() => {}} />);
    expect(byTestId(zh, 'reopen').getAttribute('aria-label')).toBe('打开“相关报道”（3 处提及）');
    expect(byTestId(zh, 'reopen').getAttribute('lang')).toBe('zh-CN');
    const tw = mount(<CollapsedTab t={localeT('zh_TW')} count={3} onOpen={() => {}} />);
    expect(byTestId(tw, 'reopen').getAttribute('aria-label')).toBe('開啟「相關報導」（3 處提及）');
  });

  it('opens from the keyboard like any button (Enter and Space are native)', () => {
    const onOpen = vi.fn();
    const root = mount(<CollapsedTab t={fakeT} count={2} onOpen={onOpen} />);
    const button = byTestId<HTMLButtonElement>(root, 'reopen');
    button.focus();
    expect(document.activeElement).toBe(button);
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    key(button, 'Enter');
    document.removeEventListener('keydown', pageSaw);
    expect(pageSaw).not.toHaveBeenCalled();
  });
});
