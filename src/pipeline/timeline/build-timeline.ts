import type { Article } from '../../contract/article.ts';
import type { Evidence, MapData, ResolvedFact } from '../../contract/dataset.ts';
import type { FeatureWhen, KnownOn, Timeline, TimelineItem, UndatedItem } from '../../contract/timeline.ts';
import { corpusYear } from './corpus-year.ts';
import { eventItems } from './event-items.ts';
import { featureItems, type TimelineFeature } from './feature-items.ts';
import { figureItems, type ArticleDates } from './figure-items.ts';
import { knownOn } from './known-on.ts';
import { publishedItem } from './published-item.ts';
import { referenceDay } from './reference-day.ts';

export interface TimelineInput {
  /** The articles (whole, or with only their paragraphs that name a time: see timelineArticle). */
  articles: readonly Article[];
  /** Every feature, in layer order, with its facts. */
  features: ReadonlyArray<TimelineFeature & { facts: readonly ResolvedFact[] }>;
}

/** The timeline's input from the in-process pipeline's output (the CLI and the tests). */
export function timelineInput(output: {
  articles: readonly Article[];
  mapData: Pick<MapData, 'features'>;
  evidence: Pick<Evidence, 'features'>;
}): TimelineInput {
  return {
    articles: output.articles,
    features: output.mapData.features.map((feature) => ({
      id: feature.id,
      name: feature.name,
      ...(feature.when ? { when: feature.when } : {}),
      sources: output.evidence.features[feature.id]?.sources ?? [],
      facts: output.evidence.features[feature.id]?.facts ?? [],
    })),
  };
}

const KIND_ORDER: Record<TimelineItem['kind'], number> = { published: 0, event: 1, figure: 2, feature: 3 };

/** Date order; within a day: kind, then article and paragraph, then feature. */
export function compareItems(left: TimelineItem, right: TimelineItem): number {
  return (
    left.date.localeCompare(right.date) ||
    KIND_ORDER[left.kind] - KIND_ORDER[right.kind] ||
    (left.article ?? '').localeCompare(right.article ?? '') ||
    (left.paragraph ?? -1) - (right.paragraph ?? -1) ||
    (left.feature ?? '').localeCompare(right.feature ?? '')
  );
}

/**
 * Every dated item of the corpus (publications, days the text states, fact claims, features' `when`),
 * in date order, with what cannot be dated listed apart, and the day each article is known from.
 * Pure: a function of the pipeline's output.
 */
export function buildTimeline({ articles, features: featureList }: TimelineInput): Timeline {
  const year = corpusYear(articles);
  const items: TimelineItem[] = [];
  const undated: UndatedItem[] = [];
  const known: Record<string, KnownOn> = {};
  const dates = new Map<string, ArticleDates>();
  for (const article of articles) {
    const reference = referenceDay(article, year);
    const published = publishedItem(article, reference, year);
    if (published) items.push(published);
    dates.set(article.id, { article, reference, referenceText: published?.dateText ?? null });
    const events = eventItems(article, reference, year);
    items.push(...events.items);
    undated.push(...events.undated);
    known[article.id] = knownOn(article, reference, events.items);
  }
  const figures = figureItems(
    [...featureList]
      .sort((left, right) => left.id.localeCompare(right.id))
      .map((feature) => [feature.id, feature.facts] as const),
    dates,
    year,
  );
  items.push(...figures.items, ...featureItems(featureList));
  undated.push(...figures.undated);
  const features: Record<string, FeatureWhen> = {};
  for (const feature of featureList) if (feature.when) features[feature.id] = feature.when;
  return { items: items.sort(compareItems), undated, articles: known, features, year };
}
