// The "why this matched" line names topics in the reader's language: the
// ranking names them by their English labels with their ids; the background renames
// them before they go to the page, and names the event the way the language does.

import { describe, expect, it } from 'vitest';
import { withTopicLabels } from '../../../entrypoints/background/topic-labels.ts';
import { passage } from '../components/helpers.ts';

const zh = (id: string) => ({ wic: '世界互联网大会', 'ai-governance': '人工智能治理' })[id] ?? id;
const zhEvent = (label: string, year: string) => `${year}年${label}`;

describe('withTopicLabels', () => {
  it('renames the topics and the event by their ids, keeping the year', () => {
    const p = passage({
      reasons: {
        names: ['Wuzhen'],
        event: 'World Internet Conference, 2023',
        eventTopicId: 'wic',
        topics: ['World Internet Conference', 'AI governance'],
        topicIds: ['wic', 'ai-governance'],
        words: ['summit'],
      },
    });
    const out = withTopicLabels(p, zh, zhEvent);
    expect(out.reasons.topics).toEqual(['世界互联网大会', '人工智能治理']);
    expect(out.reasons.event).toBe('2023年世界互联网大会');
    expect(out.reasons.names).toEqual(['Wuzhen']);
    expect(out.reasons.words).toEqual(['summit']);
    expect(p.reasons.topics).toEqual(['World Internet Conference', 'AI governance']);
  });

  it('leaves labels alone where the ids do not line up, and an event without a year', () => {
    const p = passage(
      {
        reasons: { names: [], event: 'World Internet Conference', eventTopicId: 'wic', topics: ['AI governance'], topicIds: [], words: [] },
      },
      { published: null },
    );
    const out = withTopicLabels(p, zh, zhEvent);
    expect(out.reasons.topics).toEqual(['AI governance']);
    expect(out.reasons.event).toBe('World Internet Conference');
  });
});
