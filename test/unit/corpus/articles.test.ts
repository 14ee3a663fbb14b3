// The bundled articles against their seeds: text copied exactly, metadata
// exactly as SOURCES.md records it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles, loadSources, readSeed, seedsDir } from './fixtures';

const articles = loadArticles();
const sources = loadSources();

describe('bundled articles', () => {
  it('cover each seed in SOURCES.md exactly once', () => {
    expect(sources.map((s) => s.seed)).toHaveLength(5);
    expect(articles.map((a) => a.seed).sort()).toEqual(sources.map((s) => s.seed).sort());
  });

  for (const a of articles) {
    describe(a.file, () => {
      const seedText = readSeed(a.seed!);

      it('has every passage verbatim in its seed, in seed order, each within one line', () => {
        let from = 0;
        for (const p of a.passages) {
          expect(p.text).not.toContain('\n');
          const at = seedText.indexOf(p.text, from);
          expect(at, `${p.id} not found (in order) in ${a.seed}: ${p.text}`).toBeGreaterThanOrEqual(0);
          from = at + p.text.length;
        }
      });

      it('has every section heading verbatim on a line of its own in the seed', () => {
        const seedLines = new Set(seedText.split('\n'));
        for (const section of new Set(a.passages.map((p) => p.section))) {
          if (section !== null) expect(seedLines).toContain(section);
        }
      });

      it('has metadata matching SOURCES.md', () => {
        const src = sources.find((s) => s.seed === a.seed)!;
        const { article } = a;
        expect(article.headline).toBe(src.headline);
        expect(article.outlet).toBe(src.outlet);
        expect(article.author).toBe(src.author);
        expect(article.published).toBe(src.published);
        expect(article.url).toBe(src.url);
        expect(article.copyUrl).toBe(src.copyUrl);
        expect(article.language).toBe('en');
        expect(article.origin).toBe('bundled');
      });
    });
  }

  it('says in the note when the headline comes from a syndicated copy', () => {
    const a = articles.find((x) => x.article.url === null)!;
    expect(a.article.note).toMatch(/headline/i);
    expect(a.article.note).toMatch(/syndicated/i);
  });

  it('writes its notes in plain words: a reader sees them, so no field names', () => {
    // The sidebar shows a note under "About this source"; "copy_url" or "url is" means nothing there.
    for (const { article } of articles) expect(article.note ?? '', article.id).not.toMatch(/\b(copy_url|url|seed)\b/i);
  });
});

describe('seed copies in corpus/seeds', () => {
  const sums = readFileSync(join(seedsDir, 'SHA256SUMS'), 'utf8').trim().split('\n');

  it('match their recorded checksums byte for byte', () => {
    expect(sums).toHaveLength(6);
    for (const line of sums) {
      const [sum, name] = line.split(/\s+/) as [string, string];
      const actual = createHash('sha256').update(readFileSync(join(seedsDir, name))).digest('hex');
      expect(actual, name).toBe(sum);
    }
  });
});
