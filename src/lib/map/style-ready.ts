import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Applies `apply` as soon as the style holds what it needs (`ready`), and again after every style
 * change (a hosted style swapped in recreates its layers). Not `isStyleLoaded()`: in MapLibre 6 that
 * is false while any tile loads, and `style.load` fires once, so waiting on either loses the change.
 * `apply` must be idempotent (setLayoutProperty and setFeatureState with equal values are no-ops).
 * Returns the cleanup.
 */
export function onStyleReady(map: MapLibreMap, ready: () => boolean, apply: () => void): () => void {
  const run = () => {
    if (ready()) apply();
  };
  run();
  map.on('styledata', run);
  return () => map.off('styledata', run);
}

/** The style has been parsed: its sources and layers exist, whatever the state of their tiles. */
export const hasSource = (map: MapLibreMap, source: string) => () => map.getSource(source) !== undefined;
