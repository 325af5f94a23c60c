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

/** The start of every feature's `when`, credited to the feature's "dates" source. */
export function featureItems(features: readonly TimelineFeature[]): TimelineItem[] {
  return features.flatMap((feature) => {
    if (!feature.when) return [];
    const cited = feature.sources.find((source) => source.what === WHEN_SOURCE);
    return [
      {
        date: feature.when.from,
        dateText: feature.when.from,
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
