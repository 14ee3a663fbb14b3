import { describe, expect, it } from 'vitest';
import { type CustomTopic, customTopicId, customTopicProblems, isCustomTopicList, toTopicDefinition } from '../../../core/custom-topics.ts';
import { Detector } from '../../../core/detect.ts';
import { builtInDetectorPlan } from '../../../scripts/built-in-plans.ts';

const topic = (over: Partial<CustomTopic> = {}): CustomTopic => ({
  id: 'custom-semiconductors',
  label: 'Semiconductors',
  terms: [
    { text: 'chip export controls', lang: 'en' },
    { text: 'TSMC', lang: null },
    { text: '芯片', lang: 'zh' },
  ],
  ...over,
});

describe('custom topics', () => {
  it('are detected with the same rules as the built-in ones', () => {
    const d = new Detector(builtInDetectorPlan([toTopicDefinition(topic())]));
    const text = 'New chip\nexport controls hit TSMC. tsmc shares fell. 芯片出口受限。 Chipmakers worried.';
    const found = d.detect(text).find((t) => t.id === 'custom-semiconductors');
    expect(found?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['chip\nexport controls', 'TSMC', '芯片']);
  });

  it('get readable, unique ids', () => {
    expect(customTopicId('Semiconductors & chips!', new Set())).toBe('custom-semiconductors-chips');
    expect(customTopicId('Semiconductors', new Set(['custom-semiconductors']))).toBe('custom-semiconductors-2');
    expect(customTopicId('芯片', new Set())).toBe('custom-topic');
  });

  it('say what is wrong, term by term', () => {
    expect(customTopicProblems(topic())).toEqual([]);
    expect(customTopicProblems(topic({ label: ' ' })).join(' ')).toMatch(/Give the topic a name/);
    expect(customTopicProblems(topic({ terms: [] })).join(' ')).toMatch(/at least one word/);
    expect(customTopicProblems(topic({ terms: [{ text: 'a b', lang: null }] })).join(' ')).toMatch(/"a b" cannot be looked for/);
    expect(customTopicProblems(topic({ terms: [{ text: 'rules (of', lang: null }] })).join(' ')).toMatch(/unbalanced/);
    expect(customTopicProblems(topic({ id: 'custom-b' }), [topic()]).join(' ')).toMatch(/already a topic called/);
  });

  it('validate what storage holds', () => {
    expect(isCustomTopicList([topic()])).toBe(true);
    expect(isCustomTopicList([{ ...topic(), id: 'wic' }])).toBe(false);
    expect(isCustomTopicList([{ ...topic(), terms: [{ text: 'x', lang: 'fr' }] }])).toBe(false);
    expect(isCustomTopicList('nope')).toBe(false);
  });
});
