import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureFilter, validateStyleMin, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapData } from '../../src/contract/dataset.ts';
import type { LayerStyle } from '../../src/contract/layer-style.ts';
import { legendFor } from '../../src/lib/layers/legend.ts';
import { byRule } from '../../src/lib/map/expressions.ts';
import { resolveRules, ruleIndex, DEFAULT_COLOR } from '../../src/lib/map/looks.ts';
import { ANCHOR_ROLE, missionSource } from '../../src/lib/map/map-sources.ts';
import { buildStyle } from '../../src/lib/map/style.ts';
import { SYMBOL_LAYER } from '../../src/lib/map/symbol-layer.ts';
import { runPipeline } from '../../src/pipeline/build.ts';
import { readInputs } from '../../src/pipeline/node/read-inputs.ts';
import { parseGeoFiles } from '../../src/pipeline/geo/load-geo.ts';
import { ROOT } from './fixtures.ts';

const EXTRA = join(ROOT, 'tests', 'fixtures', 'extra-layer.geojson');
const GEOMETRY_CODE = {
  Point: 1,
  LineString: 2,
  Polygon: 3,
  MultiPolygon: 3,
  MultiLineString: 2,
  MultiPoint: 1,
} as const;

/** The map data of the real inputs plus extra geo files, through the real pipeline. */
function mapDataWith(
  extra: Array<{ file: string; text: string }>,
  edit?: (file: string, text: string) => string,
) {
  const inputs = readInputs({ root: ROOT });
  const geoFiles = inputs.geoFiles.map(({ file, text }) => ({ file, text: edit ? edit(file, text) : text }));
  const output = runPipeline({ ...inputs, geoFiles: [...geoFiles, ...extra] });
  expect(output.report.problems).toEqual([]);
  return output.mapData;
}

/** The mission source's features a style layer draws, as MapLibre's own filter engine decides. */
function matched(data: MapData, layerId: string, visible = data.layers.map((layer) => layer.id)) {
  const thematic = buildStyle(data, visible);
  const layer = thematic.style.layers.find((candidate) => candidate.id === layerId);
  if (!layer || !('filter' in layer)) throw new Error(`no layer ${layerId}`);
  const filter = featureFilter(layer.filter as FilterSpecification, 'filter');
  return missionSource(data).features.filter((feature) => {
    const type = GEOMETRY_CODE[feature.geometry.type as keyof typeof GEOMETRY_CODE];
    return filter.filter({ zoom: 4 }, { type, properties: { ...feature.properties } });
  });
}

const drawnBy = (data: MapData, layerId: string, visible?: string[]) =>
  new Set(matched(data, layerId, visible).map((feature) => feature.properties.id));

