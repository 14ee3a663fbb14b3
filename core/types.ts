// Shapes shared by every part of the product. Plain data only: these cross
// process boundaries (corpus build -> extension, content script -> background).

export type Lang = 'en' | 'zh';

/** A date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PartialDate = string;

export interface ArticleMeta {
  id: string;
  headline: string;
  outlet: string;
  /** null when the date is unknown; never guessed. */
  published: PartialDate | null;
  /** The original's address; null when unknown; never guessed. */
  url: string | null;
  /** A known copy (syndication, archive) when the original is unknown or gone. */
  copyUrl: string | null;
  language: Lang;
  author: string | null;
  /** What is known of the source that fits no field, e.g. "exact day unknown". */
  note: string | null;
  origin: 'bundled' | 'user';
}

export interface Passage {
  /** `${articleId}#${index}` */
  id: string;
  articleId: string;
  /** 0-based position among the article's passages. */
  index: number;
  /** The subheading the passage sits under, if the article has one. */
  section: string | null;
  /** Verbatim text of one paragraph. */
  text: string;
}

export interface CorpusData {
  version: 1;
  articles: ArticleMeta[];
  passages: Passage[];
}
