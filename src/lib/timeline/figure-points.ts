import type { ResolvedClaim } from '../../contract/dataset.ts';
import { claimDay } from '../evidence/as-of-filter.ts';

/** A claim placed on the figures-over-time chart: its day, and its figure as a range. */
export interface FigurePoint {
  claim: ResolvedClaim;
  day: string;
  low: number;
  /** The top of the range; null for "or more". */
  high: number | null;
  /** Where the point sits: the figure, or the middle of its range (its low end for "or more"). */
  value: number;
}

/** The claims that can be drawn (a figure and a day, a yearless day taking the corpus's year), by day. */
export function figurePoints(claims: readonly ResolvedClaim[], year: string | null): FigurePoint[] {
  return claims
    .flatMap((claim) => {
      const day = claimDay(claim.asOf, year);
      if (day === null || claim.number === null) return [];
      const [low, high] = typeof claim.number === 'number' ? [claim.number, claim.number] : claim.number;
      return [{ claim, day, low, high, value: high === null ? low : (low + high) / 2 }];
    })
    .sort((a, b) => a.day.localeCompare(b.day));
}