describe('looks from the layer header', () => {
  const style: LayerStyle = {
    color: '#112233',
    opacity: 0.4,
    rules: [
      { kind: ['town'], legend: 'Towns', marker: 'square' },
      { role: ['route'], color: '#445566', line: 'dashed' },
    ],
  };
  const rules = resolveRules(style, 'Things');

  it('a rule overrides the layer, which overrides the defaults, and a catch-all comes last', () => {
    expect(rules).toHaveLength(3);
    expect(rules[0]!.look).toMatchObject({
      color: '#112233',
      opacity: 0.4,
      marker: 'square',
      stroke: '#112233',
    });
    expect(rules[1]!.look).toMatchObject({ color: '#445566', stroke: '#445566', line: 'dashed' });
    expect(rules[2]).toMatchObject({ kinds: null, roles: null, legend: 'Things' });
    expect(resolveRules({}, 'Bare')[0]!.look.color).toBe(DEFAULT_COLOR);
  });

  it('the first matching rule wins; what no rule names falls to the catch-all', () => {
    expect(ruleIndex(rules, 'town', 'main')).toBe(0);
    expect(ruleIndex(rules, 'town', 'route')).toBe(0);
    expect(ruleIndex(rules, 'army', 'route')).toBe(1);
    expect(ruleIndex(rules, 'army', 'main')).toBe(2);
  });

  it('a value the rules share is a constant; values that differ become one case, evaluated in rule order', () => {
    expect(byRule(rules, (look) => look.opacity)).toBe(0.4);
    const color = byRule(rules, (look) => look.color);
    expect(color).toEqual([
      'case',
      ['in', ['get', 'kind'], ['literal', ['town']]],
      '#112233',
      ['in', ['get', 'role'], ['literal', ['route']]],
      '#445566',
      '#112233',
    ]);
  });

  it('the header is validated with a message naming the field', () => {
    const header = (style: unknown) =>
      JSON.stringify({
        type: 'FeatureCollection',
        layer: { id: 'x', name: 'X', description: 'x', order: 1, style },
        features: [],
      });
    const bad = parseGeoFiles([
      { file: 'geo/a.geojson', text: header({ color: 'red' }) },
      { file: 'geo/b.geojson', text: header({ rules: [{ kind: ['city'], marker: 'star' }] }) },
      { file: 'geo/c.geojson', text: header({ colour: '#112233' }) },
    ]);
    expect(bad.problems.map((problem) => problem.file)).toEqual([
      'geo/a.geojson',
      'geo/b.geojson',
      'geo/c.geojson',
    ]);
    expect(bad.problems[0]!.message).toMatch(/color.*#rrggbb/);
    expect(bad.problems[1]!.message).toMatch(/marker/);
    expect(bad.problems[2]!.message).toMatch(/colour/);
    expect(parseGeoFiles([{ file: 'geo/d.geojson', text: header(undefined) }]).problems).toEqual([]);
  });
});

describe('a new layer file is drawn, toggled, clickable and in the legend with no code change', () => {
  const data = mapDataWith([
    { file: 'tests/fixtures/extra-layer.geojson', text: readFileSync(EXTRA, 'utf8') },
  ]);
  const thematic = buildStyle(
    data,
    data.layers.map((layer) => layer.id),
  );
  const hitIds = (id: string) => thematic.hitLayers.filter((layer) => drawnBy(data, layer).has(id));

  it('its point, line and area each have a layer that draws them and that a click can pick', () => {
    for (const id of ['velmora-crossing', 'quarry-road', 'salt-flat']) expect(hitIds(id), id).not.toEqual([]);
    expect(thematic.groups['field-notes']).toEqual(
      expect.arrayContaining(['field-notes-fill', 'field-notes-outline', 'field-notes-lines']),
    );
    expect(validateStyleMin(thematic.style)).toEqual([]);
  });

  it('its point shows in the symbol layer only while the layer is visible', () => {
    expect(drawnBy(data, SYMBOL_LAYER).has('velmora-crossing')).toBe(true);
    const others = data.layers.map((layer) => layer.id).filter((id) => id !== 'field-notes');
    expect(drawnBy(data, SYMBOL_LAYER, others).has('velmora-crossing')).toBe(false);
  });

  it('its legend lists the named rule, and what no rule names by its kind', () => {
    const layer = data.layers.find((candidate) => candidate.id === 'field-notes')!;
    expect(legendFor(layer, data.shapes.features)).toEqual([
      { label: 'Crossing point', swatch: { kind: 'square', color: '#0f766e' } },
      { label: 'Road', swatch: { kind: 'line', color: '#0f766e', dashed: false } },
      { label: 'Basin', swatch: { kind: 'fill', color: '#0f766e', dashed: false } },
    ]);
  });
});

describe('a new feature in an existing layer is drawn and clickable', () => {
  const zone = {
    type: 'Feature',
    properties: {
      id: 'tidewater-zone',
      name: 'Tidewater zone',
      kind: 'exclusion zone',
      description: 'An invented area.',
      aliases: ['Tidewater zone'],
      sources: [{ what: 'outline', source: 'Invented for the test suite.' }],
    },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [30, 50],
          [31, 50],
          [31, 51],
          [30, 51],
          [30, 50],
        ],
      ],
    },
  };
  const data = mapDataWith([], (file, text) => {
    if (!file.endsWith('ukraine.geojson')) return text;
    const collection = JSON.parse(text) as { features: unknown[] };
    collection.features.push(zone);
    return JSON.stringify(collection);
  });

  it('falls to the layer look, is picked by a hit layer and listed by its kind', () => {
    expect(drawnBy(data, 'ukraine-fill').has('tidewater-zone')).toBe(true);
    const thematic = buildStyle(
      data,
      data.layers.map((layer) => layer.id),
    );
    expect(thematic.hitLayers).toContain('ukraine-fill');
    const ukraine = data.layers.find((layer) => layer.id === 'ukraine')!;
    expect(legendFor(ukraine, data.shapes.features).map((item) => item.label)).toEqual([
      'Ukraine',
      'Crimea, occupied by Russia since 2014',
      'Donbas, war since 2014',
      'Exclusion zone',
    ]);
  });
});

describe('anchors', () => {
  const data = mapDataWith([]);
  const thematic = buildStyle(
    data,
    data.layers.map((layer) => layer.id),
  );

  it('one per feature, drawn only by the symbol layer and the troop circles', () => {
    const anchors = missionSource(data).features.filter((feature) => feature.properties.role === ANCHOR_ROLE);
    expect(anchors).toHaveLength(data.features.length);
    for (const layer of thematic.style.layers) {
      if (!('source' in layer) || layer.source !== 'mission') continue;
      const anchored = matched(data, layer.id).filter((feature) => feature.properties.role === ANCHOR_ROLE);
      if (layer.id === SYMBOL_LAYER) expect(anchored.length).toBeGreaterThan(0);
      else if (layer.type === 'circle')
        expect(anchored.every((feature) => (feature.properties.radius ?? 0) > 0)).toBe(true);
      else expect(anchored, layer.id).toEqual([]);
    }
  });

  it('a header label mode decides the text: troops only, none, or the name', () => {
    const text = new Map(
      missionSource(data)
        .features.filter((feature) => feature.properties.role === ANCHOR_ROLE)
        .map((feature) => [feature.properties.id, feature.properties.text]),
    );
    const troopsOnly = data.features.find((feature) => feature.layer === 'csto' && feature.troops)!;
    expect(text.get(troopsOnly.id)).toBe(troopsOnly.troops!.label);
    // A feature drawn as a single point is named beside its marker instead.
    const point = data.shapes.features.find(
      (shape) => shape.geometry.type === 'Point' && shape.properties.role === 'main',
    )!;
    expect(text.get(point.properties.id)).toBe('');
  });

  it('no layer shows symbols when no layer is visible', () => {
    expect(matched(data, SYMBOL_LAYER, [])).toEqual([]);
  });
});
