// The scan command as people and scripts run it: a real process, real files
// and a real HTTP server on 127.0.0.1.

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'scan-'));

async function scan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/scan.ts'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const page = (name: string, html: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, html);
  return path;
};

const WIC_PAGE = page(
  'wic.html',
  `<!doctype html><html><head><title>Summit opens</title><meta property="article:published_time" content="2023-11-08"></head><body>
  <article><h1>Xi addresses the World Internet Conference</h1>
  <p>President Xi Jinping sent a video address to the 2023 World Internet Conference Wuzhen Summit, calling for deeper international cooperation on artificial intelligence and cyberspace development.</p>
  <p>The WIC summit drew delegates from more than 100 countries.</p></article></body></html>`,
);
const NUTRITION_PAGE = page(
  'nutrition.html',
  `<!doctype html><html><head><title>WIC</title></head><body><article><h1>WIC funding</h1>
  <p>The WIC program for Women, Infants, and Children faces cuts. WIC benefits pay for infant formula.</p></article></body></html>`,
);

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/gbk') {
      res.writeHead(200, { 'content-type': 'text/html; charset=gbk' });
      // 世界互联网大会 in GBK bytes, inside a minimal page.
      const gbk = Buffer.from('cac0bde7bba5c1aacdf8b4f3bbe1', 'hex');
      res.end(Buffer.concat([Buffer.from('<html><body><article><p>'), gbk, Buffer.from('</p></article></body></html>')]));
      return;
    }
    if (req.url === '/wic') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><body><article><p>The World Internet Conference opened in Wuzhen.</p></article></body></html>`);
      return;
    }
    res.writeHead(404);
    res.end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('scan --json', () => {
  it('prints one JSON object per input, in order, with topics and passages', async () => {
    const { code, stdout, stderr } = await scan('--json', WIC_PAGE, NUTRITION_PAGE);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/error/i);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [wic, nutrition] = lines.map((l) => JSON.parse(l));
    expect(wic.source).toBe(WIC_PAGE);
    expect(wic.topics).toEqual([{ id: 'wic', label: 'World Internet Conference', mentions: 3 }]);
    expect(wic.passages).toHaveLength(5);
    expect(wic.passages[0].articleId).toBe('wic-2023-xi-ai-cyberspace');
    for (const p of wic.passages) {
      expect(Object.keys(p).sort()).toEqual(['articleId', 'matched', 'outlet', 'published', 'score', 'text', 'title', 'url']);
      expect(typeof p.score).toBe('number');
    }
    const scores = wic.passages.map((p: { score: number }) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(nutrition).toEqual({ source: NUTRITION_PAGE, topics: [], passages: [] });
  });

  it('honours --top and keeps unknown URLs null', async () => {
    const { stdout } = await scan('--json', '--top', '2', WIC_PAGE);
    const report = JSON.parse(stdout);
    expect(report.passages).toHaveLength(2);
    const { stdout: many } = await scan('--json', '--top=9', WIC_PAGE);
    const all = JSON.parse(many).passages as Array<{ articleId: string; url: string | null }>;
    expect(all.find((p) => p.articleId === 'wic-2024-ai-focus')?.url ?? null).toBeNull();
  });

  it('reports an unreadable input on stderr, prints the others, and exits non-zero', async () => {
    const { code, stdout, stderr } = await scan('--json', join(dir, 'missing.html'), WIC_PAGE, `${base}/nope`, `http://127.0.0.1:9/closed`);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${join(dir, 'missing.html')}: no such file`);
    expect(stderr).toContain(`${base}/nope: the server answered 404`);
    expect(stderr).toContain('http://127.0.0.1:9/closed: could not fetch it');
  });

  it('fetches http URLs and decodes the charset the server declares', async () => {
    const { code, stdout } = await scan('--json', `${base}/wic`, `${base}/gbk`);
    expect(code).toBe(0);
    const [en, zh] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(en.topics[0].id).toBe('wic');
    expect(zh.topics[0]).toMatchObject({ id: 'wic', mentions: 1 });
  });

  it('explains its usage on bad arguments', async () => {
    const none = await scan();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give at least one file or URL');
    const bad = await scan('--top', 'zero', WIC_PAGE);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--top needs a whole number');
  });
});

describe('scan for people', () => {
  it('names the topics, the outlets and why each passage matched', async () => {
    const { stdout } = await scan(WIC_PAGE, NUTRITION_PAGE);
    expect(stdout).toContain('Topics: World Internet Conference (3 mentions)');
    expect(stdout).toContain('Storage Switzerland, 2023-11');
    expect(stdout).toContain('why: same event: World Internet Conference, 2023');
    expect(stdout).toContain('Neither topic is mentioned.');
  });
});
