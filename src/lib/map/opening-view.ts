import type { FitBoundsOptions, LngLatBoundsLike } from 'maplibre-gl';
import type { MapData } from '../../contract/dataset.ts';

/** Room (px) kept round the opening bounds: a point on their edge keeps its label in view. */
export const BOUNDS_MARGIN = 40;

/**
 * The map's opening view when no camera is linked: the data's opening bounds with BOUNDS_MARGIN round
 * them, as MapLibre's constructor takes it. Plain (no runes), so the bench's styled reference page
 * opens where the app does.
 */
export const openingView = (
  data: Pick<MapData, 'openingBounds'>,
): { bounds: LngLatBoundsLike; fitBoundsOptions: FitBoundsOptions } => ({
  bounds: data.openingBounds,
  fitBoundsOptions: { padding: BOUNDS_MARGIN },
});
