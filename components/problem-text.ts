// Problems (data from core/ and the background) as sentences in the reader's
// language. One function per kind; TypeScript checks that every code has its
// sentence and that each sentence gets the values it names.

import { type Problem, type StorageAction, problemOf } from '../core/problem.ts';
import type { TopicProblem } from '../core/custom-topics.ts';
import type { RecordProblem } from '../core/user-record.ts';
import type { Translate } from '../shared/translate.ts';

export function problemText(t: Translate, p: Problem): string {
  switch (p.code) {
    case 'headlineEmpty':
      return t('problem.headlineEmpty');
    case 'outletEmpty':
      return t('problem.outletEmpty');
    case 'dateInvalid':
      return t('problem.dateInvalid', [p.value]);
    case 'urlInvalid':
      return t('problem.urlInvalid', [p.value]);
    case 'languageInvalid':
      return t('problem.languageInvalid');
    case 'noText':
      return t('problem.noText');
    case 'tooManyParagraphs':
      return t.plural('problem.tooManyParagraphs', p.count, [t.number(p.max)]);
    case 'paragraphTooLong':
      return t('problem.paragraphTooLong', [t.number(p.max)]);
    case 'articleGone':
      return t('problem.articleGone');
    case 'notJson':
      return t('importFile.notJson', [p.detail]);
    case 'notExport':
      return t('importFile.notExport');
    case 'newerFormat':
      return t('importFile.newerFormat', [p.format]);
    case 'noArticles':
      return t('importFile.noArticles');
    case 'storageFull':
      return t('storage.full', [storageActionText(t, p)]);
    case 'storageFailed':
      return t('storage.failed', [storageActionText(t, p), p.detail]);
    case 'unexpected':
      return t('problem.unexpected', [p.detail]);
  }
}

function storageActionText(t: Translate, a: StorageAction): string {
  switch (a.action) {
    case 'saveArticle':
      return t('storage.action.saveArticle', [a.headline]);
    case 'importArticles':
      return t.plural('storage.action.importArticles', a.count);
    case 'deleteArticle':
      return t('storage.action.deleteArticle');
    case 'saveSetting':
      return t('storage.action.saveSetting');
  }
}

/** Why a record of an import file was refused; paragraph numbers count from 1, as the reader does. */
export function recordProblemText(t: Translate, p: RecordProblem): string {
  switch (p.code) {
    case 'notObject':
      return t('record.notObject');
    case 'formatNewer':
      return t('record.formatNewer', [String(p.format)]);
    case 'formatUnknown':
      return t('record.formatUnknown', [p.value]);
    case 'noArticle':
      return t('record.noArticle');
    case 'idInvalid':
      return t('record.idInvalid', [p.value]);
    case 'headlineEmpty':
      return t('record.headlineEmpty');
    case 'outletEmpty':
      return t('record.outletEmpty');
    case 'publishedInvalid':
      return t('record.publishedInvalid', [p.value]);
    case 'urlInvalid':
      return t('record.urlInvalid', [p.value]);
    case 'copyUrlInvalid':
      return t('record.copyUrlInvalid', [p.value]);
    case 'languageInvalid':
      return t('record.languageInvalid', [p.value]);
    case 'authorInvalid':
      return t('record.authorInvalid');
    case 'noteInvalid':
      return t('record.noteInvalid');
    case 'originInvalid':
      return t('record.originInvalid');
    case 'noPassages':
      return t('record.noPassages');
    case 'passageNotObject':
      return t('record.passageNotObject', [t.number(p.index + 1)]);
    case 'passageMismatch':
      return t('record.passageMismatch', [t.number(p.index + 1)]);
    case 'passageNoText':
      return t('record.passageNoText', [t.number(p.index + 1)]);
    case 'passageSectionInvalid':
      return t('record.passageSectionInvalid', [t.number(p.index + 1)]);
    case 'savedAtInvalid':
      return t('record.savedAtInvalid');
    case 'updatedAtInvalid':
      return t('record.updatedAtInvalid');
    case 'passagesTooMany':
      return t('record.passagesTooMany', [t.number(p.count), t.number(p.max)]);
    case 'passageTooLong':
      return t('record.passageTooLong', [t.number(p.index + 1), t.number(p.length), t.number(p.max)]);
    case 'duplicate':
      return t('record.duplicate');
  }
}

export function topicProblemText(t: Translate, p: TopicProblem): string {
  switch (p.code) {
    case 'nameEmpty':
      return t('topicProblem.nameEmpty');
    case 'nameTaken':
      return t('topicProblem.nameTaken', [p.name]);
    case 'noTerms':
      return t('topicProblem.noTerms');
    case 'tooManyTerms':
      return t.plural('topicProblem.tooManyTerms', p.max);
    case 'termBrackets':
      return t('topicProblem.termBrackets', [p.term]);
    case 'termNested':
      return t('topicProblem.termNested', [p.term]);
    case 'termNoLetters':
      return t('topicProblem.termNoLetters', [p.term]);
    case 'termSentenceEnd':
      return t('topicProblem.termSentenceEnd', [p.term, p.char]);
    case 'termNoAnchor':
      return t('topicProblem.termNoAnchor', [p.term]);
  }
}

/** Any error caught on a page, worded: a problem the background sent, or the technical message. */
export function errorText(t: Translate, e: unknown): string {
  return problemText(t, problemOf(e));
}
