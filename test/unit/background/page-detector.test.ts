// The background detects for the pages (entrypoints/background/page-detector.ts):
// what it answers must be what detection on the page's own text gives, for a
// text sent whole and for a long one sent as the parts detection reads, with
// the topics the reader switched off left out (sent or stored), nothing on a
// site switched off, and their own topics in, once
// the background planned them. WXT's fake browser stands in for storage.

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { toTopicDefinition } from '../../../core/custom-topics.ts';
import { Detector, planDetector } from '../../../core/detect.ts';
import { piecesOf, readRegions } from '../../../core/sparse-text.ts';
import { detectPage, usePlan } from '../../../entrypoints/background/page-detector.ts';
import { foldMapOf } from '../../../core/han-fold.ts';
import { builtInDetectorPlan, builtInTopicData } from '../../../scripts/built-in-plans.ts';
import { readLocale } from '../components/helpers.ts';
import { readTextCases } from '../eval/eval-cases.ts';
import { sitesOff, topicsOff } from '../../../shared/settings.ts';

const BUILT_IN = builtInDetectorPlan();
const local = new Detector(BUILT_IN);
const CASES = readTextCases('set');
const onTopic = CASES.filter((c) => local.detect(c.page.text).length === 2).map((c) => c.page.text);
const expected = (text: string, enabled?: Set<string>) =>
  local.detect(text, enabled).map((m) => ({ id: m.id, label: m.label, mentions: m.mentions.map(({ start, end }) => ({ start, end })) }));

const matchesOf = async (...args: Parameters<typeof detectPage>) => (await detectPage(...args)).matches;

describe('detection in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The names come in the interface's language: English here.
    const en = readLocale('en');
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => en[key]?.message ?? '', getUILanguage: () => 'en' });
    usePlan(null);
  });

  it('answers what detection on the page’s text gives, for every evaluation page', async () => {
    for (const c of CASES) expect(await matchesOf({ text: c.page.text, off: [] })).toEqual(expected(c.page.text));
  });

  it('leaves out the topics switched off, and looks for none when all are', async () => {
    const text = onTopic[0]!;
    const answer = await matchesOf({ text, off: ['wic'] });
    expect(answer.map((m) => m.id)).toEqual(['ai-governance']);
    expect(answer).toEqual(expected(text, new Set(['ai-governance'])));
    expect(await matchesOf({ text, off: ['wic', 'ai-governance'] })).toEqual([]);
  });

  it('applies the stored settings too: a page may ask before it read them', async () => {
    const text = onTopic[0]!;
    await topicsOff.set(['wic']);
    expect(await matchesOf({ text, off: [] }, 'https://news.example/a')).toEqual(expected(text, new Set(['ai-governance'])));
    await topicsOff.set([]);
    await sitesOff.set(['news.example']);
    // The site switch is by site key: "www." and case do not matter; other sites are answered.
    expect(await matchesOf({ text, off: [] }, 'https://WWW.News.Example/a')).toEqual([]);
    expect(await matchesOf({ text, off: [] }, 'https://other.example/a')).toEqual(expected(text));
    // No address (or one without a host): the site switch cannot apply, the topics still do.
    expect(await matchesOf({ text, off: ['wic'] })).toEqual(expected(text, new Set(['ai-governance'])));
    expect(await matchesOf({ text, off: [] }, 'not an address')).toEqual(expected(text));
    // The answer says what it applied: the page asks again once its own settings differ.
    await topicsOff.set(['wic']);
    expect(await detectPage({ text, off: ['ai-governance', 'x'] }, 'https://other.example/')).toMatchObject({ off: ['ai-governance', 'wic', 'x'], siteOff: false });
    expect(await detectPage({ text, off: [] }, 'https://news.example/')).toEqual({ matches: [], off: ['wic'], siteOff: true });
  });

  it('gives a long page sent in parts the same mentions at the same offsets as the whole text', async () => {
    const prose = 'The council met on Tuesday to discuss the budget for the coming year. '.repeat(4000);
    const text = prose + onTopic[0]! + prose + onTopic[1]! + prose;
    const pieces = piecesOf(text, readRegions(text, local.scanner.anchorsIn(text)));
    expect(pieces.reduce((n, [, p]) => n + p.length, 0)).toBeLessThan(text.length / 10);
    expect(await matchesOf({ text: { length: text.length, pieces }, off: [] })).toEqual(expected(text));
  });

  it('refuses parts that do not make a text', async () => {
    await expect(detectPage({ text: { length: 10, pieces: [[6, 'cd'], [2, 'ab']] }, off: [] })).rejects.toThrow();
    await expect(detectPage({ text: { length: 2_000_000, pieces: [] }, off: [] })).rejects.toThrow();
    // Not [start, text] pairs: said so, not a TypeError from taking them apart.
    await expect(detectPage({ text: { length: 10, pieces: [7 as never] }, off: [] })).rejects.toThrow(/each piece of a page text must be \[start, text\]/);
    await expect(detectPage({ text: { length: 10, pieces: [[1] as never] }, off: [] })).rejects.toThrow(/must be \[start, text\]/);
  });

  it('finds the reader’s own topic once the background planned it, and forgets it when it goes', async () => {
    const mine = toTopicDefinition({ id: 'custom-chips', label: 'Chips', terms: [{ text: 'semiconductor export licence', lang: 'en' }] });
    const text = 'Officials said the semiconductor export licence would be reviewed. The semiconductor export licence rules changed.';
    expect(await matchesOf({ text, off: [] })).toEqual([]);
    const builtIn = builtInTopicData();
    usePlan(planDetector([...builtIn.topics, mine], { fold: foldMapOf(builtIn.fold) }));
    const answer = await matchesOf({ text, off: [] });
    expect(answer.map((m) => [m.id, m.label, m.mentions.length])).toEqual([['custom-chips', 'Chips', 2]]);
    usePlan(null);
    expect(await matchesOf({ text, off: [] })).toEqual([]);
  });
});
