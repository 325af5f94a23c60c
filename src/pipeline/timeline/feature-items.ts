import type { TimelineItem } from '../../contract/timeline.ts';
import type { GeoLayerFile } from '../geo/load-geo.ts';
import { WHEN_SOURCE } from '../geo/geo-schema.ts';

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
export function featureItems(layers: readonly GeoLayerFile[]): TimelineItem[] {
  return layers.flatMap(({ features }) =>
    features.flatMap(({ properties }) => {
      if (!properties.when) return [];
      const cited = properties.sources.find((source) => source.what === WHEN_SOURCE);
      return [
        {
          date: firstDay(properties.when.from),
          dateText: describeWhenDate(properties.when.from),
          inferred: false,
          kind: 'feature' as const,
          text: properties.name,
          feature: properties.id,
          source: {
            outlet: cited?.outlet ?? null,
            title: cited?.title ?? cited?.source ?? null,
            author: null,
            date: cited?.date ?? null,
          },
        },
      ];
    }),
  );
}
