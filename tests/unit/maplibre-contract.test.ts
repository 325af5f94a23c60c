import { describe, expect, it } from 'vitest';
import * as maplibre from 'maplibre-gl';
import {
  expression,
  featureFilter,
  latest,
  validateStyleMin,
  type FilterSpecification,
  type LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, Geometry } from 'geojson';
import { buildStyle, overlayThematic } from '../../src/lib/map/style.ts';
import { symbolFilter } from '../../src/lib/map/symbol-layer.ts';
import { DRAWING_LAYER, type DrawnProperties } from '../../src/lib/map/thematic-layers.ts';
import { realData } from './fixtures.ts';

/**
 * What this code relies on MapLibre to do, checked with MapLibre's own style engine (the one its
 * worker and renderer run): filters on the `layers` property, feature-state in paint values,
 * data-driven images. If an upgrade changes any of it, this fails before users do.
 * (Visibility and clicks in a real map are checked in Chromium: tests/e2e/map-loading.test.ts.)
 */
const data = realData().mapData;
const allLayers = data.layers.map((layer) => layer.id);
const thematic = buildStyle(data, allLayers);
const missionData = thematic.style.sources['mission'];
if (missionData?.type !== 'geojson' || typeof missionData.data !== 'object')
  throw new Error('no mission source');
/** The mission source as MapLibre gets it: a member's shapes once per layer drawing them. */
const features = (missionData.data.type === 'FeatureCollection' ? missionData.data.features : []) as Array<
  Feature<Geometry, DrawnProperties>
>;
const GEOMETRY = {
  Point: 1,
  MultiPoint: 1,
  LineString: 2,
  MultiLineString: 2,
  Polygon: 3,
  MultiPolygon: 3,
} as const;
const asTile = (feature: (typeof features)[number]) => ({
  type: GEOMETRY[feature.geometry.type as keyof typeof GEOMETRY],
  properties: { ...feature.properties },
  id: feature.properties.id,
});
const layerById = (id: string): LayerSpecification => {
  const layer = thematic.style.layers.find((candidate) => candidate.id === id);
  if (!layer) throw new Error(`no layer ${id}`);
  return layer;
};
const filterOf = (layer: LayerSpecification): unknown => ('filter' in layer ? layer.filter : true);
const passes = (filter: unknown) => {
  const compiled = featureFilter(filter as FilterSpecification, 'filter');
  return features.filter((feature) => compiled.filter({ zoom: 4 }, asTile(feature)));
};
type Section = 'paint' | 'layout';
const entry = (block: object | undefined, key: string): unknown =>
  block ? Object.entries(block).find(([name]) => name === key)?.[1] : undefined;
/** A layer's paint or layout value, as written in the style. */
const valueOf = (layer: LayerSpecification, section: Section, name: string): unknown =>
  entry(
    section === 'paint'
      ? 'paint' in layer
        ? layer.paint
        : undefined
      : 'layout' in layer
        ? layer.layout
        : undefined,
    name,
  );
/** A layer property compiled by MapLibre, evaluated for a feature with a feature-state. */
function evaluate(
  layer: LayerSpecification,
  section: Section,
  name: string,
  feature: (typeof features)[number],
  state = {},
) {
  const spec = entry(entry(latest, `${section}_${layer.type}`) as object | undefined, name);
  const compiled = expression.createPropertyExpression(
    valueOf(layer, section, name),
    `${layer.id}.${name}`,
    spec as Parameters<typeof expression.createPropertyExpression>[2],
  );
  if (compiled.result !== 'success')
    throw new Error(`${layer.id} ${name}: ${JSON.stringify(compiled.value)}`);
  return compiled.value.evaluate(
    { zoom: 4 },
    asTile(feature),
    state,
    undefined,
    thematic.images.map((image) => image.name),
  );
}

