/**
 * The bare reference page drawing the app's own map: the style `buildStyle` makes (labels, markers,
 * patterns, data-driven paint, the layers shown at first) and its images, with no framework and no UI.
 * Its first idle against the bare page's is what the app's style costs; the app's against it is what
 * the rest of the app (Svelte, the sidebar, the controls) adds to the map's start.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import mapData from 'virtual:two-fronts/map-data';
import { buildStyle } from '../../../src/lib/map/style.ts';
import { openingView } from '../../../src/lib/map/opening-view.ts';

setWorkerUrl(workerUrl);
const shown = mapData.layers.filter((layer) => layer.visible).map((layer) => layer.id);
const { style, images } = buildStyle(mapData, shown);
// Where the app opens when no camera is linked.
const map = new MapLibreMap({ container: 'map', ...openingView(mapData), style });
for (const image of images) map.addImage(image.name, image.draw());
map.once('idle', () => performance.mark('map-idle'));
// For the benchmark's redraw floor: how fast this map can redraw, back to back.
window.referenceMap = map;
