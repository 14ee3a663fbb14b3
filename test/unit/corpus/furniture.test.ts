// Page furniture (teasers, captions, promos, bios) must never become a
// passage, and nothing but furniture may be dropped from a seed.
import { describe, expect, it } from 'vitest';
import { loadArticles, loadFurniture, readSeed } from './fixtures';

const articles = loadArticles();
const furniture = loadFurniture();

describe('furniture list (corpus/seeds/FURNITURE.md)', () => {
  it('has a section for every bundled seed', () => {
    expect([...furniture.bySeed.keys()].sort()).toEqual(articles.map((a) => a.seed).sort());
    expect(furniture.markers.length).toBeGreaterThan(0);
  });

  it('lists only text that really is in its seed', () => {
    for (const [seed, entries] of furniture.bySeed) {
      const text = readSeed(seed);
      for (const entry of entries) expect(text, `${seed}: ${entry}`).toContain(entry);
    }
  });
});

describe.each(articles.map((a) => [a.file, a] as const))('%s', (_file, a) => {
  const cut = furniture.bySeed.get(a.seed!) ?? [];

  it('has no furniture in any passage', () => {
    for (const p of a.passages) {
      for (const f of [...cut, ...furniture.markers]) {
        expect(p.text, `${p.id} contains furniture "${f}"`).not.toContain(f);
      }
    }
  });

  it('has no passage repeating the headline', () => {
    const norm = (s: string) => s.trim().toLowerCase();
    for (const p of a.passages) expect(norm(p.text)).not.toBe(norm(a.article.headline));
  });

  // Guards against silently dropping article text along with the furniture.
  it('accounts for every non-blank seed line as passage, heading, headline or furniture', () => {
    const kept = new Set<string>([a.article.headline]);
    for (const p of a.passages) {
      kept.add(p.text);
      if (p.section) kept.add(p.section);
    }
    for (const raw of readSeed(a.seed!).split('\n')) {
      const line = raw.trim();
      if (line === '' || kept.has(line)) continue;
      let rest = line;
      for (const f of cut) rest = rest.split(f).join('');
      rest = rest.trim();
      const accounted = !/[\p{L}\p{N}]/u.test(rest) || kept.has(rest);
      expect(accounted, `seed line neither kept nor listed as furniture: ${line}`).toBe(true);
    }
  });
});