describe('MapLibre contract', () => {
  it('exports the classes and functions the app uses, and Map has the methods it calls', () => {
    for (const name of [
      'Map',
      'NavigationControl',
      'FullscreenControl',
      'ScaleControl',
      'AttributionControl',
      'setWorkerUrl',
    ] as const)
      expect(typeof maplibre[name], name).toBe('function');
    for (const method of [
      'setLayoutProperty',
      'setFilter',
      'setFeatureState',
      'queryRenderedFeatures',
      'areTilesLoaded',
      'getSource',
      'getLayer',
      'project',
    ])
      expect(typeof maplibre.Map.prototype[method as keyof maplibre.Map], method).toBe('function');
  });

  it('the embedded style validates against the MapLibre style spec and asks for nothing remote', () => {
    expect(validateStyleMin(thematic.style)).toEqual([]);
    expect(thematic.style.glyphs).toBeUndefined();
    expect(thematic.style.sprite).toBeUndefined();
    expect(JSON.stringify(thematic.style)).not.toMatch(/https?:\/\//);
  });

  it('a filter on the padded `layers` string draws a member in its other layer, and nothing else', () => {
    const member = data.features.find((feature) => feature.memberOf.length > 0)!;
    const [other] = member.memberOf;
    const copies = passes(filterOf(layerById(DRAWING_LAYER.fill))).filter(
      (feature) => feature.properties.id === member.id,
    );
    expect(copies.map((copy) => copy.properties.by)).toContain(other);
    expect(passes(thematic.filters([other!]).find(([id]) => id === DRAWING_LAYER.fill)![1])).toContainEqual(
      copies.find((copy) => copy.properties.by === other),
    );
    // " csto " is not a substring of a layer whose id merely contains it, e.g. "cstown".
    const drawn = passes(['in', ' ukrain ', ['get', 'layers']]);
    expect(drawn).toEqual([]);
  });

  it('every shape of every layer is drawn by a layer a click can pick when all layers show', () => {
    const pickable = thematic.hitLayers;
    const hit = pickable.map((id) => new Set(passes(filterOf(layerById(id)))));
    for (const feature of features) {
      if (feature.properties.role === 'anchor') continue;
      expect(
        hit.some((set) => set.has(feature)),
        `${feature.properties.id}/${feature.properties.role}`,
      ).toBe(true);
    }
  });

  it('the symbol filter follows the visible layers', () => {
    for (const layer of allLayers) {
      const shown = passes(symbolFilter([layer]));
      expect(shown.length, layer).toBeGreaterThan(0);
      expect(
        shown.every((feature) => feature.properties.layers.includes(` ${layer} `)),
        layer,
      ).toBe(true);
    }
    expect(passes(symbolFilter([]))).toEqual([]);
  });

  it('hover and selection change how a feature is drawn, through feature-state alone', () => {
    for (const id of thematic.hitLayers) {
      const layer = layerById(id);
      const feature = passes(filterOf(layer))[0];
      expect(feature, `${id} draws something`).toBeDefined();
      if (!feature) continue;
      const paint = Object.keys(layer.paint ?? {});
      const changes = (state: object) =>
        paint.some(
          (name) =>
            JSON.stringify(evaluate(layer, 'paint', name, feature, state)) !==
            JSON.stringify(evaluate(layer, 'paint', name, feature)),
        );
      expect(changes({ hover: true }), `${id} hover`).toBe(true);
      expect(changes({ selected: true }), `${id} selected`).toBe(true);
    }
  });

  it('every image a layer asks for, for every feature it draws, is one the app draws locally', () => {
    const names = new Set(thematic.images.map((image) => image.name));
    let asked = 0;
    for (const layer of thematic.style.layers) {
      const property = layer.type === 'symbol' ? 'icon-image' : layer.type === 'fill' ? 'fill-pattern' : null;
      const section: Section = layer.type === 'symbol' ? 'layout' : 'paint';
      if (!property || valueOf(layer, section, property) === undefined) continue;
      for (const feature of passes('filter' in layer ? layer.filter : true)) {
        const image = evaluate(layer, section, property, feature) as { name?: string } | null;
        if (!image?.name) continue;
        asked += 1;
        expect(names.has(image.name), `${layer.id}: ${image.name}`).toBe(true);
      }
    }
    // At least one image per point marker: every point asks for its icon.
    const points = features.filter(
      (feature) => feature.properties.role !== 'anchor' && feature.geometry.type === 'Point',
    );
    expect(points.length).toBeGreaterThan(0);
    expect(asked).toBeGreaterThanOrEqual(points.length);
    for (const image of thematic.images) {
      const pixels = image.draw();
      expect(pixels.data.length, image.name).toBe(pixels.width * pixels.height * 4);
    }
  });

  it('a hosted style gets the thematic layers on top, and its own base layers instead of ours', () => {
    const hosted = {
      version: 8 as const,
      sources: {},
      layers: [{ id: 'hosted-bg', type: 'background' as const }],
    };
    const merged = overlayThematic(hosted, thematic.style);
    expect(merged.layers[0]?.id).toBe('hosted-bg');
    expect(merged.layers.some((layer) => layer.id === 'sea')).toBe(false);
    expect(merged.layers.some((layer) => layer.id === thematic.hitLayers[0])).toBe(true);
  });
});
