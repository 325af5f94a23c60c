/** Shapes that flow from the pipeline to the CLI, the tests and the app. Plain JSON only. */

/**
 * Where a paragraph stands in its page. `standfirst`: the summary under the headline (the outlet's,
 * not the body's prose). `caption`: a photo or gallery caption. `related`: a related story's blurb.
 */
export type Section = 'body' | 'standfirst' | 'caption' | 'related';

export interface DroppedLine {
  /** 1-based line number in the seed file. */
  line: number;
  text: string;
  reason: string;
}

export interface CleanBlock {
  /** 1-based line number of the block's first line in the seed file. */
  line: number;
  section: Section;
  /** Verbatim text, exactly as in the seed (only surrounding white space trimmed). */
  text: string;
  /** For related stories: the headline the blurb stood under. */
  heading?: string;
  /**
   * Who wrote this block when it is not the article's own text (a related story's headline and the
   * outlet its dateline names). Absent for the article's own body and captions.
   */
  source?: SourceMeta;
  /** For a caption: the photographer and agency the page credits ("Mariya Gordeyeva/Reuters"). */
  credit?: string;
}

export interface CleanArticle {
  blocks: CleanBlock[];
  dropped: DroppedLine[];
  /** The headline the cleaner reported as the title (null when the page has none). */
  firstLine: string | null;
}

export interface Sentence {
  id: string;
  /** Character offsets into the paragraph text. */
  start: number;
  end: number;
}

export interface Paragraph {
  id: string;
  index: number;
  line: number;
  section: Section;
  text: string;
  heading?: string;
  sentences: Sentence[];
  /** Who wrote this paragraph, as the page states it: the article's source, or a related story's own. */
  source: SourceMeta;
  /**
   * The Chicago author-date reference for `source` (what Excerpt.reference and Citation.reference carry),
   * formatted in the per-article stage: on the worker pool, and cached with the article.
   */
  reference: string;
  /** Where the paragraph stands in its page (set by the pipeline once the page text is known). */
  selector?: TextQuoteSelector;
}

/** Who wrote a text, as the text itself states it; null where it does not. */
export interface SourceMeta {
  outlet: string | null;
  title: string | null;
  author: string | null;
  date: string | null;
  /**
   * The site the text was read on when it is not the outlet that wrote it: a wire story ("MOSCOW
   * (AP) —") on a local paper's page is credited to the wire, `via` the host. Absent or null otherwise.
   */
  via?: string | null;
  /**
   * For a caption: the photographer and agency as the page credits them ("Mariya Gordeyeva/Reuters"),
   * never the article's author. Absent or null when the page states none.
   */
  credit?: string | null;
  /**
   * For a page with no full date: its update or publication notice as stated ("updated on January 6"),
   * verbatim; the year it does not state is not guessed. Absent or null otherwise.
   */
  updated?: string | null;
}

/**
 * An article's metadata. `date` is `YYYY-MM-DD` when the text states a full date (else null);
 * `dateText` is the date as the text states it.
 */
export interface ArticleMeta extends SourceMeta {
  dateText: string | null;
}

/** Where each metadata value came from: "sources.json", "line 4 (byline)", "JSON-LD headline", "og:site_name"; null when not found. */
export interface MetaOrigin {
  outlet: string | null;
  title: string | null;
  author: string | null;
  date: string | null;
  /** Where the host site named in `via` was found; absent when there is no `via`. */
  via?: string | null;
}

export interface Article {
  /** Seed file name without its extension. */
  id: string;
  file: string;
  meta: ArticleMeta;
  metaFrom: MetaOrigin;
  paragraphs: Paragraph[];
  dropped: DroppedLine[];
}

/**
 * How words refer to a feature without naming it: a demonym or adjective (`demonym`: "Ukrainians",
 * "Kazakh"), an epithet resolved to the feature named last (`epithet`: "the country", "the Central
 * Asian nation"), a paragraph opening on a pronoun that stands for what the paragraph before was
 * about (`pronoun`: "It's a strategic issue …"), or on a comparison whose subject is what the
 * paragraph before was about (`comparison`: "As in Belarus, …"). A reference counts for less than a name.
 */
export type ReferenceKind = 'demonym' | 'epithet' | 'pronoun' | 'comparison';

export interface Mark {
  start: number;
  end: number;
  /** The alias that matched, as written in the geo file (for a pronoun, the pronoun as written). */
  alias: string;
  /** Set when the words refer to the feature rather than name it. Absent for a name. */
  reference?: ReferenceKind;
  /**
   * Set when the words name a more specific feature that lies within this one (e.g. "Almaty" as
   * weaker evidence for Kazakhstan): that feature's id. Absent for a direct mention.
   */
  via?: string;
}

export interface SourceRef {
  article: string;
  paragraph: number;
}

/** A sentence of this paragraph that other articles carry near-verbatim (character offsets in the paragraph). */
export interface CarriedSentence {
  start: number;
  end: number;
  /** The paragraphs of other articles that carry this sentence. */
  by: SourceRef[];
}

/** W3C Web Annotation TextQuoteSelector: finds the quote again in the page it came from. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The paragraph text, verbatim. */
  exact: string;
  /** Up to 32 characters of the page text just before the paragraph ("" at the start). */
  prefix: string;
  /** Up to 32 characters of the page text just after the paragraph ("" at the end). */
  suffix: string;
}

export interface Excerpt {
  /** Stable id: `<article>#p<paragraph>`. */
  id: string;
  article: string;
  paragraph: number;
  section: Section;
  text: string;
  score: number;
  marks: Mark[];
  /** Who wrote this text (for a related story: that story, never the host page). */
  source: SourceMeta;
  /**
   * The Chicago author-date reference-list entry for `source`, as plain text ("Basu, Zachary. 2022.
   * “Kazakhstan Uprising …” Axios, January 6."): formatted by the pipeline, so the app cites, copies and
   * exports without a citation formatter of its own.
   */
  reference: string;
  /**
   * The sentences of this paragraph that other articles carry near-verbatim (same sentence, other
   * outlet). Sharing a phrase or a name is not carrying. Empty when no sentence is carried.
   */
  carried: CarriedSentence[];
  /** Every paragraph named in `carried[].by`, once each: "also carried by". */
  alsoIn: SourceRef[];
  /**
   * Set when this paragraph reproduces words another article wrote first (the original): that
   * original's paragraph. The original then leads and this one is shown as quoting it.
   */
  quotes: SourceRef | null;
  /** Where the text stands in its page, for finding it again (W3C Web Annotation). */
  selector: TextQuoteSelector;
  /**
   * Set when this paragraph is shown only as context: the id of the excerpt (the next paragraph of the
   * same article) that leans on it ("For instance, …", "That …", "But …") and speaks of the feature.
   * It then stands right after that excerpt, has no marks, and the panel labels it as context.
   * Absent for a paragraph that speaks of the feature itself.
   */
  contextFor?: string;
}

export interface Problem {
  file: string;
  line?: number;
  message: string;
}
