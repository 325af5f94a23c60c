import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapData } from '../../contract/dataset.ts';
import { isGeometry, whenActive } from './expressions.ts';
import { PALETTE, type ImageRecipe } from './icons.ts';
import { basemapSource, missionSource } from './map-sources.ts';
import { LABEL_FONT, SYMBOL_LAYER, thematicSymbols } from './symbol-layer.ts';
import { fadeNotYet } from './not-yet.ts';
import { layerContent, layerSet, MISSION_SOURCE } from './thematic-layers.ts';

export interface ThematicStyle {
  style: StyleSpecification;
  /** MapLibre layer ids per app layer, to toggle visibility (the shared symbol layer toggles by filter). */
  groups: Record<string, string[]>;
  /** Layers whose features a click or hover can pick, top first. */
  hitLayers: string[];
  /** Every image the style names (markers, hatches), drawn locally: no sprite, no request. */
  images: ImageRecipe[];
}

/**
 * The basemap's countries, graticule and country names in ONE source, told apart by geometry type:
 * two GeoJSON sources in all (like a bare MapLibre page), so the worker tiles half as many.
 */
const BASEMAP_SOURCE = 'basemap';

/** Our own base layers, replaced by a hosted style's when one is opted into. */
const BASE_LAYERS = new Set(['sea', 'land', 'land-mission', 'graticule', 'borders', 'country-labels']);

/**
 * The embedded style: Natural Earth basemap, graticule, and every app layer's MapLibre layers generated
 * from its header (layer-style.ts) and its features' kind and role. No remote resource, no feature id.
 * Areas are drawn under outlines, under lines, under symbols, whatever layer they belong to.
 */
export function buildStyle(data: MapData, visible: readonly string[]): ThematicStyle {
  const mission = missionSource(data);
  const sets = data.layers.map((layer) => layerSet(layer, layerContent(layer, mission.features)));
  const shown = new Set(visible);
  // Hidden layers start hidden: MapLibre does not lay out what the first view does not show.
  for (const set of sets)
    for (const layer of [...set.areas, ...set.outlines, ...set.lines])
      layer.layout = { ...layer.layout, visibility: shown.has(set.id) ? 'visible' : 'none' };
  const base: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
    {
      id: 'land',
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: isGeometry('polygon'),
      paint: { 'fill-color': PALETTE.land },
    },
    {
      // The basemap leaves out the countries the layers draw in detail: their land is drawn here.
      id: 'land-mission',
      type: 'fill',
      source: MISSION_SOURCE,
      filter: ['all', isGeometry('polygon'), ['==', ['get', 'role'], 'main']],
      paint: { 'fill-color': PALETTE.land },
    },
    {
      id: 'graticule',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: isGeometry('line'),
      paint: { 'line-color': PALETTE.graticule, 'line-width': 0.6 },
    },
    {
      id: 'borders',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: isGeometry('polygon'),
      paint: { 'line-color': PALETTE.border, 'line-width': 0.8 },
    },
  ];
  const activeOutline: LayerSpecification = {
    // Hover and selection outline for every area, through feature-state (no data re-upload).
    id: 'active-outline',
    type: 'line',
    source: MISSION_SOURCE,
    filter: isGeometry('polygon'),
    paint: {
      'line-color': PALETTE.highlight,
      'line-width': whenActive(2.5, 0),
      'line-opacity': whenActive(0.9, 0),
    },
  };
  const names: LayerSpecification = {
    id: 'country-labels',
    type: 'symbol',
    source: BASEMAP_SOURCE,
    filter: isGeometry('point'),
    maxzoom: 8,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['case', ['get', 'major'], 14, 11],
      'text-max-width': 8,
    },
    paint: {
      'text-color': ['case', ['get', 'major'], PALETTE.text, PALETTE.countryLabel],
      'text-halo-color': PALETTE.halo,
      'text-halo-width': 1.4,
    },
  };
  const layers = [
    ...base,
    ...sets.flatMap((set) => set.areas),
    ...sets.flatMap((set) => set.outlines),
    ...sets.flatMap((set) => set.lines),
    activeOutline,
    thematicSymbols(sets, visible),
    // Country names are placed first, as a reader finds their way by them.
    names,
  ];
  const order = new Map(layers.map((layer, index) => [layer.id, index]));
  const hitLayers = [...sets.flatMap((set) => set.hit), SYMBOL_LAYER].sort(
    (a, b) => (order.get(b) ?? 0) - (order.get(a) ?? 0),
  );
  const groups = Object.fromEntries(
    sets.map((set) => [set.id, [...set.areas, ...set.outlines, ...set.lines].map((layer) => layer.id)]),
  );
  const images = [...new Map(sets.flatMap((set) => set.images).map((image) => [image.name, image])).values()];
  return {
    style: {
      version: 8,
      name: 'Two Fronts (embedded, offline)',
      sources: {
        [BASEMAP_SOURCE]: {
          type: 'geojson',
          data: basemapSource(data),
          attribution: 'Natural Earth (public domain)',
        },
        [MISSION_SOURCE]: { type: 'geojson', data: mission, promoteId: 'id' },
      },
      // Each mission layer fades a feature whose `when` starts after the "as known on" day.
      layers: layers.map(fadeNotYet),
    },
    groups,
    hitLayers,
    images,
  };
}

/** A hosted basemap style with the thematic sources and layers drawn on top of it. */
export function overlayThematic(
  hosted: StyleSpecification,
  thematic: StyleSpecification,
): StyleSpecification {
  return {
    ...hosted,
    sources: { ...hosted.sources, ...thematic.sources },
    layers: [...hosted.layers, ...thematic.layers.filter((layer) => !BASE_LAYERS.has(layer.id))],
  };
}
