// Golden pages (test/golden/README.md): each test/golden/pages/<name>.html is
// read the way the extension reads a page (extractPageText on a parsed DOM,
// then the detector), and what is found must equal <name>.json beside it.
// The JSON is a person's claim about the page, checked by hand, not a
// snapshot: when the detector disagrees, the detector is what is wrong.
//
// UPDATE_GOLDENS=1 writes the JSON from what the detector finds now (keeping
// any "note"), for you to read and check before committing. It leaves alone
// a golden whose note starts with "FAILS": that JSON is a claim the detector
// does not meet yet, and overwriting it would write the wrong answer in.

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Detector } from '../../../core/detect.ts';
import { builtInDetectorPlan } from '../../../scripts/built-in-plans.ts';
import { extractPageText } from '../../../shared/page-text.ts';

const PAGES = fileURLToPath(new URL('../../golden/pages', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDENS === '1';

interface GoldenTopic {
  id: string;
  mentions: number;
  /** Each mention's text, in page order, exactly as in the extracted text. */
  texts: string[];
}

interface Golden {
  /** For people, not compared. "FAILS: ..." marks a claim the detector does not meet yet, and why. */
  note?: string;
  topics: GoldenTopic[];
}

const detector = new Detector(builtInDetectorPlan());

function found(html: string): { text: string; topics: GoldenTopic[] } {
  const page = extractPageText(parseHTML(html).document);
  const topics = detector.detect(page.text).map((m) => ({
    id: m.id,
    mentions: m.mentions.length,
    texts: m.mentions.map((x) => page.text.slice(x.start, x.end)),
  }));
  return { text: page.text, topics };
}

/** JSON with invisible and unusual whitespace escaped, so a reader sees a no-break space is one. */
function serialise(golden: Golden): string {
  const json = JSON.stringify(golden, null, 2).replace(
    /[\u0080-\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}

const names = readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();

describe('golden pages', () => {
  it('there are golden pages', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it('every JSON has its page', () => {
    const orphans = readdirSync(PAGES)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .filter((n) => !names.includes(n));
    expect(orphans).toEqual([]);
  });

  it.each(names)('%s', (name) => {
    const html = readFileSync(join(PAGES, `${name}.html`), 'utf8');
    const jsonPath = join(PAGES, `${name}.json`);
    const { text, topics } = found(html);
    // A page whose article text did not come through would pass a "no topic"
    // golden for the wrong reason.
    expect(text.length, 'extracted article text is too short: is extraction broken?').toBeGreaterThan(400);
    const existing: Golden | null = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as Golden) : null;
    if (UPDATE && !existing?.note?.startsWith('FAILS')) {
      const golden: Golden = existing?.note ? { note: existing.note, topics } : { topics };
      writeFileSync(jsonPath, serialise(golden));
      return;
    }
    if (!existing) throw new Error(`${name}.json is missing: write it (see test/golden/README.md)`);
    for (const t of existing.topics) expect(t.mentions, `${name}.json: "${t.id}" mentions != texts.length`).toBe(t.texts.length);
    expect(topics).toEqual(existing.topics);
  });
});
