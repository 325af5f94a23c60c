import type { FeatureSource } from '../../contract/dataset.ts';
import type { FeatureWhen, TimelineItem } from '../../contract/timeline.ts';
import { WHEN_SOURCE } from '../geo/geo-schema.ts';

/** What the timeline needs of a feature: its name, its `when` and sources, its facts. */
export interface TimelineFeature {
  id: string;
  name: string;
  when?: FeatureWhen;
  sources: readonly FeatureSource[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2021-11" → "November 2021"; a full day stays as written. */
export function describeWhenDate(date: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  return month ? `${MONTHS[Number(month[2]) - 1]} ${month[1]}` : date;
}

/** The first day a `when` date covers: a month starts on its first. */
export const firstDay = (date: string): string => (date.length === 7 ? `${date}-01` : date);

/** The start of every feature's `when`, credited to the feature's "dates" source. */
export function featureItems(features: readonly TimelineFeature[]): TimelineItem[] {
  return features.flatMap((feature) => {
    if (!feature.when) return [];
    const cited = feature.sources.find((source) => source.what === WHEN_SOURCE);
    return [
      {
        date: firstDay(feature.when.from),
        dateText: describeWhenDate(feature.when.from),
        inferred: false,
        kind: 'feature' as const,
        text: feature.name,
        feature: feature.id,
        source: {
          outlet: cited?.outlet ?? null,
          title: cited?.title ?? cited?.source ?? null,
          author: null,
          date: cited?.date ?? null,
        },
      },
    ];
  });
}
