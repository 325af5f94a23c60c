/** The typed JSON the pipeline hands to the app: map data first, evidence loaded on demand. */
import type { Feature, FeatureCollection, Geometry, Point } from './geojson.ts';
import type {
  ArticleMeta,
  Excerpt,
  MetaOrigin,
  Problem,
  Section,
  SourceMeta,
  DroppedLine,
} from './article.ts';
import type { LayerStyle } from './layer-style.ts';
import type { FeatureWhen } from './timeline.ts';

export interface LayerSummary {
  id: string;
  name: string;
  description: string;
  order: number;
  visible: boolean;
  /** How the layer is drawn and its legend, from the layer header (absent: the default look). */
  style?: LayerStyle;
  /** Features drawn in this layer, including members of other layers (Kazakhstan in the CSTO). */
  featureIds: string[];
  excerptCount: number;
}

export interface FeatureSummary {
  id: string;
  name: string;
  kind: string;
  layer: string;
  memberOf: string[];
  /** Where the label and the troop symbol go, and where the camera centres. */
  anchor: [number, number];
  bbox: [number, number, number, number];
  /**
   * The troops the feature's geo data states, and its symbol's radius in pixels on the shared troop
   * scale (circle area proportional to troops; computed by the pipeline, so the app needs no scale).
   */
  troops: { value: number; label: string; radius: number } | null;
  excerptCount: number;
  /** When the feature holds, as a cited source states it (absent: always shown). */
  when?: FeatureWhen;
}

export interface RenderProperties {
  id: string;
  layer: string;
  /** All layers that draw this shape, space-separated and space-padded (" kazakhstan csto "): MapLibre filters test substrings, not arrays. */
  layers: string;
  name: string;
  kind: string;
  role: string;
  label: string;
}

export type RenderFeature = Feature<Geometry, RenderProperties>;

export interface MapData {
  /** How many steps the presentation has (0: none); the story itself loads on demand. */
  storySteps: number;
  layers: LayerSummary[];
  features: FeatureSummary[];
  /** Mission shapes, composite features split into parts. */
  shapes: FeatureCollection<Geometry, RenderProperties>;
  /** Natural Earth countries for the basemap, with the geo data's parts drawn where they are recognised. */
  basemap: FeatureCollection<Geometry, { name: string }>;
  /** Name points for the larger basemap countries. */
  basemapLabels: FeatureCollection<Point, { name: string }>;
  /**
   * The data's extent, `[[west, south], [east, north]]`: every feature's shape but those whose geo
   * data says `openingView: false`. The map opens on it, and "Reset view" returns to it.
   */
  openingBounds: [[number, number], [number, number]];
  /** Borders drawn otherwise than Natural Earth draws them, for the credits: "Crimea shown as Ukraine's". */
  borders: BorderCredit[];
  /** Whose words the excerpts are, for the credits: "RFE/RL, Axios, The Daily Beast and two further articles". */
  excerptSources: ExcerptSources;
  /** The troop legend's circles, largest first, on the map's own scale (empty without troop figures). */
  troopLegend: TroopTick[];
}

/** One circle of the troop legend. */
export interface TroopTick {
  value: number;
  /** Its radius in pixels, as the map draws that many troops. */
  radius: number;
}

/** The outlets the credits name, and how many articles they leave unnamed. */
export interface ExcerptSources {
  /** The outlets with the most articles, as the articles state them (at most three; ties in seed order). */
  outlets: string[];
  /** Articles from other outlets, or whose outlet the text does not state. */
  otherArticles: number;
}

/** A part of a Natural Earth country drawn in another (a geo feature's `naturalEarthPart`). */
export interface BorderCredit {
  /** The part's name ("Crimea"). */
  part: string;
  /** The country it is shown in ("Ukraine"). */
  shownIn: string;
}

/**
 * How a fact's claims stand to each other. `agree`: their ranges overlap. `differ`: disjoint ranges
 * about the same time (they cannot both be true). `changed`: disjoint ranges at different dates (a
 * figure that moved). `single`: one claim, or claims that are not figures.
 */
export type Verdict = 'agree' | 'differ' | 'changed' | 'single';

/** A figure as a number, or a range `[min, max]` where `max` null means "or more". */
export type FigureNumber = number | [number, number | null];

/**
 * How a claim states its figure: `reported` (the outlet states it), `attributed` (someone is said to
 * state it: `attributedTo`) or `projected` (could, may, is expected to reach). A projection is listed but
 * never enters a verdict.
 */
export type Modality = 'reported' | 'attributed' | 'projected';

