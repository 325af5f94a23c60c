import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapData } from '../../contract/dataset.ts';
import { dashes, isGeometry, whenActive } from './expressions.ts';
import { PALETTE, type ImageRecipe } from './icons.ts';
import { basemapSource, missionSource } from './map-sources.ts';
import { LABEL_FONT, SYMBOL_LAYER, symbolFilter, thematicSymbols } from './symbol-layer.ts';
import { fadeNotYet, isNotYet } from './not-yet.ts';
import {
  drawnSource,
  layerContent,
  layerSet,
  MISSION_SOURCE,
  ownCopy,
  perLayer,
  sharedLayers,
} from './thematic-layers.ts';

export interface ThematicStyle {
  style: StyleSpecification;
  /** The filter of every shared thematic layer for the visible app layers: how a toggle is applied. */
  filters: (visible: readonly string[]) => Array<[string, FilterSpecification]>;
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
  // Hidden layers start filtered out: MapLibre does not lay out what the first view does not show.
  const shared = sharedLayers(sets, visible);
  const base: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
    {
      id: 'land',
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: isGeometry('polygon'),
      // No smoothed edge: the borders line draws every edge of the basemap's land. With no fill layer
      // smoothing its edges, MapLibre links no program for that at all.
      paint: { 'fill-color': PALETTE.land, 'fill-antialias': false },
    },
    {
      // The basemap leaves out the countries the layers draw in detail: their land is drawn here, in
      // the same constant paint as the basemap's (one WebGL program for both), and never faded.
      id: 'land-mission',
      type: 'fill',
      source: MISSION_SOURCE,
      filter: ['all', isGeometry('polygon'), ['==', ['get', 'role'], 'main'], ownCopy],
      // Smoothed only where some area has no outline to draw its edge (as the thematic areas are).
      paint: { 'fill-color': PALETTE.land, 'fill-antialias': !shared.areasEdged },
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
    filter: ['all', isGeometry('polygon'), ownCopy],
    paint: {
      'line-color': whenActive(PALETTE.highlight, 'rgba(0, 0, 0, 0)'),
      'line-width': whenActive(2.5, 0),
      'line-opacity': whenActive(0.9, 0),
      // Solid, written per feature like the shared outlines' and lines' dashes (dashes cannot follow
      // feature-state): the same data-driven paint, so MapLibre links one program for all three.
      'line-dasharray': sets.length ? perLayer(sets, () => dashes('solid')) : dashes('solid'),
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
      // Written per feature like the thematic labels' halo (wider while active) and opacity (faded
      // "not yet"), though a country name never changes: the same data-driven paint, so MapLibre links
      // one text program for both layers instead of two. The basemap's features carry no state.
      'text-halo-width': whenActive(1.4, 1.4),
      'text-opacity': ['case', isNotYet, 1, 1],
    },
  };
  // Each mission layer fades a feature whose `when` starts after the "as known on" day (not the land).
  const thematic = [
    ...shared.areas,
    ...shared.outlines,
    ...shared.lines,
    activeOutline,
    thematicSymbols(sets, visible),
  ].map(fadeNotYet);
  // Country names are placed first, as a reader finds their way by them.
  const layers = [...base, ...thematic, names];
  const order = new Map(layers.map((layer, index) => [layer.id, index]));
  const hitLayers = [...shared.hit, SYMBOL_LAYER].sort((a, b) => (order.get(b) ?? 0) - (order.get(a) ?? 0));
  const filters = (shown: readonly string[]): Array<[string, FilterSpecification]> => [
    ...shared.filters(shown),
    [SYMBOL_LAYER, symbolFilter(shown)],
  ];
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
        [MISSION_SOURCE]: { type: 'geojson', data: drawnSource(mission), promoteId: 'id' },
      },
      layers,
    },
    filters,
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
