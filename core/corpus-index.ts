// The searchable corpus: an inverted index over passages. One posting list per
// index term, where terms are of several kinds that share the machinery:
//   <stem> or <CJK bigram>  the words (BM25)
//   e:<id>                  a gazetteer entity named in the passage
//   p:<name>                another proper name in the passage
//   t:<topic>               a topic the passage itself is about
//   a:<topic>               a topic of the passage's article
// Retrieval walks only the posting lists of the query's terms, so a query
// costs what its terms cost, not what the corpus holds. Fuse.js is used where
// fuzziness helps (search-box typos), on the vocabulary rather than on the
// passages (see search.ts).

import { topicsOfArticle } from './article-topics.ts';
import type { Detector } from './detect.ts';
import type { EntityFinder } from './entity-finder.ts';
import type { PassageFinds } from './passage-finds.ts';
import type { TopicVocabulary } from './rank-query.ts';
import { tokenize } from './tokens.ts';
import type { ArticleMeta, CorpusData, Passage } from './types.ts';
import { type SerializedDoc, type SerializedIndex, fromBase64, toBase64, varint, varintReader } from './index-codec.ts';

export type { SerializedIndex } from './index-codec.ts';

/** Topic mentions counted in a passage's topic posting (see rank-retrieve.ts). */
export const TOPIC_TF_CAP = 3;

export interface IndexParts {
  detector: Detector;
  entities: EntityFinder;
  /**
   * Stems of everyday English words (the most frequent of a large word
   * count, shipped in the bundle): sharing them never makes a passage worth
   * showing. Without it, core/common-words.ts stands in.
   */
  everyday?: ReadonlySet<string>;
  /** The topics' own vocabulary (rank-query.ts), when the bundle ships it already worked out. */
  vocabulary?: TopicVocabulary;
}

interface PostingList {
  docs: number[];
  tfs: number[];
}

/** Where a passage's words sit, for highlighting and surface forms. */
export interface DocInfo {
  passage: Passage;
  article: ArticleMeta;
  /** Number of word terms, for BM25 length normalisation. */
  length: number;
  /** Topics the passage is about, and topics of its article. */
  topics: string[];
  articleTopics: string[];
  deleted: boolean;
  /**
   * How specific the passage is, 0-1: less for one that would rank near the
   * top on almost any page of its topics (see passage-priors.ts). 1 until
   * measured, as for a reader's own articles.
   */
  prior: number;
  /** What explaining a match reads in it: shipped for the bundled corpus, else found when first explained. */
  finds?: PassageFinds;
}

export class CorpusIndex {
  readonly docs: DocInfo[] = [];
  readonly articles = new Map<string, ArticleMeta>();
  private readonly postings = new Map<string, PostingList>();
  /** Live documents and the total word count over them. */
  private live = 0;
  private totalLength = 0;
  private readonly surfaces = new Map<string, string>();
  private surfacesRevision = -1;
  private readonly byArticle = new Map<string, number[]>();
  /** Bumped on every change, so caches built on the index know they are stale. */
  revision = 0;
  /** Score accumulator reused across queries: allocating it per query costs more than the query. */
  scratch = new Float64Array(0);

  constructor(readonly parts: IndexParts) {}

  static build(corpus: CorpusData, parts: IndexParts): CorpusIndex {
    const index = new CorpusIndex(parts);
    // Grouped once: filtering all passages per article is quadratic, and at
    // 100,000 passages it was most of the build time.
    const byArticle = new Map<string, Passage[]>();
    for (const p of corpus.passages) {
      const list = byArticle.get(p.articleId);
      if (list) list.push(p);
      else byArticle.set(p.articleId, [p]);
    }
    for (const article of corpus.articles) index.addArticle(article, byArticle.get(article.id) ?? []);
    return index;
  }

  get size(): number {
    return this.live;
  }

  get averageLength(): number {
    return this.live ? this.totalLength / this.live : 0;
  }

  /** Adds or replaces an article and its passages. */
  addArticle(article: ArticleMeta, passages: readonly Passage[]): void {
    if (this.articles.has(article.id)) this.removeArticle(article.id);
    this.articles.set(article.id, article);
    const { perPassage, articleTopics, density } = topicsOfArticle(this.parts.detector, article, passages);
    const ids: number[] = [];
    passages.forEach((passage, k) => {
      const doc = this.docs.length;
      ids.push(doc);
      const counts = new Map<string, number>();
      let length = 0;
      for (const tok of tokenize(passage.text)) {
        counts.set(tok.term, (counts.get(tok.term) ?? 0) + 1);
        length++;
      }
      for (const hit of this.parts.entities.find(passage.text)) counts.set(hit.key, (counts.get(hit.key) ?? 0) + 1);
      // How much the passage says of a topic: its mentions, up to a few.
      for (const t of perPassage[k]!) counts.set(`t:${t.id}`, Math.min(TOPIC_TF_CAP, t.mentions.length));
      // How much of its article is about the topic, in tenths: a passage of
      // the AI governance article is more about AI governance than one of a
      // conference report that gives it a paragraph.
      for (const t of articleTopics) counts.set(`a:${t}`, density.get(t)!);
      for (const [term, tf] of counts) {
        let list = this.postings.get(term);
        if (!list) {
          list = { docs: [], tfs: [] };
          this.postings.set(term, list);
        }
        list.docs.push(doc);
        list.tfs.push(tf);
      }
      this.docs.push({
        passage,
        article,
        length,
        topics: perPassage[k]!.map((t) => t.id),
        articleTopics: [...articleTopics],
        deleted: false,
        prior: 1,
      });
      this.live++;
      this.totalLength += length;
    });
    this.byArticle.set(article.id, ids);
    this.revision++;
  }

