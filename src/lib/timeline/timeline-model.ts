import type { FeatureWhen, Timeline, TimelineItem } from '../../contract/timeline.ts';

/** The first and last day the timeline covers (items and features' spans), or null when nothing is dated. */
export function timelineSpan(timeline: Timeline): { first: string; last: string } | null {
  const days = [
    ...timeline.items.map((item) => item.date),
    ...Object.values(timeline.features).flatMap((when) => (when.to ? [when.to] : [])),
  ].sort();
  const first = days[0];
  const last = days.at(-1);
  return first === undefined || last === undefined ? null : { first, last };
}

/** Each day that has items, with how many, in date order. */
export function dayCounts(items: readonly TimelineItem[]): Array<{ day: string; count: number }> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.date, (counts.get(item.date) ?? 0) + 1);
  return [...counts].map(([day, count]) => ({ day, count })).sort((a, b) => a.day.localeCompare(b.day));
}

/** The items of one day, in the timeline's order. */
export const itemsOn = (items: readonly TimelineItem[], day: string): TimelineItem[] =>
  items.filter((item) => item.date === day);

export interface FeatureSpan {
  feature: string;
  from: string;
  /** The last day drawn: the span's `to`, else the timeline's last day (it still holds). */
  to: string;
  open: boolean;
}

/** Each dated feature's span, by start. */
export function featureSpans(features: Readonly<Record<string, FeatureWhen>>, last: string): FeatureSpan[] {
  return Object.entries(features)
    .map(([feature, when]) => ({
      feature,
      from: when.from,
      to: when.to ?? last,
      open: when.to === undefined,
    }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.feature.localeCompare(b.feature));
}

/** Spans in lanes: each lane holds spans that do not overlap, so none hides another. */
export function inLanes(spans: readonly FeatureSpan[]): Array<FeatureSpan & { lane: number }> {
  const laneEnds: string[] = [];
  return spans.map((span) => {
    let lane = laneEnds.findIndex((end) => end < span.from);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = span.to;
    return { ...span, lane };
  });
}
