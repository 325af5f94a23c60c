import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { MapData } from '../../contract/dataset.ts';
import { graticule } from './graticule.ts';
import { PALETTE } from './icons.ts';
import { troopScale } from './symbol-scale.ts';

/** Label font: a CSS font-family list, drawn locally by MapLibre (no glyph server). */
export const LABEL_FONT = ['system-ui', 'sans-serif'];

export interface ThematicStyle {
  style: StyleSpecification;
  /** MapLibre layer ids per app layer, to toggle visibility. */
  groups: Record<string, string[]>;
  /** Layers whose features a click or hover can pick, top first. */
  hitLayers: string[];
}

/** Drawn by this layer, as its own or as a member (Kazakhstan in the CSTO). */
const inLayer = (layer: string): ExpressionSpecification => ['in', ` ${layer} `, ['get', 'layers']];
/** Belongs to this layer's own file. */
const ofLayer = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];
const isFeature = (id: string): ExpressionSpecification => ['==', ['get', 'id'], id];
const hasRole = (...roles: string[]): ExpressionSpecification => ['in', ['get', 'role'], ['literal', roles]];
const isPolygon: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['Polygon', 'MultiPolygon']],
];
const isPoint: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
const isLine: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['LineString', 'MultiLineString']],
];
const all = (...conditions: ExpressionSpecification[]): FilterSpecification => ['all', ...conditions];

const active: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'selected'], false],
];
const whenActive = <T>(on: T, off: T): DataDrivenPropertyValueSpecification<T> =>
  ['case', active, on, off] as unknown as DataDrivenPropertyValueSpecification<T>;

/** Points where troop symbols and feature labels stand, with the symbol radius from the shared scale. */
export function anchorPoints(data: MapData): FeatureCollection<Point> {
  const troops = data.features.flatMap((feature) => (feature.troops ? [feature.troops.value] : []));
  const scale = troops.length ? troopScale(Math.max(...troops)) : null;
  return {
    type: 'FeatureCollection',
    features: data.features.map((feature) => {
      const layers = ` ${[feature.layer, ...feature.memberOf].join(' ')} `;
      return {
        type: 'Feature',
        properties: {
          id: feature.id,
          name: feature.name,
          layer: feature.layer,
          layers,
          kind: feature.kind,
          radius: feature.troops && scale ? scale(feature.troops.value) : 0,
          troops: feature.troops?.label ?? '',
        },
        geometry: { type: 'Point', coordinates: feature.anchor },
      };
    }),
  };
}

