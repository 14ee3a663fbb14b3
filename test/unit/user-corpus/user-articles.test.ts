import { describe, expect, it } from 'vitest';
import { type ArticleDraft, articleId, draftFromRecord, draftProblems, recordFromDraft } from '../../../core/user-articles.ts';
import { type MarkdownWords, exportJson, exportMarkdown, parseImport } from '../../../core/user-corpus-file.ts';
import { MAX_PARAGRAPHS, MAX_PARAGRAPH_CHARS, recordProblem } from '../../../core/user-record.ts';

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
    [{ headline: '  ' }, { code: 'headlineEmpty' }],
    [{ outlet: '' }, { code: 'outletEmpty' }],
    [{ published: '2024-02-30' }, { code: 'dateInvalid', value: '2024-02-30' }],
    [{ url: 'javascript:alert(1)' }, { code: 'urlInvalid', value: 'javascript:alert(1)' }],
    [{ url: 'example.org/x' }, { code: 'urlInvalid', value: 'example.org/x' }],
    [{ paragraphs: [' ', ''] }, { code: 'noText' }],
    [{ paragraphs: ['x'.repeat(MAX_PARAGRAPH_CHARS + 1)] }, { code: 'paragraphTooLong', max: MAX_PARAGRAPH_CHARS }],
  ])('says what is wrong with %j', (over, problem) => {
    expect(draftProblems(draft(over))).toEqual([problem]);
    expect(() => recordFromDraft(draft(over), NOW)).toThrow(expect.objectContaining({ problem }));
  });

  it('lists every problem of a draft, each with the values its sentence needs', () => {
    const paragraphs = Array.from({ length: MAX_PARAGRAPHS + 1 }, (_, i) => `Paragraph ${i}.`);
    expect(draftProblems(draft({ headline: '', outlet: ' ', published: 'soon', paragraphs }))).toEqual([
      { code: 'headlineEmpty' },
      { code: 'outletEmpty' },
      { code: 'dateInvalid', value: 'soon' },
      { code: 'tooManyParagraphs', count: MAX_PARAGRAPHS + 1, max: MAX_PARAGRAPHS },
    ]);
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
    [null, { code: 'notObject' }],
    [{ ...good, format: 2 }, { code: 'formatNewer', format: 2 }],
    [{ ...good, format: '1' }, { code: 'formatUnknown', value: '"1"' }],
    [{ ...good, article: { ...good.article, id: 'wic-2022' } }, { code: 'idInvalid', value: '"wic-2022"' }],
    [{ ...good, article: { ...good.article, url: 'ftp://x' } }, { code: 'urlInvalid', value: '"ftp://x"' }],
    [{ ...good, article: { ...good.article, copyUrl: 42 } }, { code: 'copyUrlInvalid', value: '42' }],
    [{ ...good, article: { ...good.article, published: '20-1' } }, { code: 'publishedInvalid', value: '"20-1"' }],
    [{ ...good, article: { ...good.article, language: 'fr' } }, { code: 'languageInvalid', value: '"fr"' }],
    [{ ...good, passages: [] }, { code: 'noPassages' }],
    [{ ...good, passages: [{ ...good.passages[0], index: 3 }] }, { code: 'passageMismatch', index: 0 }],
    [{ ...good, savedAt: 'yesterday' }, { code: 'savedAtInvalid' }],
  ])('refuses %#, saying why', (raw, problem) => {
    expect(recordProblem(raw)).toEqual(problem);
  });

  it('quotes a long bad value short', () => {
    const problem = recordProblem({ ...good, article: { ...good.article, id: 'x'.repeat(500) } });
    expect(problem).toMatchObject({ code: 'idInvalid' });
    expect((problem as { value: string }).value.length).toBeLessThanOrEqual(80);
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
    expect(parsed.rejected.map((r) => [r.position, r.problem])).toEqual([
      [2, { code: 'headlineEmpty' }],
      [3, { code: 'duplicate' }],
    ]);
  });

  it('holds imported articles to the editor\'s limits, naming what it refused', () => {
    const file = JSON.parse(exportJson(records, NOW));
    const [a, b] = file.articles;
    // A paragraph the editor would refuse (the editor: paragraphTooLong).
    a.passages[1].text = 'x'.repeat(MAX_PARAGRAPH_CHARS + 1);
    expect(draftProblems(draft({ paragraphs: ['ok', 'x'.repeat(MAX_PARAGRAPH_CHARS + 1)] }))).toEqual([{ code: 'paragraphTooLong', max: MAX_PARAGRAPH_CHARS }]);
    // More paragraphs than the editor allows.
    b.passages = Array.from({ length: MAX_PARAGRAPHS + 1 }, (_, index) => ({ id: `${b.article.id}#${index}`, articleId: b.article.id, index, section: null, text: 'p' }));
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed.records).toEqual([]);
    expect(parsed.rejected.map((r) => [r.position, r.problem])).toEqual([
      [1, { code: 'passageTooLong', index: 1, length: MAX_PARAGRAPH_CHARS + 1, max: MAX_PARAGRAPH_CHARS }],
      [2, { code: 'passagesTooMany', count: MAX_PARAGRAPHS + 1, max: MAX_PARAGRAPHS }],
    ]);
    // A paragraph exactly at the limit is accepted, as the editor accepts it.
    a.passages[1].text = 'x'.repeat(MAX_PARAGRAPH_CHARS);
    expect(parseImport(JSON.stringify({ ...file, articles: [a] })).rejected).toEqual([]);
  });

  it.each([
    ['not json', { code: 'notJson' }],
    ['{"kind":"something else","articles":[]}', { code: 'notExport' }],
    ['{"kind":"related-coverage/user-corpus","format":9,"articles":[]}', { code: 'newerFormat', format: '9' }],
    ['{"kind":"related-coverage/user-corpus","format":1}', { code: 'noArticles' }],
  ])('refuses a file that is %s', (text, problem) => {
    expect(() => parseImport(text)).toThrow(expect.objectContaining({ problem: expect.objectContaining(problem) }));
  });

  it('writes Markdown for reading, in the words it is given, with unknowns said', () => {
    const words: MarkdownWords = {
      title: 'TITLE',
      summary: (count, at) => `summary(${count}|${at})`,
      fact: (field, value) => `${field}=${value}`,
      unknown: '?',
      date: (published) => `date(${published})`,
      day: (timestamp) => `day(${timestamp})`,
    };
    const md = exportMarkdown(records, NOW, words);
    expect(md.split('\n').slice(0, 3)).toEqual(['# TITLE', '', `summary(2|${NOW.toISOString()})`]);
    expect(md).toContain('## Wuzhen summit opens with AI on the agenda');
    expect(md).toContain('- outlet=Example Times\n- published=date(2024-11-20)\n- address=https://example.org/news/wuzhen');
    expect(md).toContain('- address=?');
    expect(md).toContain(`- saved=day(${NOW.toISOString()})`);
    expect(md).toContain('Delegates discussed AI governance.');
  });
});
