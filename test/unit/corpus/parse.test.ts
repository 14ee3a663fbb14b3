import { describe, expect, it } from 'vitest';
import { CorpusError, parseArticleFile } from '../../../corpus/parse';

const FILE = 'corpus/articles/x.md';

// Line numbers in the tests below refer to this layout.
const FRONT = [
  '---', // 1
  'id: x', // 2
  'headline: H', // 3
  'outlet: O', // 4
  'published: 2023-11', // 5
  'url: https://example.com/a', // 6
  'language: en', // 7
  '---', // 8
];
const BODY = ['', 'First paragraph.']; // 9, 10

const doc = (front = FRONT, body = BODY) => [...front, ...body].join('\n');
/** FRONT with the line at 1-based `line` replaced (or removed when null). */
const frontWith = (line: number, text: string | null) =>
  FRONT.flatMap((l, i) => (i + 1 === line ? (text === null ? [] : [text]) : [l]));

function expectError(text: string, line: number, reason: string | RegExp, file = FILE) {
  let caught: unknown;
  try {
    parseArticleFile(file, text);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(CorpusError);
  const err = caught as CorpusError;
  expect(err.file).toBe(file);
  expect(err.line).toBe(line);
  expect(err.message.startsWith(`${file}:${line}: `)).toBe(true);
  if (typeof reason === 'string') expect(err.reason).toContain(reason);
  else expect(err.reason).toMatch(reason);
}

describe('parseArticleFile: valid input', () => {
  it('reads metadata and numbers passages from 0', () => {
    const r = parseArticleFile(FILE, doc(FRONT, ['', 'One.', '', 'Two.']));
    expect(r.article).toEqual({
      id: 'x',
      headline: 'H',
      outlet: 'O',
      published: '2023-11',
      url: 'https://example.com/a',
      copyUrl: null,
      language: 'en',
      author: null,
      note: null,
      origin: 'bundled',
    });
    expect(r.passages).toEqual([
      { id: 'x#0', articleId: 'x', index: 0, section: null, text: 'One.' },
      { id: 'x#1', articleId: 'x', index: 1, section: null, text: 'Two.' },
    ]);
    expect(r.seed).toBeNull();
    expect(r.idLine).toBe(2);
  });

  it('turns unknown into null and keeps optional keys', () => {
    const front = [
      '---',
      'id: x',
      'headline: A: headline with "quotes" and a colon',
      'outlet: O',
      'published: unknown',
      'url: unknown',
      'copy_url: http://copy.example/x?a=1',
      'language: zh',
      'author: unknown',
      'note: Exact day unknown.',
      'seed: 000_a.txt',
      '---',
    ];
    const r = parseArticleFile(FILE, doc(front), 'user');
    expect(r.article).toMatchObject({
      headline: 'A: headline with "quotes" and a colon',
      published: null,
      url: null,
      copyUrl: 'http://copy.example/x?a=1',
      language: 'zh',
      author: null,
      note: 'Exact day unknown.',
      origin: 'user',
    });
    expect(r.seed).toBe('000_a.txt');
    expect(parseArticleFile(FILE, doc([...FRONT.slice(0, -1), 'author: A. Writer', '---'])).article.author).toBe(
      'A. Writer',
    );
  });

  it('gives passages the heading above them as section', () => {
    const body = ['', 'Intro.', '', '## Part one', '', 'A.', '', 'B.', '## Part two', 'C.'];
    const r = parseArticleFile(FILE, doc(FRONT, body));
    expect(r.passages.map((p) => [p.section, p.text])).toEqual([
      [null, 'Intro.'],
      ['Part one', 'A.'],
      ['Part one', 'B.'],
      ['Part two', 'C.'],
    ]);
  });

  it('keeps text exactly, joins wrapped lines with a space, tolerates CRLF and a BOM', () => {
    const body = ['', '  “Curly”  quotes\u00a0and  double  spaces.  ', 'wrapped line.', '', '#hashtag is text'];
    const text = `\uFEFF${doc(FRONT, body).replace(/\n/g, '\r\n')}`;
    const r = parseArticleFile(FILE, text);
    expect(r.passages.map((p) => p.text)).toEqual([
      '“Curly”  quotes\u00a0and  double  spaces. wrapped line.',
      '#hashtag is text',
    ]);
  });

  it('accepts every valid date precision, leap days included', () => {
    for (const d of ['2023', '2023-02', '2023-02-28', '2024-02-29', '2000-02-29', '2023-04-30', '2023-12-31']) {
      expect(parseArticleFile(FILE, doc(frontWith(5, `published: ${d}`))).article.published).toBe(d);
    }
  });

  it('takes the id from the base name of a Windows or nested path', () => {
    expect(parseArticleFile('corpus\\articles\\x.md', doc()).article.id).toBe('x');
    expect(parseArticleFile('/abs/dir/x.md', doc()).article.id).toBe('x');
  });
});

describe('parseArticleFile: errors name the file and the offending line', () => {
  it('missing front matter', () => {
    expectError('First paragraph.\n', 1, 'missing front matter');
    expectError('', 1, 'missing front matter');
  });

  it('unterminated front matter', () => {
    expectError(FRONT.slice(0, -1).join('\n'), 1, 'never closed');
  });

  it('front matter line that is not key: value', () => {
    expectError(doc(frontWith(3, 'headline H')), 3, 'expected "key: value"');
    expectError(doc(frontWith(3, '  headline: H')), 3, 'expected "key: value"');
  });

  it('unknown key', () => {
    expectError(doc(frontWith(3, 'title: H')), 3, 'unknown key "title"');
    expectError(doc(frontWith(3, 'Headline: H')), 3, 'unknown key "Headline"');
  });

  it('duplicate key', () => {
    const front = [...FRONT.slice(0, 4), 'outlet: P', ...FRONT.slice(4)];
    expectError(doc(front), 5, 'duplicate key "outlet" (first given on line 4)');
  });

  it('missing required key points at the closing ---', () => {
    for (const [line, key] of [[2, 'id'], [3, 'headline'], [4, 'outlet'], [5, 'published'], [6, 'url'], [7, 'language']] as const) {
      expectError(doc(frontWith(line, null)), 7, `missing required key "${key}"`);
    }
  });

  it('empty value', () => {
    expectError(doc(frontWith(4, 'outlet:')), 4, 'outlet is empty');
    expectError(doc(frontWith(4, 'outlet:   ')), 4, 'outlet is empty');
    expectError(doc([...FRONT.slice(0, -1), 'author:', '---']), 8, 'author is empty');
  });

  it('invalid date, with the documented message', () => {
    let caught: unknown;
    try {
      parseArticleFile(FILE, doc(frontWith(5, 'published: 2023-13')));
    } catch (e) {
      caught = e;
    }
    expect((caught as Error).message).toBe(
      'corpus/articles/x.md:5: published "2023-13" is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD, or unknown)',
    );
    for (const d of ['2023-02-30', '2023-02-29', '1900-02-29', '2023-04-31', '2023-00', '2023-11-00', '2023-11-8', '2023-1', '23', 'Nov 2023', '2023/11', 'Unknown']) {
      expectError(doc(frontWith(5, `published: ${d}`)), 5, `published "${d}" is not a valid date`);
    }
  });

  it('invalid URL', () => {
    for (const u of ['example.com/a', 'ftp://example.com/a', 'https:example.com', 'https://', 'https://exa mple.com', 'javascript:alert(1)', '/relative']) {
      expectError(doc(frontWith(6, `url: ${u}`)), 6, `url "${u}" is not an absolute http(s) URL`);
    }
    expectError(doc([...FRONT.slice(0, -1), 'copy_url: www.example.com', '---']), 8, 'copy_url "www.example.com"');
  });

  it('invalid language', () => {
    for (const l of ['english', 'EN', 'fr', 'zh-CN']) {
      expectError(doc(frontWith(7, `language: ${l}`)), 7, `language "${l}" is not supported (use en or zh)`);
    }
  });

  it('id not kebab-case', () => {
    for (const id of ['Wic-2023', 'wic_2023', 'wic--2023', '-wic', 'wic-', 'wic 2023']) {
      expectError(doc(frontWith(2, `id: ${id}`)), 2, `id "${id}" is not lowercase kebab-case`, `corpus/articles/${id}.md`);
    }
  });

  it('id not matching the file name', () => {
    expectError(doc(frontWith(2, 'id: y')), 2, 'id "y" does not match the file name "x.md"');
  });

  it('seed that is a path', () => {
    expectError(doc([...FRONT.slice(0, -1), 'seed: ../secret.txt', '---']), 8, 'seed "../secret.txt" must be a bare file name');
  });

  it('empty body points at the closing ---', () => {
    expectError(doc(FRONT, []), 8, 'no passages');
    expectError(doc(FRONT, ['', '   ', '']), 8, 'no passages');
  });

  it('heading with no passage after it', () => {
    expectError(doc(FRONT, ['', 'A.', '', '## Last']), 12, 'heading "Last" has no passage after it');
    expectError(doc(FRONT, ['', '## First', '', '## Second', '', 'A.']), 10, 'heading "First" has no passage after it');
    expectError(doc(FRONT, ['', '## Only']), 10, 'heading "Only"');
  });

  it('heading of another level, or empty', () => {
    expectError(doc(FRONT, ['', '# Title', '', 'A.']), 10, 'only "## " headings are allowed');
    expectError(doc(FRONT, ['', 'A.', '### Sub', 'B.']), 11, 'only "## " headings are allowed');
    expectError(doc(FRONT, ['', 'A.', '##', 'B.']), 11, 'heading is empty');
  });
});
