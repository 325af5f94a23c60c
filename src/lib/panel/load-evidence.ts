import type { Evidence } from '../../contract/dataset.ts';

let pending: Promise<Evidence> | null = null;

/** The excerpts and articles, loaded once on first need: they are not on the map's critical path. */
export function loadEvidence(): Promise<Evidence> {
  pending ??= import('virtual:two-fronts/evidence').then((module) => module.default);
  return pending;
}
