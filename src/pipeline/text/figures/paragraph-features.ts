import type { Mention } from '../match/mentions.ts';

/**
 * The features a paragraph is about, most weighed first (ties: first named first), from its named
 * mentions. A stopgap until the reference resolver says which features a paragraph is about.
 */
export function paragraphFeatures(mentions: readonly Mention[]): string[] {
  const weight = new Map<string, { total: number; first: number }>();
  for (const mention of mentions) {
    const seen = weight.get(mention.featureId);
    if (seen) seen.total += mention.weight;
    else weight.set(mention.featureId, { total: mention.weight, first: mention.start });
  }
  return [...weight]
    .sort(([, a], [, b]) => b.total - a.total || a.first - b.first)
    .map(([featureId]) => featureId);
}
