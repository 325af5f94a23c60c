import type { Article } from '../../contract/article.ts';
import type { FeatureEvidence, FeatureSummary, ResolvedFact } from '../../contract/dataset.ts';
import type { FeatureSource } from '../../contract/dataset.ts';
import type { Timeline } from '../../contract/timeline.ts';
import { buildTimeline } from './build-timeline.ts';
import { timelineArticle } from './timeline-article.ts';

/**
 * The timeline of a streamed build: it is handed each article and each feature's evidence as the
 * reduce passes them, keeps only what the timeline reads (an article's paragraphs that name a time,
 * a feature's sources and facts), and builds the timeline at the end.
 */
export class TimelineCollector {
  readonly #articles: Article[] = [];
  readonly #features = new Map<
    string,
    { sources: readonly FeatureSource[]; facts: readonly ResolvedFact[] }
  >();

  article(article: Article): void {
    this.#articles.push(timelineArticle(article));
  }

  feature(id: string, evidence: FeatureEvidence): void {
    this.#features.set(id, { sources: evidence.sources, facts: evidence.facts });
  }

  /** The timeline, given the map's features (names and `when`, in layer order). */
  finish(features: readonly FeatureSummary[]): Timeline {
    return buildTimeline({
      articles: this.#articles,
      features: features.map((feature) => ({
        id: feature.id,
        name: feature.name,
        ...(feature.when ? { when: feature.when } : {}),
        sources: this.#features.get(feature.id)?.sources ?? [],
        facts: this.#features.get(feature.id)?.facts ?? [],
      })),
    });
  }
}
