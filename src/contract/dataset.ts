/** The typed JSON the pipeline hands to the app: map data first, evidence loaded on demand. */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type {
  ArticleMeta,
  Excerpt,
  MetaOrigin,
  Problem,
  Section,
  SourceMeta,
  DroppedLine,
} from './article.ts';

export interface LayerSummary {
  id: string;
  name: string;
  description: string;
  order: number;
  visible: boolean;
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
  troops: { value: number; label: string } | null;
  excerptCount: number;
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
  /** Natural Earth countries for the basemap (Crimea recognised as Ukraine's). */
  basemap: FeatureCollection<Geometry, { name: string }>;
  /** Name points for the larger basemap countries. */
  basemapLabels: FeatureCollection<Point, { name: string }>;
}

export interface ResolvedClaim {
  value: string;
  article: string;
  paragraph: number;
  start: number;
  end: number;
  quote: string;
}

export interface ResolvedFact {
  label: string;
  claims: ResolvedClaim[];
  /** True when the claims do not all state the same figure. */
  disputed: boolean;
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
  sources: Array<{ what: string; source: string }>;
  facts: ResolvedFact[];
  excerpts: Excerpt[];
  /** Every article that this feature's excerpts and facts cite (metadata only; texts load per article). */
  articles: Record<string, ArticleSummary>;
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
