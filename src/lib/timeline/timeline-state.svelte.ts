import timelineFile from 'virtual:two-fronts/timeline';
import type { Timeline } from '../../contract/timeline.ts';
import { fetchJson } from '../evidence/load-evidence.ts';
import { mayPrefetch } from '../evidence/may-prefetch.ts';
import type { AppState } from '../state/app-state.svelte.ts';
import { contextPair } from '../state/context.ts';
import type { AsOfView } from '../evidence/as-of-filter.ts';

let pending: Promise<Timeline> | null = null;

/** The timeline's data: its own file, fetched when the strip opens or "as known on" is first set. */
export const loadTimeline = (): Promise<Timeline> => (pending ??= fetchJson<Timeline>(timelineFile.url));

/**
 * On idle, after the features: fetches the timeline ahead of use if it fits the `budget` left (gzip
 * bytes), so a small corpus's timeline is at hand (and in the offline cache) before it is opened. A
 * large one waits for its first use. A failure is forgotten: the first use tries again and says so.
 */
export async function prefetchTimeline(budget: number): Promise<void> {
  if (!mayPrefetch() || timelineFile.gzipBytes > budget) return;
  await loadTimeline().catch(() => {
    pending = null;
  });
}

/** The loaded timeline and the "as known on" view of it; the day itself lives in AppState (the URL reads it there). */
export class TimelineState {
  data = $state.raw<Timeline | null>(null);
  /** Why the timeline could not be loaded, or null. */
  error = $state<string | null>(null);
  /**
   * What "as known on" needs to filter, or null when no day is set (or the data is not here yet): one
   * object per day, made when the day changes.
   */
  readonly view: AsOfView | null;
  /**
   * True while a day is set but the data to filter by it has not arrived: show nothing unfiltered.
   * Derived, so what reads it is not re-run by a step from one day to the next.
   */
  readonly waiting: boolean;

  constructor(app: AppState) {
    this.view = $derived.by(() => {
      const asOf = app.asOf;
      const data = this.data;
      if (asOf === null || data === null) return null;
      return { asOf, known: data.articles, year: data.year, hideUndated: app.hideUndated };
    });
    this.waiting = $derived(app.asOf !== null && this.data === null);
  }

  /** Loads the data once; a failure is kept in words (with a retry: call again). */
  load(): Promise<void> {
    this.error = null;
    return loadTimeline().then(
      (data) => {
        this.data = data;
      },
      (error: unknown) => {
        pending = null;
        this.error = error instanceof Error ? error.message : String(error);
      },
    );
  }
}

const timelineContext = contextPair<TimelineState>('TimelineState');
export const prepareTimelineState = timelineContext.prepare;
export const getTimelineState = timelineContext.get;
