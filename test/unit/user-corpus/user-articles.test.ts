import { describe, expect, it } from 'vitest';
import {
  type ArticleDraft,
  articleId,
  draftFromRecord,
  draftProblems,
  exportJson,
  exportMarkdown,
  parseImport,
  recordFromDraft,
  recordProblem,
} from '../../../core/user-articles.ts';

const draft = (over: Partial<ArticleDraft> = {}): ArticleDraft => ({
  headline: 'Wuzhen summit opens with AI on the agenda',
  outlet: 'Example Times',
  published: '2024-11-20',
  url: 'https://example.org/news/wuzhen',
  author: 'A. Reporter',
  language: 'en',
  note: null,
  paragraphs: ['The World Internet Conference opened in Wuzhen.', 'Delegates discussed AI governance.'],
  ...over,
});
const NOW = new Date('2026-11-22T10:00:00Z');

describe('drafts', () => {
  it('accepts a complete draft and makes a valid record', () => {
    expect(draftProblems(draft())).toEqual([]);
    const r = recordFromDraft(draft(), NOW);
    expect(recordProblem(r)).toBeNull();
    expect(r.article.origin).toBe('user');
    expect(r.passages.map((p) => p.id)).toEqual([`${r.article.id}#0`, `${r.article.id}#1`]);
  });

  it('keeps unknown dates and addresses unknown, never invented', () => {
    const r = recordFromDraft(draft({ published: null, url: null }), NOW);
    expect(r.article.published).toBeNull();
    expect(r.article.url).toBeNull();
    expect(r.article.copyUrl).toBeNull();
  });

  it.each([
    [{ headline: '  ' }, /headline is empty/],
    [{ outlet: '' }, /outlet is empty/],
    [{ published: '2024-02-30' }, /not a date/],
    [{ url: 'javascript:alert(1)' }, /not a full http\(s\) address/],
    [{ url: 'example.org/x' }, /not a full http\(s\) address/],
    [{ paragraphs: [' ', ''] }, /no text/],
  ])('says what is wrong with %j', (over, message) => {
    expect(draftProblems(draft(over)).join(' ')).toMatch(message);
    expect(() => recordFromDraft(draft(over), NOW)).toThrow(message);
  });

  it('gives the same article the same id, and editing keeps id and first save time', () => {
    expect(articleId(draft())).toBe(articleId(draft({ paragraphs: ['other text'] })));
    expect(articleId(draft())).not.toBe(articleId(draft({ url: 'https://example.org/other' })));
    expect(articleId(draft())).toMatch(/^user-wuzhen-summit-opens-with-ai-on-[a-z0-9]+$/);
    const first = recordFromDraft(draft(), NOW);
    const later = new Date('2026-11-23T00:00:00Z');
    const edited = recordFromDraft({ ...draftFromRecord(first), headline: 'A new headline' }, later, first);
    expect(edited.article.id).toBe(first.article.id);
    expect(edited.savedAt).toBe(first.savedAt);
    expect(edited.updatedAt).toBe(later.toISOString());
  });
});

describe('records read back', () => {
  const good = recordFromDraft(draft(), NOW);
  it.each([
    [null, /not a record/],
    [{ ...good, format: 2 }, /newer version/],
    [{ ...good, article: { ...good.article, id: 'wic-2022' } }, /not a user article id/],
    [{ ...good, article: { ...good.article, url: 'ftp://x' } }, /url/],
    [{ ...good, article: { ...good.article, published: '20-1' } }, /published/],
    [{ ...good, passages: [] }, /no passages/],
    [{ ...good, passages: [{ ...good.passages[0], index: 3 }] }, /wrong id/],
    [{ ...good, savedAt: 'yesterday' }, /savedAt/],
  ])('refuses %#, saying why', (raw, reason) => {
    expect(recordProblem(raw)).toMatch(reason);
  });
});

describe('export and import', () => {
  const records = [recordFromDraft(draft(), NOW), recordFromDraft(draft({ headline: '人工智能治理', language: 'zh', url: null }), NOW)];

  it('round-trips through JSON losing nothing', () => {
    const parsed = parseImport(exportJson(records, NOW));
    expect(parsed.rejected).toEqual([]);
    expect(parsed.records).toEqual([...records].sort((a, b) => (a.article.id < b.article.id ? -1 : 1)));
  });

  it('exports the same bytes for the same records', () => {
    expect(exportJson([...records].reverse(), NOW)).toBe(exportJson(records, NOW));
  });

  it('reports each bad record with its position and reason, and keeps the good ones', () => {
    const file = JSON.parse(exportJson(records, NOW));
    file.articles.splice(1, 0, { format: 1, article: { id: 'user-x' } }, file.articles[0]);
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed.records).toHaveLength(2);
    expect(parsed.rejected.map((r) => [r.position, r.reason])).toEqual([
      [2, 'article headline is missing or empty'],
      [3, 'the same article appears earlier in the file'],
    ]);
  });

  it.each([
    ['not json', /not a JSON file/],
    ['{"kind":"something else","articles":[]}', /not a Related Coverage export/],
    ['{"kind":"related-coverage/user-corpus","format":9,"articles":[]}', /newer version/],
  ])('refuses a file that is %s', (text, message) => {
    expect(() => parseImport(text)).toThrow(message);
  });

  it('writes Markdown for reading, with unknowns said', () => {
    const md = exportMarkdown(records, NOW);
    expect(md).toContain('## Wuzhen summit opens with AI on the agenda');
    expect(md).toContain('- Address: unknown');
    expect(md).toContain('Delegates discussed AI governance.');
  });
});
