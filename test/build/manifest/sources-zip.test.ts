// The sources package Firefox Add-ons asks for: a reviewer must be able to
// rebuild the extension from it with `npm ci && npm run build`, so it has to
// carry the lockfile as committed, the build config and every input of the
// build (code, corpus, locales), and nothing built or installed.
//
// `wxt zip` runs into a temporary folder, like the manifest test, so this
// needs no earlier build. The zip is read with a small central-directory
// reader below rather than a zip library: the test only lists names and
// inflates one entry.

import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zip } from 'wxt';

const ROOT = resolve(__dirname, '../../..');
const quiet = { debug() {}, info() {}, log() {}, success() {}, warn() {}, error: console.error, fatal: console.error, box() {}, level: 0 };

interface Entry {
  name: string;
  read(): Buffer;
}

/** The entries of a zip file, from its central directory. */
function entries(zipFile: Buffer): Entry[] {
  const eocd = zipFile.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = zipFile.readUInt16LE(eocd + 10);
  let at = zipFile.readUInt32LE(eocd + 16);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (zipFile.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = zipFile.readUInt16LE(at + 10);
    const size = zipFile.readUInt32LE(at + 20);
    const nameLen = zipFile.readUInt16LE(at + 28);
    const extraLen = zipFile.readUInt16LE(at + 30);
    const commentLen = zipFile.readUInt16LE(at + 32);
    const local = zipFile.readUInt32LE(at + 42);
    const name = zipFile.toString('utf8', at + 46, at + 46 + nameLen);
    out.push({
      name,
      read() {
        const start = local + 30 + zipFile.readUInt16LE(local + 26) + zipFile.readUInt16LE(local + 28);
        const data = zipFile.subarray(start, start + size);
        return method === 0 ? Buffer.from(data) : inflateRawSync(data);
      },
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('npm run zip: the sources package for Firefox Add-ons', () => {
  let outDir: string;
  let names: string[];
  let byName: Map<string, Entry>;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'rc-zip-'));
    const zips = await zip({ root: ROOT, browser: 'firefox', outDir, logger: quiet as never });
    const sources = zips.find((z) => z.endsWith('-sources.zip'));
    if (!sources) throw new Error(`no sources zip among ${zips.join(', ')}`);
    const list = entries(await readFile(sources));
    names = list.map((e) => e.name);
    byName = new Map(list.map((e) => [e.name, e]));
  }, 180_000);
  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('holds the lockfile byte for byte as committed, so npm ci installs the same packages', () => {
    expect(byName.get('package-lock.json')?.read().equals(readFileSync(join(ROOT, 'package-lock.json')))).toBe(true);
  });

  it('holds what the build reads: config, entrypoints, core, components, corpus, locales, README', () => {
    for (const name of [
      'package.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      // What the store's reviewers read first: how to build, and each web-ext lint warning explained.
      'REVIEWER-NOTES.md',
      'scripts/no-inner-html-plugin.ts',
      'entrypoints/content/index.ts',
      'entrypoints/background/index.ts',
      'core/DESIGN.md',
      'corpus/build.ts',
      'locales/en.yml',
      'locales/zh_CN.yml',
      'locales/zh_TW.yml',
    ]) {
      expect(names, name).toContain(name);
    }
    expect(names.filter((n) => /^corpus\/articles\/.+\.md$/.test(n)).length).toBeGreaterThanOrEqual(5);
  });

  it('holds nothing installed, built or generated', () => {
    const unwanted = names.filter((n) => /^(node_modules|\.output|\.wxt|\.git|test-results|bench\/results)\//.test(n) || n === 'public/corpus-index.json');
    expect(unwanted).toEqual([]);
  });
});
