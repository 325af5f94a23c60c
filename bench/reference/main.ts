/**
 * The least a MapLibre map can do with the dashboard's data: no framework, no UI, the same
 * country geometry and the same point and line features. The benchmark compares the app to this.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import mapData from 'virtual:two-fronts/map-data';

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
  container: 'map',
  bounds: [
    [21, 36],
    [88, 57],
  ],
  style: {
    version: 8,
    sources: {
      basemap: { type: 'geojson', data: mapData.basemap },
      mission: { type: 'geojson', data: mapData.shapes },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#c8d9e3' } },
      { id: 'land', type: 'fill', source: 'basemap', paint: { 'fill-color': '#f4f1ea' } },
      { id: 'borders', type: 'line', source: 'basemap', paint: { 'line-color': '#a39e93' } },
      {
        id: 'mission-fill',
        type: 'fill',
        source: 'mission',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': '#b5342f', 'fill-opacity': 0.2 },
      },
      {
        id: 'mission-lines',
        type: 'line',
        source: 'mission',
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: { 'line-color': '#5b2a86', 'line-width': 2 },
      },
      {
        id: 'mission-points',
        type: 'circle',
        source: 'mission',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-radius': 6, 'circle-color': '#1d4e89' },
      },
    ],
  },
});
map.once('idle', () => performance.mark('map-idle'));
// For the benchmark's redraw floor: how fast this map can redraw, back to back.
window.referenceMap = map;
