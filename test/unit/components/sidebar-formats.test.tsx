// @vitest-environment happy-dom
// The sidebar's render on the reader's page makes no Intl formatter: the
// first one a page makes costs one native call of 10-24 ms. Search results
// come with their dates and "why" lists formatted by the background
// (withFormats); ranked passages do not (that first use held the background's
// first answer back), and the sidebar asks `formats` for theirs
// (sidebar-ui/passage-formats.ts), which the background answers
// (formatsFor). If a component starts to format something the background
// does not, the first test names the formatter it made.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../../components/Sidebar.tsx';
import { formatsFor, withFormats } from '../../../entrypoints/background/passage-formats.ts';
import { PassageFormats } from '../../../entrypoints/sidebar-ui/passage-formats.ts';
import type { FormatRequest } from '../../../shared/messages.ts';
import { createTranslator } from '../../../shared/translate.ts';
import { intlFormatting, localeT, mount, passage, sidebarProps } from './helpers.ts';

afterEach(() => vi.restoreAllMocks());

const message = localeT('en');
const PASSAGES = [
  passage({ reasons: { names: ['Xi Jinping', 'Li Qiang'], event: null, eventTopicId: null, topics: ['World Internet Conference'], topicIds: ['wic'], words: ['cooperation', 'cyberspace'] } }, { published: '2022-11-08' }),
  passage({ id: 'a2#3', text: 'Delegates agreed on rules for AI.' }, { id: 'a2', headline: 'Rules for AI agreed', url: 'https://example.org/a2', published: '2023-11' }),
  passage({ id: 'a3#1', text: 'A forum on data met in spring.' }, { id: 'a3', headline: 'A forum on data', outlet: 'Other Daily', url: 'https://example.org/a3', published: '2019' }),
];

/** The same words made by Intl on the spot, for comparison. */
const expectedText = () => mount(<Sidebar {...sidebarProps({ t: createTranslator(message, 'en-CA'), passages: PASSAGES })} />).textContent;

/** Renders with `page` and fails if Intl formatted anything during the render. */
function renderWithoutFormatters(page: ReturnType<typeof createTranslator>, passages = PASSAGES): string | null {
  const used = intlFormatting();
  const root = mount(<Sidebar {...sidebarProps({ t: page, passages })} />);
  for (const [name, spy] of used) expect(spy, `Intl.${name} used during the render`).not.toHaveBeenCalled();
  return root.textContent;
}

describe('the sidebar with passages the background formatted', () => {
  it('renders search results (formatted with them) as Intl would, without making a formatter', () => {
    const background = createTranslator(message, 'en-CA');
    const results = PASSAGES.map((p) => withFormats(p, background));
    const expected = expectedText();
    const page = createTranslator(message, 'en-CA');
    const formats = new PassageFormats(() => page, () => Promise.reject(new Error('not asked: the results carry theirs')));
    expect(formats.learn(results)).toBeNull();
    const text = renderWithoutFormatters(page, results);
    expect(text).toBe(expected);
    expect(text).toContain('Nov 8, 2022');
    expect(text).toContain('Xi Jinping and Li Qiang');
    expect(text).toContain('Nov 2023');
  });

  it('asks the background once for what ranked passages lack, and renders them as Intl would', async () => {
    const background = createTranslator(message, 'en-CA');
    const asked: FormatRequest[] = [];
    const page = createTranslator(message, 'en-CA');
    const formats = new PassageFormats(() => page, async (request) => {
      asked.push(structuredClone(request));
      return formatsFor(request, background);
    });
    const expected = expectedText();
    await formats.learn(PASSAGES);
    expect(asked).toEqual([
      {
        dates: ['2022-11-08', '2023-11', '2019'],
        // The two other passages share one list (the helper's default reasons): asked once.
        lists: [['Xi Jinping', 'Li Qiang'], ['World Internet Conference'], ['cooperation', 'cyberspace'], ['Wuzhen']],
      },
    ]);
    // The same passages again (a repaint, a rescan with the same answer): nothing to ask.
    expect(formats.learn(PASSAGES)).toBeNull();
    expect(renderWithoutFormatters(page)).toBe(expected);
  });

  it('formats on the page when the background cannot answer, and does not ask again', async () => {
    const page = createTranslator(message, 'en-CA');
    const ask = vi.fn(() => Promise.reject(new Error('Could not establish connection')));
    const formats = new PassageFormats(() => page, ask);
    await expect(formats.learn(PASSAGES)).resolves.toBeUndefined();
    expect(formats.learn(PASSAGES)).toBeNull();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(mount(<Sidebar {...sidebarProps({ t: page, passages: PASSAGES })} />).textContent).toBe(expectedText());
  });
});

describe('formatsFor (the background)', () => {
  const t = createTranslator(message, 'en-GB');

  it('formats each date at its precision and each list, keyed as the sidebar looks them up', () => {
    const f = formatsFor({ dates: ['2022-11-08', '2019', 'soon'], lists: [['A', 'B', 'C'], []] }, t);
    expect(f.lang).toBe('en-GB');
    expect(f.dates).toEqual({ '2022-11-08': '8 Nov 2022', '2019': '2019', soon: t.date('soon') });
    expect(f.lists).toEqual({ 'A\u0000B\u0000C': 'A, B and C' });
  });

  it('refuses what is not a format request, saying what is wrong and where', () => {
    expect(() => formatsFor(null, t)).toThrow(/"dates" must be a list/);
    expect(() => formatsFor({ dates: ['2020', 7], lists: [] }, t)).toThrow(/date 2 must be a string/);
    expect(() => formatsFor({ dates: [], lists: 'A, B' }, t)).toThrow(/"lists" must be a list/);
    expect(() => formatsFor({ dates: [], lists: [['A'], ['B', 3]] }, t)).toThrow(/list 2 must hold/);
    expect(() => formatsFor({ dates: Array(101).fill('2020'), lists: [] }, t)).toThrow(/at most 100/);
  });

  it('formats a search result whatever its lists hold: the limits are only for what a message carries', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    const result = withFormats(passage({ reasons: { ...passage().reasons, words } }), t);
    expect(result.formatted?.lists[words.join('\u0000')]).toBe(t.list(words));
  });
});
