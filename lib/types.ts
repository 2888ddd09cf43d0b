/** Plain, serializable data exchanged between the pipeline's stages and the extension's contexts. */

export interface ArticleMetadata {
  /** The address the page was loaded from. */
  url: string;
  /** `<link rel=canonical>` / `og:url` when present and valid, else `url`. */
  canonicalUrl: string;
  title: string;
  siteName: string | null;
  /** Byline people, cleaned ("By Jane Doe" -> "Jane Doe"). */
  authors: string[];
  /** ISO 8601 date (YYYY-MM-DD) of publication, or null when the page does not say. */
  published: string | null;
  /** BCP 47 language tag from the page (`<html lang>`, `og:locale`, JSON-LD), lower-case, or null. */
  language: string | null;
}

/** The article as extracted from the DOM: everything the text analysis needs, nothing live. */
export interface ExtractedArticle {
  metadata: ArticleMetadata;
  /** Body text blocks (paragraphs, list items, headings, captions) in reading order. */
  paragraphs: string[];
  /** Related-article links found in the ORIGINAL document. */
  related: RelatedLink[];
  /** Links inside the article text that point to other articles. */
  articleLinks: RelatedLink[];
}

export type Extraction =
  | {
      isArticle: true;
      article: ExtractedArticle;
      /** Positions of the elements the article was read from, when the document is a page snapshot (else empty). */
      articleElements: number[];
    }
  | { isArticle: false; reason: string };

export interface RelatedLink {
  title: string;
  /** Absolute http(s) URL. */
  url: string;
}

export interface RoleEvidence {
  role: string;
  /** The sentence of the article that states the role. */
  sentence: string;
}

export interface Person {
  /** Fullest form the article uses, e.g. "Vladimir Putin". */
  name: string;
  /** Stable lower-case key for this person within the article. */
  key: string;
  /** Most informative role first (what the card shows), or null. */
  role: string | null;
  roles: string[];
  /** Other surface forms used in the article ("Putin", "Mr. Putin"). */
  aliases: string[];
  mentions: number;
  /** Holds or held a government, parliament, military, diplomatic, party or international-body post. */
  official: boolean;
  evidence: RoleEvidence[];
}

export interface NewsEvent {
  name: string;
  aliases: string[];
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of the start, or null. */
  date: string | null;
  end: string | null;
  place: string | null;
  /** The sentence the event and its date come from. */
  evidence: string;
}

export interface ArticleAnalysis extends ArticleMetadata {
  isArticle: true;
  people: Person[];
  events: NewsEvent[];
  related: RelatedLink[];
  articleLinks: RelatedLink[];
}

export interface NotAnArticle {
  isArticle: false;
  reason: string;
}

export type Analysis = ArticleAnalysis | NotAnArticle;
