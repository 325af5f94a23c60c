/**
 * How figures stand to each other (DESIGN.md §3, "Sources differ"): the rule the pipeline writes a
 * fact's verdict with, and the app applies again to what was known on a day. Imports only the contract.
 */
import type { FigureNumber, Verdict } from './dataset.ts';

/** A figure as a closed-or-open range [min, max], max null for "or more". */
export function asRange(number: FigureNumber): [number, number | null] {
  return typeof number === 'number' ? [number, number] : number;
}

/** Orders two claim dates; without a year on either side, by month and day. */
export function compareDates(left: string, right: string): number {
  if (left.startsWith('--') || right.startsWith('--')) return left.slice(-5).localeCompare(right.slice(-5));
  return left.localeCompare(right);
}

export interface DatedFigure {
  number: FigureNumber | null;
  asOf: string | null;
}

/** Whether two figures can both be true: their ranges overlap. */
export function overlaps(left: FigureNumber, right: FigureNumber): boolean {
  const [leftMin, leftMax] = asRange(left);
  const [rightMin, rightMax] = asRange(right);
  return (leftMax === null || rightMin <= leftMax) && (rightMax === null || leftMin <= rightMax);
}

/**
 * How a fact's claims stand. `agree` when every pair of figures can both be true; `changed` when
 * every pair that cannot is stated at different, known dates (a toll that rose); `differ` when some
 * pair cannot both be true at the same (or an unknown) time; `single` with fewer than two figures.
 */
export function verdictOf(claims: readonly DatedFigure[]): Verdict {
  const figures = claims.filter(
    (claim): claim is DatedFigure & { number: FigureNumber } => claim.number !== null,
  );
  if (figures.length < 2) return 'single';
  let changed = false;
  for (let left = 0; left < figures.length; left += 1)
    for (let right = left + 1; right < figures.length; right += 1) {
      const a = figures[left]!;
      const b = figures[right]!;
      if (overlaps(a.number, b.number)) continue;
      const order = a.asOf !== null && b.asOf !== null ? compareDates(a.asOf, b.asOf) : 0;
      if (order === 0) return 'differ';
      changed = true;
    }
  return changed ? 'changed' : 'agree';
}
