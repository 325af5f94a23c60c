import type { FeatureSummary } from '../../contract/dataset.ts';
import { fold } from '../../contract/search.ts';

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
  marks: Array<{ start: number; end: number }>;
}

export type SearchResult = FeatureResult | TextResult;

/**
 * Features whose name or an alias contains the query, names first. Aliases come with the search
 * manifest (loaded when the search box is first focused); until then names alone are searched.
 */
export function searchFeatures(
  features: readonly FeatureSummary[],
  query: string,
  aliasesById: Readonly<Record<string, readonly string[]>> | null = null,
  limit = 8,
): FeatureResult[] {
  const wanted = fold(query.trim());
  if (wanted.length === 0) return [];
  const scored: Array<{ rank: number; result: FeatureResult }> = [];
  for (const feature of features) {
    const name = fold(feature.name);
    const aliases = aliasesById?.[feature.id] ?? [];
    const alias = aliases.find((candidate) => fold(candidate).includes(wanted));
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

/** Shorter queries search names only: two letters match half the corpus. */
export const MIN_TEXT_QUERY = 3;
