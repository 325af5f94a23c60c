import type { ArticleEvidence, Evidence, FeatureEvidence } from '../../contract/dataset.ts';

/**
 * The app's only door to the evidence. Callers ask for one feature or one article; how the evidence is
 * stored and fetched (one module today, pieces fetched on demand at scale) stays behind these functions.
 */
let pending: Promise<Evidence> | null = null;

/** Everything at once: for the full-text search until it has an index of its own. */
export function loadEvidence(): Promise<Evidence> {
  pending ??= import('virtual:two-fronts/evidence').then((module) => module.default);
  return pending;
}

/** One feature's excerpts, facts and the metadata of the articles they cite; undefined for an unknown id. */
export async function loadFeatureEvidence(featureId: string): Promise<FeatureEvidence | undefined> {
  return (await loadEvidence()).features[featureId];
}

/** One article's cleaned text, for the reader; undefined for an unknown id. */
export async function loadArticle(articleId: string): Promise<ArticleEvidence | undefined> {
  return (await loadEvidence()).articles[articleId];
}

/** Starts loading what a click on this feature will need (on hover, or when the browser is idle). */
export function prefetchFeature(featureId: string): void {
  void loadFeatureEvidence(featureId);
}
