// Loads the bundled corpus and the seed material it was made from, all from
// inside the repo so the tests run on a fresh clone.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArticleFile, type ParsedArticle } from '../../../corpus/parse';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const articlesDir = join(repoRoot, 'corpus', 'articles');
export const seedsDir = join(repoRoot, 'corpus', 'seeds');

export function readSeed(name: string): string {
  return readFileSync(join(seedsDir, name), 'utf8');
}

export interface LoadedArticle extends ParsedArticle {
  file: string;
}

export function loadArticles(): LoadedArticle[] {
  return readdirSync(articlesDir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => ({
      file: n,
      ...parseArticleFile(`corpus/articles/${n}`, readFileSync(join(articlesDir, n), 'utf8')),
    }));
}

export interface SourceRow {
  seed: string;
  headline: string;
  outlet: string;
  author: string | null;
  published: string | null;
  url: string | null;
  copyUrl: string | null;
}

/** The table in seeds/SOURCES.md, read the way a person would read it. */
export function loadSources(): SourceRow[] {
  const rows = readSeed('SOURCES.md')
    .split('\n')
    .filter((l) => /^\| \d{3}_/.test(l));
  return rows.map((row) => {
    const cells = row.split('|').slice(1, -1).map((c) => c.trim());
    const [seed, headlineCell, outletCell, publishedCell, urlCell] = cells as [
      string, string, string, string, string,
    ];
    const quoted = /"([^"]+)"/.exec(headlineCell);
    const headline = headlineCell.startsWith('none in the capture') ? quoted![1]! : headlineCell;
    const outlet = outletCell.replace(/\s*\(.*\)$/, '');
    const author = /\(author: ([^)]+)\)/.exec(outletCell)?.[1] ?? null;
    const published = /^\d{4}(?:-\d{2}){0,2}\b/.exec(publishedCell)?.[0] ?? null;
    const firstUrl = /https?:\/\/\S+/.exec(urlCell)?.[0] ?? null;
    const originalUnknown = urlCell.startsWith('original unknown');
    return {
      seed,
      headline,
      outlet,
      author,
      published,
      url: originalUnknown ? null : firstUrl,
      copyUrl: originalUnknown ? firstUrl : null,
    };
  });
}

export interface Furniture {
  /** seed file name -> exact furniture strings cut from it */
  bySeed: Map<string, string[]>;
  /** strings no passage of any article may contain */
  markers: string[];
}

export function loadFurniture(): Furniture {
  const bySeed = new Map<string, string[]>();
  const markers: string[] = [];
  let current: string[] | null = null;
  for (const line of readSeed('FURNITURE.md').split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      const name = heading[1]!.trim();
      if (name === 'Markers') current = markers;
      else bySeed.set(name, (current = []));
      continue;
    }
    if (line.startsWith('- ') && current) current.push(line.slice(2));
  }
  return { bySeed, markers };
}
