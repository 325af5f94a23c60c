/** The timeline: every dated item of the corpus, and what "as known on" a day needs. Plain JSON only. */
import type { SourceMeta } from './article.ts';

/**
 * When a geo feature holds, as a cited source states it: `from` and `to` are `YYYY-MM-DD` (a source that
 * states no day gives no `when`). `to` is the last day, absent while it holds.
 */
export interface FeatureWhen {
  from: string;
  to?: string;
}

/**
 * `published`: an article's stated date. `event`: a day a paragraph states ("on 6 January"). `figure`:
 * the date a fact's claim speaks of. `feature`: the start of a geo feature's `when`.
 */
export type TimelineKind = 'published' | 'event' | 'figure' | 'feature';

export interface TimelineItem {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The date as the text states it ("January 10", "Thursday", "Saturday, January 8th, 2022"). */
  dateText: string;
  /** True when the year (or the day, for a weekday) was not stated but resolved from a stated date. */
  inferred: boolean;
  kind: TimelineKind;
  /** Verbatim: the sentence that states the date, the claim's words, the headline, or the feature's name. */
  text: string;
  article?: string;
  paragraph?: number;
  feature?: string;
  /** Who wrote `text` (for a related story: that story, never the host page). */
  source?: SourceMeta;
}

/** A date the text states that cannot be placed on the timeline without guessing ("last week", a yearless day in a corpus of many years). */
export interface UndatedItem {
  kind: TimelineKind;
  dateText: string | null;
  text: string;
  reason: string;
  article?: string;
  paragraph?: number;
  feature?: string;
}

/**
 * From which day an article is known: its stated date; else (inferred) the latest date its own text
 * states, since it cannot have been written before; null when it states none.
 */
export interface KnownOn {
  date: string | null;
  inferred: boolean;
}

/**
 * Where the app finds the timeline: a content-hashed JSON file beside the evidence (a Timeline), fetched
 * when the strip opens or "as known on" is first set, and cached by the offline worker as it is used.
 * It grows with the corpus (megabytes at a thousand articles), so it is data, not a precached script.
 */
export interface TimelineFile {
  url: string;
  /** Its gzip size: the idle prefetch fetches it only when it fits what is left of its budget. */
  gzipBytes: number;
}

export interface Timeline {
  /** In date order; items of one day in kind order (published, event, figure, feature). */
  items: TimelineItem[];
  undated: UndatedItem[];
  /** Article id → the day it is known from. */
  articles: Record<string, KnownOn>;
  /** Feature id → its `when`, for the features that have one. */
  features: Record<string, FeatureWhen>;
  /** The year of the corpus's stated dates when they all fall in one year (a yearless claim's year), else null. */
  year: string | null;
}