/** The embedded style: Natural Earth basemap, graticule, and every thematic layer. No remote resource. */
export function buildStyle(data: MapData): ThematicStyle {
  const groups: Record<string, string[]> = Object.fromEntries(data.layers.map((layer) => [layer.id, []]));
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
    { id: 'land', type: 'fill', source: 'basemap', paint: { 'fill-color': PALETTE.land } },
    {
      id: 'land-mission',
      type: 'fill',
      source: 'mission',
      filter: all(isPolygon, ['has', 'id'], ['==', ['get', 'role'], 'main'], ['!=', ['get', 'id'], 'crimea']),
      paint: { 'fill-color': PALETTE.land },
    },
    {
      id: 'graticule',
      type: 'line',
      source: 'graticule',
      paint: { 'line-color': PALETTE.graticule, 'line-width': 0.6 },
    },
    {
      id: 'borders',
      type: 'line',
      source: 'basemap',
      paint: { 'line-color': PALETTE.border, 'line-width': 0.8 },
    },
  ];
  const add = (group: string, layer: LayerSpecification) => {
    layers.push(layer);
    groups[group]?.push(layer.id);
  };
  const hitLayers: string[] = [];
  const addHit = (group: string, layer: LayerSpecification) => {
    add(group, layer);
    hitLayers.unshift(layer.id);
  };

  // CSTO members: tinted with a dashed red border; Kazakhstan is one of them.
  addHit('csto', {
    id: 'csto-fill',
    type: 'fill',
    source: 'mission',
    filter: all(inLayer('csto'), isPolygon, ['==', ['get', 'kind'], 'country']),
    paint: { 'fill-color': PALETTE.csto, 'fill-opacity': whenActive(0.3, 0.14) },
  });
  add('csto', {
    id: 'csto-outline',
    type: 'line',
    source: 'mission',
    filter: all(inLayer('csto'), isPolygon, ['==', ['get', 'kind'], 'country']),
    paint: { 'line-color': PALETTE.csto, 'line-width': whenActive(3, 1.4), 'line-dasharray': [3, 2] },
  });
  addHit('kazakhstan', {
    id: 'kazakhstan-fill',
    type: 'fill',
    source: 'mission',
    filter: all(ofLayer('kazakhstan'), isPolygon, isFeature('kazakhstan')),
    paint: { 'fill-color': PALETTE.kazakhstan, 'fill-opacity': whenActive(0.45, 0.3) },
  });
  addHit('kazakhstan', {
    id: 'kazakhstan-regions',
    type: 'fill',
    source: 'mission',
    filter: all(ofLayer('kazakhstan'), isPolygon, ['!=', ['get', 'id'], 'kazakhstan']),
    paint: { 'fill-color': PALETTE.kazakhstan, 'fill-opacity': whenActive(0.35, 0.18) },
  });
  add('kazakhstan', {
    id: 'kazakhstan-outline',
    type: 'line',
    source: 'mission',
    filter: all(ofLayer('kazakhstan'), isPolygon),
    paint: {
      'line-color': PALETTE.kazakhstan,
      'line-width': whenActive(3, 1.5),
      'line-dasharray': [
        'case',
        ['==', ['get', 'id'], 'kazakhstan'],
        ['literal', [1, 0]],
        ['literal', [1, 1.5]],
      ],
    },
  });
  addHit('ukraine', {
    id: 'ukraine-fill',
    type: 'fill',
    source: 'mission',
    filter: all(ofLayer('ukraine'), isFeature('ukraine')),
    paint: { 'fill-color': PALETTE.ukraine, 'fill-opacity': whenActive(0.45, 0.3) },
  });
  addHit('ukraine', {
    id: 'crimea-hatch',
    type: 'fill',
    source: 'mission',
    filter: all(ofLayer('ukraine'), isFeature('crimea')),
    paint: { 'fill-pattern': 'hatch-crimea', 'fill-opacity': whenActive(1, 0.85) },
  });
  addHit('ukraine', {
    id: 'donbas-fill',
    type: 'fill',
    source: 'mission',
    filter: all(ofLayer('ukraine'), isFeature('donbas')),
    paint: { 'fill-color': PALETTE.donbas, 'fill-opacity': whenActive(0.4, 0.25) },
  });
  add('ukraine', {
    id: 'ukraine-outline',
    type: 'line',
    source: 'mission',
    filter: all(ofLayer('ukraine'), isPolygon),
    paint: {
      'line-color': ['match', ['get', 'id'], 'crimea', PALETTE.crimea, 'donbas', PALETTE.donbas, '#8a6d00'],
      'line-width': whenActive(3, 1.3),
      'line-dasharray': [
        'case',
        ['==', ['get', 'id'], 'ukraine'],
        ['literal', [1, 0]],
        ['literal', [2, 1.5]],
      ],
    },
  });
  addHit('forces', {
    id: 'buildup-area',
    type: 'fill',
    source: 'mission',
    filter: all(ofLayer('forces'), hasRole('area')),
    paint: { 'fill-pattern': 'hatch-buildup', 'fill-opacity': whenActive(1, 0.8) },
  });
  add('forces', {
    id: 'buildup-outline',
    type: 'line',
    source: 'mission',
    filter: all(ofLayer('forces'), hasRole('area')),
    paint: { 'line-color': PALETTE.buildup, 'line-width': whenActive(3, 1.2) },
  });
  addHit('csto', {
    id: 'csto-arcs',
    type: 'line',
    source: 'mission',
    filter: all(inLayer('csto'), hasRole('arc'), isLine),
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': PALETTE.csto, 'line-width': whenActive(4, 2.2), 'line-dasharray': [2, 1.5] },
  });
  addHit('forces', {
    id: 'force-moves',
    type: 'line',
    source: 'mission',
    filter: all(ofLayer('forces'), hasRole('move'), isLine),
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': PALETTE.forces, 'line-width': whenActive(4, 2.2), 'line-dasharray': [1, 1.6] },
  });
  add('forces', {
    id: 'troop-symbols',
    type: 'circle',
    source: 'anchors',
    filter: all(['>', ['get', 'radius'], 0], ['any', inLayer('forces'), inLayer('csto')]),
    paint: {
      'circle-radius': ['get', 'radius'],
      'circle-color': PALETTE.buildup,
      'circle-opacity': 0.16,
      'circle-stroke-color': PALETTE.buildup,
      'circle-stroke-width': 1.5,
    },
  });
  addHit('forces', {
    id: 'force-points',
    type: 'symbol',
    source: 'mission',
    filter: all(ofLayer('forces'), isPoint),
    layout: {
      'icon-image': ['match', ['get', 'role'], 'concentration', 'concentration-triangle', 'force-triangle'],
      'icon-allow-overlap': true,
      'text-field': ['coalesce', ['get', 'label'], ''],
      'text-font': LABEL_FONT,
      'text-size': 11,
      'text-offset': [0, 1.1],
      'text-anchor': 'top',
      'text-optional': true,
    },
    paint: {
      'icon-opacity': 1,
      'text-color': PALETTE.text,
      'text-halo-color': PALETTE.halo,
      'text-halo-width': whenActive(2.5, 1.5),
    },
  });
  addHit('talks', {
    id: 'talks-points',
    type: 'symbol',
    source: 'mission',
    filter: all(ofLayer('talks'), isPoint),
    layout: {
      'icon-image': 'talks-square',
      'icon-allow-overlap': true,
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': 12,
      'text-offset': [0, 1.1],
      'text-anchor': 'top',
      'text-optional': true,
    },
    paint: {
      'text-color': PALETTE.talks,
      'text-halo-color': PALETTE.halo,
      'text-halo-width': whenActive(2.5, 1.5),
    },
  });
  // Hover and selection outline for every clickable area, shown through feature-state (no data re-upload).
  layers.push({
    id: 'active-outline',
    type: 'line',
    source: 'mission',
    filter: isPolygon,
    paint: {
      'line-color': PALETTE.highlight,
      'line-width': whenActive(2.5, 0),
      'line-opacity': whenActive(0.9, 0),
    },
  });
  layers.push({
    id: 'country-labels',
    type: 'symbol',
    source: 'basemap-labels',
    maxzoom: 8,
    layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 11, 'text-max-width': 7 },
    paint: { 'text-color': '#6b6960', 'text-halo-color': PALETTE.land, 'text-halo-width': 1.2 },
  });
  layers.push({
    id: 'feature-labels',
    type: 'symbol',
    source: 'anchors',
    filter: ['==', ['get', 'kind'], 'country'],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['match', ['get', 'kind'], 'country', 14, 12],
      'text-max-width': 9,
    },
    paint: { 'text-color': PALETTE.text, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.6 },
  });
  for (const group of ['ukraine', 'kazakhstan']) {
    add(group, {
      id: `${group}-labels`,
      type: 'symbol',
      source: 'anchors',
      filter: all(ofLayer(group), ['!=', ['get', 'kind'], 'country']),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 11.5,
        'text-max-width': 9,
      },
      paint: { 'text-color': PALETTE.text, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.6 },
    });
  }
  add('forces', {
    id: 'force-labels',
    type: 'symbol',
    source: 'anchors',
    filter: all(ofLayer('forces'), ['!=', ['get', 'troops'], '']),
    layout: {
      'text-field': [
        'format',
        ['get', 'name'],
        { 'font-scale': 1 },
        '\n',
        {},
        ['get', 'troops'],
        { 'font-scale': 0.85 },
      ],
      'text-font': LABEL_FONT,
      'text-size': 12,
      'text-max-width': 12,
    },
    paint: { 'text-color': PALETTE.buildup, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.8 },
  });
  add('csto', {
    id: 'csto-force-label',
    type: 'symbol',
    source: 'anchors',
    filter: all(ofLayer('csto'), ['!=', ['get', 'troops'], '']),
    layout: {
      'text-field': ['get', 'troops'],
      'text-font': LABEL_FONT,
      'text-size': 11,
      'text-offset': [0, -3.2],
    },
    paint: { 'text-color': PALETTE.csto, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.6 },
  });
  return {
    style: {
      version: 8,
      name: 'Two Fronts (embedded, offline)',
      sources: {
        basemap: { type: 'geojson', data: data.basemap, attribution: 'Natural Earth (public domain)' },
        'basemap-labels': { type: 'geojson', data: data.basemapLabels },
        graticule: { type: 'geojson', data: graticule(10) },
        mission: { type: 'geojson', data: data.shapes, promoteId: 'id' },
        anchors: { type: 'geojson', data: anchorPoints(data), promoteId: 'id' },
      },
      layers,
    },
    groups,
    hitLayers,
  };
}

/** Our own base layers, replaced by a hosted style's when one is opted into. */
const BASE_LAYERS = new Set(['sea', 'land', 'graticule', 'borders', 'country-labels']);

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
