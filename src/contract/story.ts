/** The briefing (story/briefing.json) as the pipeline resolves it and the player shows it. Plain JSON only. */
import type { Section, SourceMeta } from './article.ts';

/** A cited paragraph, resolved to its verbatim text and who wrote it. */
export interface Citation {
  /** The excerpt id as the briefing cites it: `<article>#p<paragraph>`. */
  id: string;
  article: string;
  paragraph: number;
  section: Section;
  text: string;
  /** The host page's metadata. */
  meta: SourceMeta;
  /** Who wrote the cited text (a related story's own outlet and headline, never the host page's author). */
  source: SourceMeta;
  /** The Chicago author-date reference-list entry for `source`, as plain text (formatted by the pipeline). */
  reference: string;
}

/** Where a step puts the map: MapLibre's center (`[lng, lat]`), zoom, bearing and pitch. */
export interface StoryCamera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface StoryStep {
  title: string;
  narration: string;
  /** The presenter's notes ('' when none). */
  notes: string;
  camera: StoryCamera;
  /** The layers the step shows, and only those. */
  layers: string[];
  /** Features the step highlights. */
  highlight: string[];
  /** The day the step speaks of (`YYYY-MM-DD`): the map and panels show what was known on it. */
  asOf?: string;
  cite: Citation[];
}

export interface Story {
  title: string;
  steps: StoryStep[];
}
