import type { FeatureSummary, Evidence } from '../../contract/dataset.ts';
import type { Excerpt } from '../../contract/article.ts';

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

/**
 * Features whose name or an alias contains the query, names first. Aliases come with the evidence
 * (loaded when the search box is first focused); until then names alone are searched.
 */
export function searchFeatures(
  features: readonly FeatureSummary[],
  query: string,
  evidence: Evidence | null = null,
  limit = 8,
): FeatureResult[] {
  const wanted = fold(query.trim());
  if (wanted.length === 0) return [];
  const scored: Array<{ rank: number; result: FeatureResult }> = [];
  for (const feature of features) {
    const name = fold(feature.name);
    const aliases = evidence?.features[feature.id]?.aliases ?? [];
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

const SNIPPET_RADIUS = 60;

/** Excerpts whose text contains the query, each pointing at the feature it is evidence for. */
export function searchExcerpts(evidence: Evidence, query: string, limit = 8): TextResult[] {
  const wanted = fold(query.trim());
  if (wanted.length < 3) return [];
  const results: TextResult[] = [];
  for (const { featureId, excerpt } of strongestFeaturePerParagraph(evidence)) {
    // Folding can change lengths only for rare characters; the snippet is then approximate, never wrong text.
    const at = fold(excerpt.text).indexOf(wanted);
    if (at < 0) continue;
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
  return results;
}

const paragraphsOf = new WeakMap<Evidence, Array<{ featureId: string; excerpt: Excerpt }>>();

/** Each paragraph once, attributed to the feature it is the strongest evidence for (computed once). */
function strongestFeaturePerParagraph(evidence: Evidence): Array<{ featureId: string; excerpt: Excerpt }> {
  const cached = paragraphsOf.get(evidence);
  if (cached) return cached;
  const best = new Map<string, { featureId: string; excerpt: Excerpt }>();
  for (const [featureId, feature] of Object.entries(evidence.features)) {
    for (const excerpt of feature.excerpts) {
      const known = best.get(excerpt.id);
      if (!known || excerpt.score > known.excerpt.score) best.set(excerpt.id, { featureId, excerpt });
    }
  }
  const list = [...best.values()];
  paragraphsOf.set(evidence, list);
  return list;
}
