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
    expect(customTopicProblems(topic({ label: ' ' }))).toEqual([{ code: 'nameEmpty' }]);
    expect(customTopicProblems(topic({ terms: [] }))).toEqual([{ code: 'noTerms' }]);
    expect(customTopicProblems(topic({ terms: [{ text: 'a b', lang: null }] }))).toEqual([{ code: 'termNoAnchor', term: 'a b' }]);
    expect(customTopicProblems(topic({ terms: [{ text: 'rules (of', lang: null }] }))).toEqual([{ code: 'termBrackets', term: 'rules (of' }]);
    expect(customTopicProblems(topic({ terms: [{ text: 'end. start', lang: null }] }))).toEqual([
      { code: 'termSentenceEnd', char: '.', term: 'end. start' },
    ]);
    expect(customTopicProblems(topic({ id: 'custom-b' }), [topic()])).toEqual([{ code: 'nameTaken', name: topic().label }]);
  });

  it('validate what storage holds', () => {
    expect(isCustomTopicList([topic()])).toBe(true);
    expect(isCustomTopicList([{ ...topic(), id: 'wic' }])).toBe(false);
    expect(isCustomTopicList([{ ...topic(), terms: [{ text: 'x', lang: 'fr' }] }])).toBe(false);
    expect(isCustomTopicList('nope')).toBe(false);
  });
});
