import { scaleSqrt, type ScaleContinuousNumeric } from 'd3-scale';

/** Largest symbol radius in pixels, for the largest troop figure on the map. */
export const MAX_SYMBOL_RADIUS = 40;

/**
 * Troop figures as circles whose area is proportional to the number of troops. The map and the
 * legend both draw from this one scale, so the legend cannot disagree with the map.
 */
export function troopScale(maxTroops: number): ScaleContinuousNumeric<number, number> {
  if (!(maxTroops > 0)) throw new Error(`troopScale needs a positive maximum, got ${maxTroops}`);
  return scaleSqrt().domain([0, maxTroops]).range([0, MAX_SYMBOL_RADIUS]);
}

/**
 * Figures for the legend, largest first: the largest and smallest figures on the map exactly, and
 * a round figure between them (geometric middle) so the eye can interpolate.
 */
export function legendValues(values: readonly number[]): number[] {
  const positive = values.filter((value) => value > 0);
  if (positive.length === 0) return [];
  const max = Math.max(...positive);
  const min = Math.min(...positive);
  const middle = Math.sqrt(max * min);
  const magnitude = 10 ** Math.floor(Math.log10(middle));
  const roundMiddle = Math.round(middle / magnitude) * magnitude;
  const candidates = max / min >= 4 ? [max, roundMiddle, min] : [max, min];
  return [...new Set(candidates)].sort((a, b) => b - a);
}
