// Turns a set of article files into one CorpusData. Pure, like parse.ts, so
// the same checks run in the build, in tests and on user-added articles.
import type { CorpusData } from '../core/types';
import { CorpusError, parseArticleFile, type ParsedArticle } from './parse';

export interface ArticleFile {
  /** Shown in error messages, e.g. corpus/articles/x.md */
  file: string;
  text: string;
}

/** Every problem found, so one run shows a person all there is to fix. */
export class CorpusBuildError extends Error {
  override readonly name = 'CorpusBuildError';
  constructor(readonly errors: readonly CorpusError[]) {
    super(errors.map((e) => e.message).join('\n'));
  }
}

/** Articles and passages come out in the order the files are given. */
export function assembleCorpus(
  files: readonly ArticleFile[],
  origin: 'bundled' | 'user' = 'bundled',
): CorpusData {
  const errors: CorpusError[] = [];
  const byId = new Map<string, { file: string; parsed: ParsedArticle }>();
  const parsedInOrder: ParsedArticle[] = [];

  for (const { file, text } of files) {
    let parsed: ParsedArticle;
    try {
      parsed = parseArticleFile(file, text, origin);
    } catch (e) {
      if (!(e instanceof CorpusError)) throw e;
      errors.push(e);
      continue;
    }
    const first = byId.get(parsed.article.id);
    if (first) {
      errors.push(
        new CorpusError(
          file,
          parsed.idLine,
          `duplicate id "${parsed.article.id}": already used by ${first.file}:${first.parsed.idLine}`,
        ),
      );
      continue;
    }
    byId.set(parsed.article.id, { file, parsed });
    parsedInOrder.push(parsed);
  }

  if (errors.length > 0) throw new CorpusBuildError(errors);
  return {
    version: 1,
    articles: parsedInOrder.map((p) => p.article),
    passages: parsedInOrder.flatMap((p) => p.passages),
  };
}

/** Stable bytes for the same data: fixed key order, 2-space indent, final newline. */
export function serializeCorpus(data: unknown): string {
  return `${JSON.stringify(data)}\n`;
}