  /** Removes an article; its postings are skipped until the next compaction. */
  removeArticle(articleId: string): boolean {
    const ids = this.byArticle.get(articleId);
    if (!ids) return false;
    for (const id of ids) {
      const doc = this.docs[id]!;
      if (doc.deleted) continue;
      doc.deleted = true;
      this.live--;
      this.totalLength -= doc.length;
    }
    this.byArticle.delete(articleId);
    this.articles.delete(articleId);
    this.revision++;
    return true;
  }

  /** Number of live passages holding the term. */
  docFreq(term: string): number {
    const list = this.postings.get(term);
    if (!list) return 0;
    let n = 0;
    for (const d of list.docs) if (!this.docs[d]!.deleted) n++;
    return n;
  }

  /** BM25's inverse document frequency; 0 for a term no passage holds. */
  idf(term: string): number {
    const list = this.postings.get(term);
    if (!list) return 0;
    // Posting length counts deleted passages too; close enough between compactions.
    const df = list.docs.length;
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  postingsOf(term: string): PostingList | undefined {
    return this.postings.get(term);
  }

  passagesOf(articleId: string): number[] {
    return this.byArticle.get(articleId) ?? [];
  }

  /** Number of distinct index terms. */
  get vocabularySize(): number {
    return this.postings.size;
  }

  /**
   * The index as compact plain data, so it can be shipped or stored instead of
   * rebuilt: postings are delta- and varint-coded, then base64-encoded.
   * Deleted passages are dropped (this is also the compaction).
   */
  serialize(): SerializedIndex {
    const remap = new Map<number, number>();
    this.docs.forEach((d, i) => {
      if (!d.deleted) remap.set(i, remap.size);
    });
    const terms: string[] = [];
    const bytes: number[] = [];
    for (const [term, list] of this.postings) {
      const body: number[] = [];
      let prev = -1;
      let count = 0;
      list.docs.forEach((doc, k) => {
        const id = remap.get(doc);
        if (id === undefined) return;
        varint(body, id - prev - 1);
        varint(body, list.tfs[k]!);
        prev = id;
        count++;
      });
      if (!count) continue;
      terms.push(term);
      varint(bytes, count);
      for (const b of body) bytes.push(b);
    }
    return {
      version: 1,
      docs: this.docs
        .filter((d) => !d.deleted)
        .map((d): SerializedDoc => (d.finds ? [d.passage.id, d.length, d.topics, d.articleTopics, d.prior, d.finds] : [d.passage.id, d.length, d.topics, d.articleTopics, d.prior])),
      terms,
      postings: toBase64(Uint8Array.from(bytes)),
    };
  }

  /** Rebuilds an index from `serialize()` output and the corpus it was made from. */
  static restore(corpus: CorpusData, data: SerializedIndex, parts: IndexParts): CorpusIndex {
    if (data.version !== 1) throw new Error(`index format ${String(data.version)} is not supported`);
    const index = new CorpusIndex(parts);
    const passages = new Map(corpus.passages.map((p) => [p.id, p]));
    for (const a of corpus.articles) index.articles.set(a.id, a);
    for (const [id, length, topics, articleTopics, prior, finds] of data.docs) {
      const passage = passages.get(id);
      const article = passage && index.articles.get(passage.articleId);
      if (!passage || !article) throw new Error(`index names passage "${id}", which the corpus does not hold`);
      const doc = index.docs.length;
      index.docs.push({ passage, article, length, topics, articleTopics, deleted: false, prior: prior ?? 1, ...(finds ? { finds } : {}) });
      index.live++;
      index.totalLength += length;
      const list = index.byArticle.get(article.id);
      if (list) list.push(doc);
      else index.byArticle.set(article.id, [doc]);
    }
    const { read, done } = varintReader(fromBase64(data.postings));
    for (const term of data.terms) {
      const count = read();
      const docs = new Array<number>(count);
      const tfs = new Array<number>(count);
      let prev = -1;
      for (let k = 0; k < count; k++) {
        prev += read() + 1;
        docs[k] = prev;
        tfs[k] = read();
      }
      index.postings.set(term, { docs, tfs });
    }
    if (!done()) throw new Error('index postings are corrupt: bytes left over');
    index.revision++;
    return index;
  }

  /**
   * Lower-case surface word -> index term. Built on first use: only the
   * search box and highlighting need it, not the page ranking.
   */
  surfaceForms(): Map<string, string> {
    if (this.surfacesRevision !== this.revision) {
      this.surfaces.clear();
      for (const d of this.docs) {
        if (d.deleted) continue;
        for (const tok of tokenize(d.passage.text)) {
          const surface = d.passage.text.slice(tok.start, tok.end).toLowerCase();
          if (!this.surfaces.has(surface)) this.surfaces.set(surface, tok.term);
        }
      }
      this.surfacesRevision = this.revision;
    }
    return this.surfaces;
  }
}
