// Nineteen real pages about neither topic (news and reference sites in five
// languages, kept in ../shared/real-pages beside the repository; see its
// README): the detector must say nothing on any of them. They are read from
// beside the checkout, as CI lays it out (<x>/main and <x>/shared), and never
// copied into it. A missing folder fails the test: silence on real pages is
// not something to skip.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Detector } from '../../../core/detect.ts';
import { builtInDetectorPlan } from '../../../scripts/built-in-plans.ts';
import { extractPageText } from '../../../shared/page-text.ts';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const REAL_PAGES = join(REPO, '..', 'shared', 'real-pages');

function pages(): string[] {
  if (!existsSync(REAL_PAGES)) {
    throw new Error(`${REAL_PAGES} is missing: the real pages live in shared/real-pages beside the repository`);
  }
  return readdirSync(REAL_PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

const detector = new Detector(builtInDetectorPlan());

describe('real pages about neither topic', () => {
  it('are all there', () => {
    expect(pages().length).toBeGreaterThanOrEqual(19);
  });

  it.each(pages())('%s: no topic', (file) => {
    const { document } = parseHTML(readFileSync(join(REAL_PAGES, file), 'utf8'));
    const page = extractPageText(document as unknown as Document);
    expect(page.text.length, 'extracted text is too short: is extraction broken?').toBeGreaterThan(300);
    const text = `${page.title}\n${page.text}`;
    const found = detector.detect(text);
    expect(found.map((t) => `${t.id}: ${t.mentions.map((m) => text.slice(m.start, m.end)).join(', ')}`)).toEqual([]);
  });
});
