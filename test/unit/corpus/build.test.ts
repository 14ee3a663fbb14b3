import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedBundle as buildBundle } from '../../../scripts/built-in-plans.ts';
import { assembleCorpus, CorpusBuildError, serializeCorpus } from '../../../corpus/assemble';
import { buildCorpus } from '../../../corpus/build';
import { articlesDir } from './fixtures';

const article = (id: string, extra = '') =>
  `---\nid: ${id}\nheadline: H\noutlet: O\npublished: 2023\nurl: unknown\nlanguage: en\n${extra}---\n\nText of ${id}.\n`;

const tmpDirs: string[] = [];
function tmpDirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-test-'));
  tmpDirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const d of tmpDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function buildError(fn: () => unknown): CorpusBuildError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CorpusBuildError) return e;
    throw e;
  }
  throw new Error('expected a CorpusBuildError');
}

describe('buildCorpus on the bundled articles', () => {
  const data = buildCorpus(articlesDir);

  it('holds every article and its passages, in id order', () => {
    expect(data.version).toBe(1);
    expect(data.articles).toHaveLength(5);
    const ids = data.articles.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
    for (const a of data.articles) {
      const ps = data.passages.filter((p) => p.articleId === a.id);
      expect(ps.length).toBeGreaterThan(0);
      ps.forEach((p, i) => {
        expect(p.index).toBe(i);
        expect(p.id).toBe(`${a.id}#${i}`);
      });
    }
    expect(new Set(data.passages.map((p) => p.id)).size).toBe(data.passages.length);
  });

  it('is deterministic: same input, same bytes, whatever order files were written in', () => {
    const names = readdirSync(articlesDir).filter((n) => n.endsWith('.md'));
    const texts = Object.fromEntries(names.map((n) => [n, readFileSync(join(articlesDir, n), 'utf8')]));
    const reversed = Object.fromEntries(Object.entries(texts).reverse());
    // What ships is the bundle: the corpus with its index and plans.
    const shipped = (dir: string) => serializeCorpus(buildBundle(buildCorpus(dir)));
    const a = shipped(articlesDir);
    expect(shipped(articlesDir)).toBe(a);
    expect(shipped(tmpDirWith(texts))).toBe(a);
    expect(shipped(tmpDirWith(reversed))).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });
});

describe('buildCorpus errors', () => {
  it('reports every bad file, each as file:line: message', () => {
    const dir = tmpDirWith({
      'a.md': article('a').replace('published: 2023', 'published: 2023-02-30'),
      'b.md': article('b', 'colour: red\n'),
      'c.md': article('c'),
      'notes.txt': 'ignored: not an article',
    });
    const err = buildError(() => buildCorpus(dir));
    expect(err.errors.map((e) => [e.file.split('/').pop(), e.line])).toEqual([
      ['a.md', 5],
      ['b.md', 8],
    ]);
    const lines = err.message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/a\.md:5: published "2023-02-30" is not a valid date/);
    expect(lines[1]).toMatch(/b\.md:8: unknown key "colour"/);
  });

  it('refuses an empty directory', () => {
    expect(() => buildCorpus(tmpDirWith({}))).toThrow(/no \*\.md articles/);
  });
});

// Within one directory the file name fixes the id, so duplicates arise when
// corpora from several places are assembled together (e.g. bundled + user).
describe('assembleCorpus', () => {
  it('rejects a duplicate id, naming both files and the id line', () => {
    const err = buildError(() =>
      assembleCorpus([
        { file: 'corpus/articles/x.md', text: article('x') },
        { file: 'corpus/articles/y.md', text: article('y') },
        { file: 'imports/x.md', text: article('x', 'note: second copy\n') },
      ]),
    );
    expect(err.errors).toHaveLength(1);
    expect(err.errors[0]!.file).toBe('imports/x.md');
    expect(err.errors[0]!.line).toBe(2);
    expect(err.message).toBe('imports/x.md:2: duplicate id "x": already used by corpus/articles/x.md:2');
  });

  it('keeps the given file order', () => {
    const data = assembleCorpus([
      { file: 'b.md', text: article('b') },
      { file: 'a.md', text: article('a') },
    ]);
    expect(data.articles.map((a) => a.id)).toEqual(['b', 'a']);
    expect(data.passages.map((p) => p.id)).toEqual(['b#0', 'a#0']);
  });
});
