/** Named chunks, so the benchmark can tell MapLibre, the map data and the app apart. Shared by both builds. */
export const CHUNK_GROUPS = [
  { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
  { name: 'map-data', test: /two-fronts\/map-data/ },
];
