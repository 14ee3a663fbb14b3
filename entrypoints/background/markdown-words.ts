// The Markdown export's words in the reader's language: the background
// writes the file, core/user-corpus-file.ts lays it out.

import type { MarkdownWords } from '../../core/user-corpus-file.ts';
import type { Translate } from '../../shared/translate.ts';

export function markdownWords(t: Translate): MarkdownWords {
  const facts = {
    outlet: (v: string) => t('markdown.outlet', [v]),
    published: (v: string) => t('markdown.published', [v]),
    address: (v: string) => t('markdown.address', [v]),
    author: (v: string) => t('markdown.author', [v]),
    note: (v: string) => t('markdown.note', [v]),
    saved: (v: string) => t('markdown.saved', [v]),
  };
  return {
    title: t('markdown.title'),
    summary: (count, exportedAt) => t.plural('markdown.summary', count, [t.day(exportedAt)]),
    fact: (field, value) => facts[field](value),
    unknown: t('markdown.unknown'),
    date: (published) => (published === null ? t('markdown.unknown') : t.date(published)),
    day: (timestamp) => t.day(timestamp),
  };
}
