// Says why a passage matched, in the passage's own words and as a reader
// would say them: whole names ("World Internet Conference"), the topic's own
// terms as the passage writes them ("Global AI Governance Initiative"), and
// the telling words the page and passage share as whole words and phrases
// ("start-ups", "digital divide", 数字鸿沟), never fragments ("start", "ups",
// "forum's", 人工). The most telling come first; nothing, when nothing is.

import type { CorpusIndex } from './corpus-index.ts';
import { type PassageFinds, passageFinds } from './passage-finds.ts';
import { type QueryTerm, WORD_SHARE } from './rank-query.ts';
import { tokenize } from './tokens.ts';

export interface Explained {
  matched: string[];
  highlights: Array<[number, number]>;
  names: string[];
  words: string[];
  topicIds: string[];
}

interface Span {
  start: number;
  end: number;
  weight: number;
  kind: QueryTerm['kind'];
  /** A concept ("export controls") is said as words, not listed as a name. */
  concept?: boolean;
  /** Shown in `matched`; topic pairs are highlighted only. */
  shown: boolean;
}

const MAX_MATCHED = 6;
const MAX_TOPIC_MARKS = 2;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function explainPassage(index: CorpusIndex, d: number, terms: readonly QueryTerm[]): Explained {
  const doc = index.docs[d]!;
  const text = doc.passage.text;
  // Shipped for the bundled corpus; for other passages found now, once.
  const finds = (doc.finds ??= passageFinds(index.parts.detector, text, index.parts.entities.find(text), index.parts.detector.detect(text)));
  const wanted = new Map(terms.map((q) => [q.term, q]));
  const spans: Span[] = [];
  const overlaps = (s: number, e: number) => spans.some((x) => x.start < e && s < x.end);
  for (const [key, start, end] of finds.entities) {
    const q = wanted.get(key);
    if (!q) continue;
    const concept = q.kind === 'entity' && index.parts.entities.plan.kinds[q.term.slice(2)] === 'concept';
    spans.push({ start, end, weight: q.weight, kind: q.kind, shown: true, concept });
  }
  const topicTerms = terms.filter((q) => q.kind === 'topic' && doc.topics.includes(q.term.slice(2)));
  if (topicTerms.length) {
    for (const t of finds.topics) {
      const q = topicTerms.find((x) => x.term === `t:${t.id}`);
      if (!q) continue;
      // Where the passage is about the page's topic, briefly: a name as
      // written, or a pair's phrase whole, as the page marks it ("rules
      // governing AI"; highlighted, not listed).
      for (const m of t.mentions.slice(0, MAX_TOPIC_MARKS)) {
        if (overlaps(m.start, m.end)) continue;
        const shown = m.kind === 'name';
        spans.push({ start: m.start, end: m.end, weight: m.kind === 'pair' ? 0 : q.weight, kind: 'topic', shown });
      }
    }
  }
  spans.push(...wordSpans(finds, text, wanted, overlaps));
  const byWeight = [...spans].filter((s) => s.shown).sort((a, b) => b.weight - a.weight || a.start - b.start);
  const seen = new Set<string>();
  const matched: string[] = [];
  const names: string[] = [];
  const words: string[] = [];
  for (const s of byWeight) {
    const surface = text.slice(s.start, s.end);
    const key = surface.toLowerCase();
    if (seen.has(key) || matched.length >= MAX_MATCHED) continue;
    seen.add(key);
    matched.push(surface);
    if (s.kind === 'word' || s.concept) words.push(surface);
    else if (s.kind === 'entity' || s.kind === 'name') names.push(surface);
  }
  return {
    matched,
    highlights: spans.map((s): [number, number] => [s.start, s.end]).sort((a, b) => a[0] - b[0]),
    names,
    words,
    topicIds: topicTerms.map((q) => q.term.slice(2)),
  };
}

/**
 * The telling words the passage shares with the page, widened to what a
 * reader would name: the whole hyphenated word without a possessive, the
 * topic term around it, neighbouring shared words as one phrase, and runs
 * of Chinese characters rather than their pairs.
 */
function wordSpans(
  finds: PassageFinds,
  text: string,
  wanted: Map<string, QueryTerm>,
  overlaps: (s: number, e: number) => boolean,
): Span[] {
  const raw: Span[] = [];
  // Only words that weigh something next to the page's best: "news" or
  // "Thursday" would only add noise.
  let strongest = 0;
  for (const q of wanted.values()) if (q.kind === 'word' && q.telling) strongest = Math.max(strongest, q.weight);
  for (const tok of tokenize(text)) {
    const q = wanted.get(tok.term);
    if (q?.kind !== 'word' || !q.telling || q.weight < strongest * WORD_SHARE) continue;
    const [start, end] = CJK.test(text[tok.start]!) ? [tok.start, tok.end] : wholeWord(text, tok.start, tok.end);
    raw.push({ start, end, weight: q.weight, kind: 'word', shown: true });
  }
  raw.sort((a, b) => a.start - b.start);
  // Touching or overlapping shared words are one phrase: "digital divide", 数字鸿沟.
  const merged: Span[] = [];
  for (const s of raw) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end + 1 && /^[\s-]?$/.test(text.slice(last.end, s.start))) {
      last.end = Math.max(last.end, s.end);
      last.weight = Math.max(last.weight, s.weight);
    } else merged.push({ ...s });
  }
  const out: Span[] = [];
  for (const s of merged) {
    // Inside a topic term ("artificial intelligence"), the term is what is shared.
    const around = finds.terms.find(([hs, he]) => hs <= s.start && s.end <= he);
    const [start, end] = around ?? [s.start, s.end];
    // A pair of Chinese characters cut from a longer run is a fragment (人工 of 人工智能).
    if (!around && CJK.test(text[start]!) && end - start < 3) continue;
    if (overlaps(start, end) || out.some((x) => x.start < end && start < x.end)) continue;
    out.push({ ...s, start, end });
  }
  return out;
}

/** The word around a token: across hyphens ("start-ups"), without a trailing possessive ("forum’s"). */
function wholeWord(text: string, start: number, end: number): [number, number] {
  const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  while (start > 1 && text[start - 1] === '-' && letter(text[start - 2])) {
    start -= 2;
    while (start > 0 && letter(text[start - 1])) start--;
  }
  while (text[end] === '-' && letter(text[end + 1])) {
    end += 2;
    while (letter(text[end])) end++;
  }
  const possessive = /['’]s$/.exec(text.slice(start, end));
  return [start, possessive ? end - 2 : end];
}
