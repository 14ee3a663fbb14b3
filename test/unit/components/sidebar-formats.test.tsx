// @vitest-environment happy-dom
// The sidebar's first render on the reader's page makes no Intl formatter:
// the first one a page makes costs one native call of 10-24 ms. The
// passages come with their dates and "why" lists formatted by the background
// (background/passage-formats.ts), and the sidebar learns them
// (shared/translate.ts learn). If a component starts to format something
// the background does not, this test names the formatter it made.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../../components/Sidebar.tsx';
import { withFormats } from '../../../entrypoints/background/passage-formats.ts';
import { createTranslator } from '../../../shared/translate.ts';
import { localeT, mount, passage, sidebarProps } from './helpers.ts';

afterEach(() => vi.restoreAllMocks());

describe('the sidebar with passages the background formatted', () => {
  it('renders dates, lists and counts as Intl would, without making a formatter', () => {
    const message = localeT('en');
    const background = createTranslator(message, 'en-CA');
    const passages = [
      passage({ reasons: { names: ['Xi Jinping', 'Li Qiang'], event: null, eventTopicId: null, topics: ['World Internet Conference'], topicIds: ['wic'], words: ['cooperation', 'cyberspace'] } }, { published: '2022-11-08' }),
      passage({ id: 'a2#3', text: 'Delegates agreed on rules for AI.' }, { id: 'a2', headline: 'Rules for AI agreed', url: 'https://example.org/a2', published: '2023-11' }),
      passage({ id: 'a3#1', text: 'A forum on data met in spring.' }, { id: 'a3', headline: 'A forum on data', outlet: 'Other Daily', url: 'https://example.org/a3', published: '2019' }),
    ].map((p) => withFormats(p, background));
    // What the same words look like made by Intl on the spot, for comparison.
    const expected = mount(<Sidebar {...sidebarProps({ t: createTranslator(message, 'en-CA'), passages })} />).textContent;

    const page = createTranslator(message, 'en-CA');
    for (const p of passages) page.learn(p.formatted);
    const made = ['NumberFormat', 'DateTimeFormat', 'ListFormat'].map((name) => [name, vi.spyOn(Intl, name as 'NumberFormat')] as const);
    const root = mount(<Sidebar {...sidebarProps({ t: page, passages })} />);
    for (const [name, spy] of made) expect(spy, `Intl.${name} made during the render`).not.toHaveBeenCalled();
    expect(root.textContent).toBe(expected);
    expect(root.textContent).toContain('Nov 8, 2022');
    expect(root.textContent).toContain('Xi Jinping and Li Qiang');
    expect(root.textContent).toContain('Nov 2023');
  });
});