export interface ResolvedClaim {
  /** The figure as the article states it ("more than 13,000"). */
  value: string;
  /** The figure parsed; null when the claim is not a figure (a status, an event). */
  number: FigureNumber | null;
  /**
   * The date the claim speaks of: the text's own, else the article's; null when neither says.
   * `YYYY-MM-DD`, or `--MM-DD` (ISO 8601 without a year) when no year is stated: a year is never guessed.
   */
  asOf: string | null;
  /** The words that state it, verbatim (the sentence, for a figure found in the text). */
  quote: string;
  article: string;
  paragraph: number;
  /** Character offsets of `quote` in the paragraph. */
  start: number;
  end: number;
  /** Who wrote it (for a related story: that story, never the host page). */
  source: SourceMeta;
  modality: Modality;
  /** Who the text says states it, verbatim ("Ukraine's defence ministry"); null when it names no one. */
  attributedTo: string | null;
}

export interface ResolvedFact {
  label: string;
  /** From the claims that are not projections. */
  verdict: Verdict;
  /** In date order (undated last) when the verdict is `changed`. */
  claims: ResolvedClaim[];
}

/** Where a feature's position, shape or a statement about it comes from. */
export interface FeatureSource {
  /** What the source backs: "border", "position", "late-2021 position". */
  what: string;
  /** One line for display: the outlet, title and date, or the curator's note. */
  source: string;
  outlet: string | null;
  title: string | null;
  /** YYYY-MM-DD or YYYY-MM, as the source gives it. */
  date: string | null;
  url: string | null;
  /** True when no article states this: shown as "context, not from the articles". */
  context: boolean;
}

/** An article's identity and metadata, without its text: what a panel needs to credit an excerpt. */
export interface ArticleSummary {
  id: string;
  meta: SourceMeta;
}

export interface ArticleEvidence {
  id: string;
  meta: SourceMeta;
  paragraphs: Array<{ index: number; section: Section; text: string; heading?: string }>;
}

export interface FeatureEvidence {
  /** Loaded with the evidence, not with the map: neither is needed to draw it. */
  description: string;
  aliases: string[];
  sources: FeatureSource[];
  facts: ResolvedFact[];
  excerpts: Excerpt[];
  /** Every article that this feature's excerpts and facts cite (metadata only; texts load per article). */
  articles: Record<string, ArticleSummary>;
}

/** One page of a feature's ranked excerpts: its own content-hashed file (an `Excerpt[]`). */
export interface ExcerptPage {
  url: string;
  /** How many excerpts it holds. */
  count: number;
}

/**
 * What a click on a feature fetches: its evidence with only the first window of excerpts (the best
 * ones, what the panel paints first). The rest of the ranked list follows in `pages`, in rank order;
 * `first` and the pages, concatenated, are the feature's whole ranked list. Counts, facts and the
 * source list are whole here, so the panel's header is complete before any page arrives.
 */
export interface FeatureHead extends Omit<FeatureEvidence, 'excerpts'> {
  /** The first window: the best excerpts, in rank order. */
  first: Excerpt[];
  /** How many excerpts the feature has in all (first window and pages). */
  excerptCount: number;
  /** How many excerpts each source has in all, by the panel's source key (source-key.ts). */
  sourceCounts: Record<string, number>;
  /** The rest of the ranked list, page by page, in order. */
  pages: ExcerptPage[];
}

export interface Evidence {
  articles: Record<string, ArticleEvidence>;
  features: Record<string, FeatureEvidence>;
}

export interface ArticleReport {
  id: string;
  file: string;
  meta: ArticleMeta;
  /** Where each metadata value came from (line, tag, JSON-LD, sources.json). */
  metaFrom: MetaOrigin;
  paragraphs: number;
  dropped: DroppedLine[];
}

export interface BuildReport {
  articles: ArticleReport[];
  problems: Problem[];
  warnings: Problem[];
}

/**
 * The small manifest on the critical path: where each piece of evidence is. Every URL names a
 * content-hashed static file (built by the Vite plugin, served by the dev server too).
 */
export interface EvidenceManifest {
  /** Feature id → its evidence file (a FeatureHead: the first window; it names its later pages). */
  features: Record<string, string>;
  /** Feature id → the gzip size of that file in bytes (what an idle prefetch of it would cost). */
  sizes: Record<string, number>;
  /** A file mapping article id → that article's file (an ArticleEvidence), fetched on the first read. */
  articles: string;
  /** The search manifest (a SearchManifest), fetched when the search box is first used. */
  search: string;
}
