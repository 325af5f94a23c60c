import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** A reference page's map, for the benchmark's redraw floor (`redrawFloor` in bench/browser-figures.ts). */
    referenceMap?: MapLibreMap;
  }
}
