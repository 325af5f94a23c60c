import type { FeatureSummary, Evidence } from '../../pipeline/dataset-types.ts';

export interface FeatureResult {
  kind: 'feature';
  featureId: string;
  label: string;
  detail: string;
}

export interface TextResult {
  kind: 'text';
  featureId: string;
  article: string;
  paragraph: number;
  label: string;
  /** The matched words inside `label`. */
  start: number;
  end: number;
}

export type SearchResult = FeatureResult | TextResult;

const fold = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");

/** Features whose name or an alias contains the query, names first. */
export function searchFeatures(
  features: readonly FeatureSummary[],
  query: string,
  limit = 8,
): FeatureResult[] {
  const wanted = fold(query.trim());
  if (wanted.length === 0) return [];
  const scored: Array<{ rank: number; result: FeatureResult }> = [];
  for (const feature of features) {
    const name = fold(feature.name);
    const alias = feature.aliases.find((candidate) => fold(candidate).includes(wanted));
    const rank = name.startsWith(wanted) ? 0 : name.includes(wanted) ? 1 : alias ? 2 : -1;
    if (rank < 0) continue;
    scored.push({
      rank,
      result: {
        kind: 'feature',
        featureId: feature.id,
        label: feature.name,
        detail: rank === 2 && alias ? `${feature.kind} · “${alias}”` : feature.kind,
      },
    });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.result.label.localeCompare(b.result.label))
    .slice(0, limit)
    .map((entry) => entry.result);
}

const SNIPPET_RADIUS = 60;

/** Excerpts whose text contains the query, each pointing at the feature it is evidence for. */
export function searchExcerpts(evidence: Evidence, query: string, limit = 8): TextResult[] {
  const wanted = fold(query.trim());
  if (wanted.length < 3) return [];
  const results: TextResult[] = [];
  const seen = new Set<string>();
  for (const [featureId, feature] of Object.entries(evidence.features)) {
    for (const excerpt of feature.excerpts) {
      if (seen.has(excerpt.id)) continue;
      // Folding can change lengths only for rare characters; the snippet is then approximate, never wrong text.
      const at = fold(excerpt.text).indexOf(wanted);
      if (at < 0) continue;
      seen.add(excerpt.id);
      const from = Math.max(0, at - SNIPPET_RADIUS);
      const to = Math.min(excerpt.text.length, at + wanted.length + SNIPPET_RADIUS);
      const prefix = from > 0 ? '…' : '';
      const label = `${prefix}${excerpt.text.slice(from, to)}${to < excerpt.text.length ? '…' : ''}`;
      results.push({
        kind: 'text',
        featureId,
        article: excerpt.article,
        paragraph: excerpt.paragraph,
        label,
        start: prefix.length + at - from,
        end: prefix.length + at - from + wanted.length,
      });
      if (results.length >= limit) return results;
    }
  }
  return results;
}
