// @vitest-environment happy-dom
// Marks show mentions, not words: a mention found by a pair of words ("rules
// … AI") is marked as its whole phrase, so the marks a reader counts on the
// page are the mentions the sidebar counts. happy-dom has no CSS Custom
// Highlight API: a registry of ranges stands in for it here (the e2e tests
// read the real one in Chromium and Firefox, sidebar-cards.test.ts).

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Detector } from '../../../core/detect.ts';
import { PageMarks } from '../../../entrypoints/engine/page-marks.ts';
import { builtInDetectorPlan } from '../../../scripts/built-in-plans.ts';
import { extractPageText } from '../../../shared/page-text.ts';

const highlights = new Map<string, Range[]>();
beforeAll(() => {
  vi.stubGlobal(
    'Highlight',
    class {
      readonly ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    },
  );
  vi.stubGlobal('CSS', {
    highlights: {
      set: (name: string, h: { ranges: Range[] }) => highlights.set(name, h.ranges),
      delete: (name: string) => highlights.delete(name),
    },
  });
});
afterAll(() => vi.unstubAllGlobals());

const detector = new Detector(builtInDetectorPlan());
const marks = new PageMarks();
afterEach(() => {
  marks.clear();
  document.body.innerHTML = '';
});

function markPage(html: string) {
  document.body.innerHTML = html;
  const page = extractPageText(document);
  const matches = detector.detect(page.text);
  marks.apply(page, matches);
  const shown = (highlights.get('related-coverage-mention') ?? []).map((r) => r.toString());
  const counted = matches.reduce((n, m) => n + m.mentions.length, 0);
  return { shown, counted };
}

describe('page marks', () => {
  it('marks a pair as one phrase, one mark per mention counted', () => {
    const { shown, counted } = markPage(
      '<p>Lawmakers want new rules for the use of AI. Regulators said chatbots need guardrails.</p>',
    );
    expect(shown).toEqual(['Lawmakers want new rules for the use of AI', 'Regulators said chatbots need guardrails']);
    expect(marks.mentions).toHaveLength(counted);
    expect(shown).toHaveLength(counted);
  });

  it('marks a name as written', () => {
    const { shown, counted } = markPage('<p>The World Internet Conference opened in Wuzhen.</p>');
    expect(shown).toEqual(['World Internet Conference', 'Wuzhen']);
    expect(shown).toHaveLength(counted);
  });

  it('leaves the page as it was, and clears its marks', () => {
    const html = '<p>Lawmakers want new rules for the use of AI. Regulators said chatbots need guardrails.</p>';
    markPage(html);
    expect(document.body.innerHTML).toBe(html);
    marks.focus(1);
    expect(highlights.get('related-coverage-active')?.map((r) => r.toString())).toEqual(['Regulators said chatbots need guardrails']);
    marks.clear();
    expect(highlights.size).toBe(0);
  });
});
