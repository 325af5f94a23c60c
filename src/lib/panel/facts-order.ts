import type { FeatureSource, ResolvedClaim, ResolvedFact } from '../../contract/dataset.ts';

/** What the panel says of a fact's claims: only a real disagreement is "Sources differ". */
export const VERDICT_FLAG: Record<ResolvedFact['verdict'], string | null> = {
  differ: 'Sources differ',
  changed: 'Figure changed over time',
  agree: 'Sources agree',
  single: null,
};

/** Claims as shown: in date order for a figure that changed (undated last, ties kept), else as given. */
export function claimsInOrder(fact: ResolvedFact): ResolvedClaim[] {
  if (fact.verdict !== 'changed') return fact.claims;
  return fact.claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => {
      if (a.claim.asOf === b.claim.asOf) return a.index - b.index;
      if (a.claim.asOf === null) return 1;
      if (b.claim.asOf === null) return -1;
      return a.claim.asOf < b.claim.asOf ? -1 : 1;
    })
    .map(({ claim }) => claim);
}

/** The feature's sources that no article states: shown apart, as context with their named source. */
export function contextSources(sources: readonly FeatureSource[]): FeatureSource[] {
  return sources.filter((source) => source.context);
}

/**
 * A context entry's line: what the source says and who says it. The pipeline's display line names the
 * source; when it does not carry the outlet, the outlet, title and date are added so none is left out.
 */
export function contextLine(source: FeatureSource): string {
  const named = [source.outlet, source.title && `“${source.title}”`, source.date].filter(Boolean).join(', ');
  if (!named) return source.source;
  if (source.outlet && source.source.includes(source.outlet)) return source.source;
  return source.source ? `${source.source} (${named})` : named;
}

/** A link only for a web address; anything else (a `javascript:` URL in a geo file) is shown as no link. */
export function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
