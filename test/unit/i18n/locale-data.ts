// The reader's data and every problem, each code once, for the pages-in-locale
// test: what a page shows as it is (in whatever script it has) and what it
// words in the reader's language.

import type { TopicProblem } from '../../../core/custom-topics.ts';
import type { Problem } from '../../../core/problem.ts';
import type { ArticleProblem } from '../../../core/user-articles.ts';
import type { RecordProblem } from '../../../core/user-record.ts';

// ---- The reader's data: shown as it is, in whatever script it has.
export const DATA = {
  headlines: ['Wuzhen summit opens with AI on the agenda', '乌镇峰会开幕', 'Rules for AI agreed'],
  outlets: ['Example News', '新华社'],
  author: 'Jane Doe',
  section: 'World',
  names: ['Xi Jinping', '乌镇'],
  words: ['cooperation'],
  hosts: ['news.example.com', 'archive.example.org', 'example.org'],
  query: ['Wuzhen', 'zzz'],
  ids: ['user-wuzhen-summit-opens-1', 'user-x'],
  file: 'related-coverage-articles-2024-05-01.json',
  typed: ['soon', 'example.org/x', 'rules (of', 'end. start', 'a b', '.', 'Chips', 'Semiconductors', '"2024-13-45"', '"fr"', '"ftp://x"', '"bad id"', '"1"', '9'],
  technical: ['Unexpected token } in JSON at position 42', 'The transaction was aborted', 'Could not establish connection'],
  storageKeys: ['topicsOff', 'setAside:topicsOff:2024-05-01T12:00:00.000Z:abc123'],
  passageText: ['Leaders met in Wuzhen to discuss cooperation in cyberspace.', '世界互联网大会在乌镇开幕。', 'Delegates debated rules for AI.', 'The forum closed on Friday.', 'Officials from many countries attended.'],
};
export const ALLOWED = Object.values(DATA).flat();
// Names of formats and keys a Chinese sentence keeps as they are.
export const NAMES = ['JSON', 'Markdown', 'PDF', 'Alt', 'Esc', 'AI'];

// ---- Every problem, each code once: TypeScript fails this file when a code is added without an example.
type ByCode<P extends { code: string }> = { [C in P['code']]: Extract<P, { code: C }> };

export const ARTICLE_PROBLEMS: ByCode<ArticleProblem> = {
  headlineEmpty: { code: 'headlineEmpty' },
  outletEmpty: { code: 'outletEmpty' },
  dateInvalid: { code: 'dateInvalid', value: 'soon' },
  urlInvalid: { code: 'urlInvalid', value: 'example.org/x' },
  languageInvalid: { code: 'languageInvalid' },
  noText: { code: 'noText' },
  tooManyParagraphs: { code: 'tooManyParagraphs', count: 2001, max: 2000 },
  paragraphTooLong: { code: 'paragraphTooLong', max: 20000 },
};

export const SAVE_PROBLEMS: Problem[] = [
  ...Object.values(ARTICLE_PROBLEMS),
  { code: 'articleGone' },
  { code: 'storageFull', action: 'saveArticle', headline: DATA.headlines[0]! },
  { code: 'storageFailed', action: 'saveArticle', headline: DATA.headlines[1]!, detail: DATA.technical[1]! },
  { code: 'unexpected', detail: DATA.technical[2]! },
];

export const IMPORT_FILE_PROBLEMS: Problem[] = [
  { code: 'notJson', detail: DATA.technical[0]! },
  { code: 'notExport' },
  { code: 'newerFormat', format: '9' },
  { code: 'noArticles' },
  { code: 'storageFull', action: 'importArticles', count: 1 },
  { code: 'storageFailed', action: 'importArticles', count: 12, detail: DATA.technical[1]! },
];

export const RECORD_PROBLEMS: ByCode<RecordProblem> = {
  notObject: { code: 'notObject' },
  formatNewer: { code: 'formatNewer', format: 9 },
  formatUnknown: { code: 'formatUnknown', value: '"1"' },
  noArticle: { code: 'noArticle' },
  idInvalid: { code: 'idInvalid', value: '"bad id"' },
  headlineEmpty: { code: 'headlineEmpty' },
  outletEmpty: { code: 'outletEmpty' },
  publishedInvalid: { code: 'publishedInvalid', value: '"2024-13-45"' },
  urlInvalid: { code: 'urlInvalid', value: '"ftp://x"' },
  copyUrlInvalid: { code: 'copyUrlInvalid', value: '"ftp://x"' },
  languageInvalid: { code: 'languageInvalid', value: '"fr"' },
  authorInvalid: { code: 'authorInvalid' },
  noteInvalid: { code: 'noteInvalid' },
  originInvalid: { code: 'originInvalid' },
  noPassages: { code: 'noPassages' },
  passageNotObject: { code: 'passageNotObject', index: 0 },
  passageMismatch: { code: 'passageMismatch', index: 1 },
  passageNoText: { code: 'passageNoText', index: 2 },
  passageSectionInvalid: { code: 'passageSectionInvalid', index: 3 },
  savedAtInvalid: { code: 'savedAtInvalid' },
  updatedAtInvalid: { code: 'updatedAtInvalid' },
  passagesTooMany: { code: 'passagesTooMany', count: 2001, max: 2000 },
  passageTooLong: { code: 'passageTooLong', index: 4, length: 40_000_000, max: 20_000 },
  duplicate: { code: 'duplicate' },
};

export const TOPIC_PROBLEMS: ByCode<TopicProblem> = {
  nameEmpty: { code: 'nameEmpty' },
  nameTaken: { code: 'nameTaken', name: 'Chips' },
  noTerms: { code: 'noTerms' },
  tooManyTerms: { code: 'tooManyTerms', max: 200 },
  termBrackets: { code: 'termBrackets', term: 'rules (of' },
  termNested: { code: 'termNested', term: 'rules (of' },
  termNoLetters: { code: 'termNoLetters', term: '.' },
  termSentenceEnd: { code: 'termSentenceEnd', term: 'end. start', char: '.' },
  termNoAnchor: { code: 'termNoAnchor', term: 'a b' },
};

