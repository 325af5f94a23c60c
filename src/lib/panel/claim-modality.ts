import type { ResolvedClaim } from '../../contract/dataset.ts';

/**
 * How the panel says who states a figure: nothing for the outlet's own figure; "per Ukraine's defence
 * ministry" for one it credits to someone; "reportedly (no source named)" when it names no one;
 * "projected, not a count" for a possibility, and who projects it where the text says.
 */
export function modalityLine(claim: Pick<ResolvedClaim, 'modality' | 'attributedTo'>): string | null {
  switch (claim.modality) {
    case 'attributed':
      return claim.attributedTo ? `per ${claim.attributedTo}` : 'reportedly (no source named)';
    case 'projected':
      return claim.attributedTo
        ? `projected, per ${claim.attributedTo}: not a count`
        : 'projected: not a count';
    default:
      return null;
  }
}

/** A fact's counted claims (in the verdict) and its projections (listed apart, never counted). */
export function splitProjections<T extends Pick<ResolvedClaim, 'modality'>>(
  claims: readonly T[],
): { counted: T[]; projected: T[] } {
  return {
    counted: claims.filter((claim) => claim.modality !== 'projected'),
    projected: claims.filter((claim) => claim.modality === 'projected'),
  };
}
