// @vitest-environment happy-dom
// The sidebar's host draws ranked passages only once their dates and "why"
// lists are known (asked of the background, sidebar-ui/passage-formats.ts),
// whichever call brings them: show() before the passages came, update()
// while the host goes in, a repaint while the answer is under way. Until
// then the panel keeps what it showed, and the page makes no Intl formatter.
// WXT's fake browser stands in for the extension APIs.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { formatsFor } from '../../../entrypoints/background/passage-formats.ts';
import type { SidebarView } from '../../../entrypoints/sidebar-ui/api.ts';
import { SidebarHost } from '../../../entrypoints/sidebar-ui/sidebar-host.tsx';
import type { FormatRequest } from '../../../shared/messages.ts';
import type { Formatted } from '../../../shared/translate.ts';
import { intlFormatting, localeT, passage, readLocale, sidebarProps } from '../components/helpers.ts';

const en = readLocale('en');

beforeEach(() => {
  fakeBrowser.reset();
  const getMessage = (key: string, subs?: string | string[]) => {
    const args = subs === undefined ? [] : [subs].flat();
    return (en[key]?.message ?? '').replace(/\$([1-9])/g, (_, n: string) => args[Number(n) - 1] ?? '');
  };
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en' });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function view(over: Partial<SidebarView> = {}): SidebarView {
  const { t: _t, onClose: _c, onCopy: _o, ...rest } = sidebarProps(over);
  return rest;
}

const ranked = [
  passage({ reasons: { names: ['Xi Jinping', 'Li Qiang'], event: null, eventTopicId: null, topics: [], topicIds: [], words: [] } }, { published: '2022-11-08' }),
];

/** The background's `formats` for `ranked`, made ahead (the page's Intl is watched), answered when the test says so. */
function slowBackground() {
  const formatted = formatsFor({ dates: ['2022-11-08'], lists: [['Xi Jinping', 'Li Qiang']] }, localeT('en', 'en'));
  const asked: FormatRequest[] = [];
  let answer: () => void = () => undefined;
  const ask = (request: FormatRequest) =>
    new Promise<Formatted>((resolve) => {
      asked.push(request);
      answer = () => resolve(formatted);
    });
  return { asked, ask, answer: () => answer() };
}

const panelText = (host: SidebarHost) => (host as unknown as { container: HTMLElement | null }).container?.textContent ?? '';
const until = async (what: () => boolean) => vi.waitUntil(what, { timeout: 5000 });

describe('the sidebar host and the passages’ formats', () => {
  it('draws passages that came while it mounted once their formats are learnt, making no formatter', async () => {
    const background = slowBackground();
    const used = intlFormatting();
    const host = new SidebarHost(new ContentScriptContext('test'), () => undefined, () => undefined, background.ask);
    // The long page's path: the sidebar shows before the passages come, and they come while it mounts.
    const showing = host.show('open', view({ passages: null }), 3);
    host.update(view({ passages: ranked }), 3);
    await until(() => background.asked.length === 1);
    expect(background.asked[0]).toEqual({ dates: ['2022-11-08'], lists: [['Xi Jinping', 'Li Qiang']] });
    // A repaint while the answer is under way (a rescan, a mention stepped to): asked once, nothing drawn yet.
    host.update(view({ passages: ranked }), 3);
    await (host as unknown as { mounting: Promise<void> | null }).mounting;
    expect(panelText(host)).not.toContain('Xi Jinping');
    expect(background.asked).toHaveLength(1);
    background.answer();
    await showing;
    await until(() => panelText(host).includes('Xi Jinping and Li Qiang'));
    expect(panelText(host)).toContain('Nov 8, 2022');
    for (const [name, spy] of used) expect(spy, `Intl.${name} used on the page`).not.toHaveBeenCalled();
    host.remove();
  });

  it('show() returns with the passages drawn, so focus can move into them', async () => {
    const background = slowBackground();
    const host = new SidebarHost(new ContentScriptContext('test'), () => undefined, () => undefined, background.ask);
    let shown = false;
    const showing = host.show('open', view({ passages: ranked }), 3).then(() => (shown = true));
    await until(() => background.asked.length === 1);
    expect(shown).toBe(false);
    background.answer();
    await showing;
    expect(panelText(host)).toContain('Xi Jinping and Li Qiang');
    host.remove();
  });
});
