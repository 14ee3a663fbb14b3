// @vitest-environment happy-dom
// Marks show mentions, not words: a mention found by a pair of words ("rules
// … AI") is marked as its whole phrase, so the marks a reader counts on the
// page are the mentions the sidebar counts. (happy-dom has no CSS Custom
// Highlight API: this is the <mark> fallback; the e2e tests check the
// highlights in Chromium and Firefox.)

import { afterEach, describe, expect, it } from 'vitest';
import { Detector } from '../../../core/detect.ts';
import { PageMarks } from '../../../entrypoints/engine/page-marks.ts';
import { builtInDetectorPlan } from '../../../scripts/built-in-plans.ts';
import { extractPageText } from '../../../shared/page-text.ts';

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
  const shown = [...document.querySelectorAll('mark[data-related-coverage]')].map((m) => m.textContent);
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

  it('leaves the page text as it was once cleared', () => {
    const html = '<p>Lawmakers want new rules for the use of AI. Regulators said chatbots need guardrails.</p>';
    markPage(html);
    marks.clear();
    expect(document.body.innerHTML).toBe(html);
  });
});
