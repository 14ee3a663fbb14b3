// Builds public/corpus-index.json from corpus/articles/*.md: the articles,
// checked, with the search index, entity finder and detector built for them.
// Run: npm run corpus   (or: npx tsx corpus/build.ts)
import { mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shippedBundle } from '../scripts/built-in-plans.ts';
import type { CorpusData } from '../core/types';
import { assembleCorpus, CorpusBuildError, serializeCorpus } from './assemble';

export { CorpusBuildError } from './assemble';

/**
 * Parses every `*.md` in `dir`, in code-unit order of file name so the output
 * does not depend on the file system or locale. Throws CorpusBuildError
 * listing every `file:line: message` found.
 */
export function buildCorpus(dir: string): CorpusData {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => d.name)
    .sort();
  if (names.length === 0) throw new Error(`${displayPath(dir)}: no *.md articles found`);
  const files = names.map((name) => {
    const path = join(dir, name);
    return { file: displayPath(path), text: readFileSync(path, 'utf8') };
  });
  return assembleCorpus(files);
}

// Paths relative to where the command ran read best in an editor's terminal;
// outside that directory an absolute path is clearer than a chain of "../".
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
  return shown.split(sep).join('/');
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const out = join(root, 'public', 'corpus-index.json');
  let data: CorpusData;
  try {
    data = buildCorpus(join(root, 'corpus', 'articles'));
  } catch (e) {
    if (!(e instanceof CorpusBuildError)) throw e;
    for (const err of e.errors) console.error(err.message);
    process.exit(1);
  }
  // Without the detector's plan: the extension builds it in once
  // (virtual:detector-plan), and readers of this file pass it to openBundle.
  const { detector: _, ...shipped } = shippedBundle(data);
  const json = serializeCorpus(shipped);
  let current: string | null = null;
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // Not built yet.
  }
  // Leave an up-to-date file untouched so dev-server watchers do not reload.
  if (current !== json) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, json);
  }
  // Status goes to stderr: stdout belongs to commands that run after this one
  // (npm run scan -- --json prints JSON there).
  console.error(
    `corpus: ${data.articles.length} articles, ${data.passages.length} passages -> ${displayPath(out)}`,
  );
}

function isEntryPoint(): boolean {
  const invoked = process.argv[1];
  if (!invoked) return false;
  try {
    return realpathSync(invoked) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) main();
