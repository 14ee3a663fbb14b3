// The topic rules one at a time, on sentences small enough to read. Whole
// pages in both languages are in test/golden.

import { describe, expect, it } from 'vitest';
import { Detector } from '../../../core/detect.ts';
import type { TopicDefinition } from '../../../core/topic-schema.ts';
import { builtInDetectorPlan } from '../../../scripts/built-in-plans.ts';

const detector = new Detector(builtInDetectorPlan());
const found = (text: string) =>
  Object.fromEntries(detector.detect(text).map((t) => [t.id, t.mentions.map((m) => `${m.kind}:${text.slice(m.start, m.end)}`)]));

describe('acronyms count only when the page settles their meaning', () => {
  it('counts WIC after the conference is named', () => {
    expect(found('The World Internet Conference (WIC) opened. The WIC has met since 2014.').wic).toEqual([
      'name:World Internet Conference',
      'acronym:WIC',
      'acronym:WIC',
    ]);
  });
  it('does not count WIC alone, or beside the nutrition programme', () => {
    expect(found('The WIC office is closed on Monday.')).toEqual({});
    expect(found('WIC, for Women, Infants, and Children, pays for formula. WIC benefits rose.')).toEqual({});
  });
  it('takes the nearest explanation before an acronym', () => {
    const text = 'The World Internet Conference met. Separately, Women, Infants, and Children (WIC) funding fell.';
    expect(found(text).wic).toEqual(['name:World Internet Conference']);
  });
});

describe('support terms count only on a page already about the topic', () => {
  it('ignores Wuzhen in travel writing and counts it in conference coverage', () => {
    expect(found('Wuzhen is a water town of canals and stone bridges.')).toEqual({});
    expect(found('The World Internet Conference returns to Wuzhen.').wic).toEqual(['name:World Internet Conference', 'support:Wuzhen']);
  });
});

describe('AI governance in other words', () => {
  it('needs more than "AI"', () => {
    expect(found('The AI chip is fast. The AI camera is good. Ai Weiwei opened a show.')).toEqual({});
  });
  it('does not take governance of other things', () => {
    expect(found('The AI company changed its corporate governance. AI sales rose under the rule of law.')).toEqual({});
  });
  it('counts a subject and an aspect said of each other, twice, and records those words (the page marks the phrase they span)', () => {
    const text = 'Lawmakers want new rules for the use of AI. Regulators said chatbots need guardrails.';
    const [topic] = detector.detect(text);
    expect(topic?.id).toBe('ai-governance');
    expect(topic!.mentions.map((m) => m.parts!.map(([s, e]) => text.slice(s, e)))).toEqual([
      ['Lawmakers', 'rules', 'AI'],
      ['Regulators', 'chatbots', 'guardrails'],
    ]);
  });
  it('does not pair words across a sentence end', () => {
    expect(found('We tested the AI. Rules of the game were simple. The AI won.')).toEqual({});
  });
  it('counts one named instrument on its own', () => {
    expect(found('The Bletchley Declaration was signed.')['ai-governance']).toEqual(['name:Bletchley Declaration']);
  });
});

describe('topics are data', () => {
  it('detects a third topic without any change to the detector', () => {
    const olympics: TopicDefinition = { id: 'olympics', label: 'Olympics', names: ['Olympic Games', '奥运会'] };
    const d = new Detector(builtInDetectorPlan([olympics]));
    expect(d.detect('The Olympic Games open in Paris; 奥运会开幕。').map((t) => [t.id, t.mentions.length])).toEqual([['olympics', 2]]);
  });
  it('detects only the topics asked for', () => {
    const text = 'The World Internet Conference discussed AI governance.';
    expect(detector.detect(text, new Set(['ai-governance'])).map((t) => t.id)).toEqual(['ai-governance']);
  });
});
