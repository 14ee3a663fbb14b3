// Citing a passage: the address to link to (the original, or a known copy
// when the original is unknown; never one made up), the same address with a
// text fragment that makes the browser scroll to the passage, and the
// citation as plain text and as Markdown.

import type { ArticleMeta } from '../core/types.ts';
import type { PassageView } from '../shared/messages.ts';
import type { Translate } from '../shared/translate.ts';
import { webUrl } from './web-url.ts';

export interface SourceTarget {
  url: URL;
  kind: 'original' | 'copy';
}

/** Where a link to the article goes; null when no web address is known. */
export function sourceTarget(article: Pick<ArticleMeta, 'url' | 'copyUrl'>): SourceTarget | null {
  const original = webUrl(article.url);
  if (original) return { url: original, kind: 'original' };
  const copy = webUrl(article.copyUrl);
  return copy ? { url: copy, kind: 'copy' } : null;
}

/** Words at each end of a long passage that pin it down (textStart,textEnd). */
const EDGE_WORDS = 5;
/** Characters at each end of a passage written without spaces (Chinese). */
const EDGE_CHARS = 12;
/** A passage this short is given whole. */
const WHOLE_CHARS = 80;

/**
 * A text directive's term: percent-encoded, with "-", "," and "&" (the
 * directive's own syntax) encoded too, which encodeURIComponent leaves.
 */
export const fragmentTerm = (s: string): string =>
  encodeURIComponent(s).replace(/[-,&!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** The passage's ends as the browser should find them: whole when short, its first and last words when long. */
export function fragmentRange(text: string): [string] | [string, string] | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  if (flat.length <= WHOLE_CHARS) return [flat];
  const words = flat.split(' ');
  if (words.length >= EDGE_WORDS * 2 + 1) return [words.slice(0, EDGE_WORDS).join(' '), words.slice(-EDGE_WORDS).join(' ')];
  const chars = Array.from(flat);
  return [chars.slice(0, EDGE_CHARS).join('').trim(), chars.slice(-EDGE_CHARS).join('').trim()];
}

/**
 * The address with a `#:~:text=` directive for the passage, after any fragment
 * it already has. A directive the stored address already carries is dropped:
 * it points at some other passage. An empty fragment ("…/x#", which URL.hash
 * reports as "") must not become "##".
 */
export function passageUrl(url: URL, text: string): string {
  const range = fragmentRange(text);
  if (!range) return url.href;
  const [before, fragment = ''] = splitOnce(url.href, '#');
  const own = splitOnce(fragment, ':~:')[0];
  return `${before}#${own}:~:text=${range.map(fragmentTerm).join(',')}`;
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const at = s.indexOf(sep);
  return at < 0 ? [s, undefined] : [s.slice(0, at), s.slice(at + sep.length)];
}

const escapeMarkdown = (s: string) => s.replace(/[\\`*_[\]<>#|]/g, '\\$&');

/** The citation of a passage: its words, outlet, headline, date and address where known. */
export function citation(t: Translate, passage: PassageView, kind: 'text' | 'markdown'): string {
  const { article } = passage;
  const quote = passage.text.replace(/\s+/g, ' ').trim();
  const target = sourceTarget(article);
  const date = t.date(article.published);
  if (kind === 'text') {
    const source = t('citeSource', [article.outlet, article.headline, date]);
    return [t('citeQuote', [quote]), source, target?.url.href].filter(Boolean).join('\n');
  }
  const headline = target ? `[${escapeMarkdown(article.headline)}](<${target.url.href}>)` : escapeMarkdown(article.headline);
  return `> ${escapeMarkdown(quote)}\n\n${t('citeSource', [escapeMarkdown(article.outlet), headline, date])}`;
}
