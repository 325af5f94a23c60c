import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  expression,
  featureFilter,
  latest,
  validateStyleMin,
  type FilterSpecification,
  type LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, Geometry } from 'geojson';
import type { MapData } from '../../src/contract/dataset.ts';
import type { LayerStyle } from '../../src/contract/layer-style.ts';
import { legendFor } from '../../src/lib/layers/legend.ts';
import { byRule } from '../../src/lib/map/expressions.ts';
import { resolveRules, ruleIndex, DEFAULT_COLOR } from '../../src/lib/map/looks.ts';
import { ANCHOR_ROLE, missionSource } from '../../src/lib/map/map-sources.ts';
import { buildStyle, type ThematicStyle } from '../../src/lib/map/style.ts';
import { SYMBOL_LAYER } from '../../src/lib/map/symbol-layer.ts';
import { DRAWING_LAYER, type DrawnProperties } from '../../src/lib/map/thematic-layers.ts';
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

/** The mission source as the style hands it to MapLibre: a member's shapes once per layer drawing them. */
function drawnFeatures(thematic: ThematicStyle): Array<Feature<Geometry, DrawnProperties>> {
  const source = thematic.style.sources['mission'];
  if (
    source?.type !== 'geojson' ||
    typeof source.data !== 'object' ||
    source.data.type !== 'FeatureCollection'
  )
    throw new Error('no mission source');
  // The style's own source: its features carry DrawnProperties (thematic-layers.ts drawnSource).
  return source.data.features as Array<Feature<Geometry, DrawnProperties>>;
}

/** The features a filter lets through, as MapLibre's own filter engine decides. */
function passing(features: ReadonlyArray<Feature<Geometry, DrawnProperties>>, filter: unknown) {
  const compiled = featureFilter(filter as FilterSpecification, 'filter');
  return features.filter((feature) => {
    const type = GEOMETRY_CODE[feature.geometry.type as keyof typeof GEOMETRY_CODE];
    return compiled.filter({ zoom: 4 }, { type, properties: { ...feature.properties } });
  });
}

/** The mission source's features a style layer draws. */
function matched(data: MapData, layerId: string, visible = data.layers.map((layer) => layer.id)) {
  const thematic = buildStyle(data, visible);
  const layer = thematic.style.layers.find((candidate) => candidate.id === layerId);
  if (!layer || !('filter' in layer)) throw new Error(`no layer ${layerId}`);
  return passing(drawnFeatures(thematic), layer.filter);
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
    expect(drawnBy(data, DRAWING_LAYER.outline).has('salt-flat')).toBe(true);
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
    const zones = matched(data, DRAWING_LAYER.fill).filter(
      (feature) => feature.properties.id === 'tidewater-zone',
    );
    expect(zones.map((feature) => feature.properties.by)).toEqual(['ukraine']);
    const thematic = buildStyle(
      data,
      data.layers.map((layer) => layer.id),
    );
    expect(thematic.hitLayers).toContain(DRAWING_LAYER.fill);
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
    const anchors = drawnFeatures(thematic).filter((feature) => feature.properties.role === ANCHOR_ROLE);
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

/** The extra layer file again, as a further layer with its own id, feature ids, names and look. */
function copyOfExtra(suffix: string, style: LayerStyle) {
  const collection = JSON.parse(readFileSync(EXTRA, 'utf8')) as {
    layer: { id: string; name: string; order: number; style: LayerStyle };
    features: Array<{ properties: { id: string; name: string; aliases: string[] } }>;
  };
  collection.layer = {
    ...collection.layer,
    id: `${collection.layer.id}-${suffix}`,
    name: `${collection.layer.name} ${suffix}`,
    order: collection.layer.order + 1 + suffix.length,
    style,
  };
  for (const { properties } of collection.features) {
    properties.id = `${properties.id}-${suffix}`;
    properties.name = `${properties.name} ${suffix}`;
    properties.aliases = [properties.name];
  }
  return { file: `tests/fixtures/extra-layer-${suffix}.geojson`, text: JSON.stringify(collection) };
}

const thematicIds = (thematic: ThematicStyle) =>
  thematic.style.layers
    .filter((layer) => 'source' in layer && layer.source === 'mission')
    .map((layer) => layer.id);

describe('one MapLibre layer per kind of drawing, shared by every app layer', () => {
  const base = mapDataWith([]);
  const grown = mapDataWith([
    { file: 'tests/fixtures/extra-layer.geojson', text: readFileSync(EXTRA, 'utf8') },
    copyOfExtra('b', { color: '#7c2d12', fill: 'hatch', line: 'dashed', outline: 'dotted' }),
    copyOfExtra('cc', { color: '#1e3a8a', opacity: 0.5, marker: 'triangle', line: 'dotted' }),
  ]);
  const all = (data: MapData) => data.layers.map((layer) => layer.id);

  it('leaves the areas unsmoothed only while every area has an outline to draw its edge', () => {
    const antialias = (data: MapData, id: string) => {
      const found = buildStyle(data, all(data)).style.layers.find((layer) => layer.id === id)!;
      return 'paint' in found ? (found.paint as Record<string, unknown>)['fill-antialias'] : undefined;
    };
    expect(antialias(base, DRAWING_LAYER.fill)).toBe(false);
    const unoutlined = mapDataWith([
      copyOfExtra('bare', { color: '#0f766e', fill: 'solid', outline: 'none' }),
    ]);
    expect(antialias(unoutlined, DRAWING_LAYER.fill)).toBe(true);
    // The land under the layers' areas follows them; the basemap's land, whose every edge the borders
    // line draws, is never smoothed: so with outlined areas no fill layer smooths its edges at all.
    expect(antialias(base, 'land-mission')).toBe(false);
    expect(antialias(unoutlined, 'land-mission')).toBe(true);
    expect(antialias(base, 'land')).toBe(false);
    const { layers } = buildStyle(base, all(base)).style;
    const borders = layers.find((layer) => layer.id === 'borders')!;
    const land = layers.find((layer) => layer.id === 'land')!;
    expect('source' in borders && borders.source).toBe('source' in land && land.source);
    expect('filter' in borders && borders.filter).toEqual('filter' in land && land.filter);
  });

  it('has the same layers with five app layers as with eight: one per drawing, whatever draws in it', () => {
    expect(grown.layers).toHaveLength(base.layers.length + 3);
    const ids = thematicIds(buildStyle(grown, all(grown)));
    expect(ids).toEqual(thematicIds(buildStyle(base, all(base))));
    expect(ids).toEqual([
      'land-mission',
      DRAWING_LAYER.fill,
      DRAWING_LAYER.hatch,
      DRAWING_LAYER.outline,
      DRAWING_LAYER.lines,
      DRAWING_LAYER.troops,
      'active-outline',
      SYMBOL_LAYER,
    ]);
    // Each new layer's area, line and point are drawn, each in its own layer's look.
    const thematic = buildStyle(grown, all(grown));
    const features = drawnFeatures(thematic);
    const layer = (id: string) => thematic.style.layers.find((candidate) => candidate.id === id)!;
    const drawn = (id: string, feature: string) => {
      const found = layer(id);
      return passing(features, 'filter' in found ? found.filter : true).some(
        (candidate) => candidate.properties.id === feature,
      );
    };
    expect(drawn(DRAWING_LAYER.hatch, 'salt-flat-b')).toBe(true);
    expect(drawn(DRAWING_LAYER.fill, 'salt-flat-b')).toBe(false);
    expect(drawn(DRAWING_LAYER.fill, 'salt-flat-cc')).toBe(true);
    expect(drawn(DRAWING_LAYER.lines, 'quarry-road-cc')).toBe(true);
    expect(drawn(SYMBOL_LAYER, 'velmora-crossing-cc')).toBe(true);
    const colour = (feature: string) =>
      evaluate(
        layer(DRAWING_LAYER.lines),
        'line-color',
        features.find((f) => f.properties.id === feature)!,
      );
    expect(colour('quarry-road-b')).not.toEqual(colour('quarry-road-cc'));
  });

  it('a toggle changes the shared layers’ filters, not the layers: a hidden layer draws nothing', () => {
    const thematic = buildStyle(grown, all(grown));
    const features = drawnFeatures(thematic);
    const shownAll = new Map(thematic.filters(all(grown)));
    const without = all(grown).filter((id) => id !== 'field-notes-b');
    const hidden = new Map(thematic.filters(without));
    expect([...hidden.keys()]).toEqual([...shownAll.keys()]);
    expect([...hidden.keys()].sort()).toEqual(
      thematicIds(thematic)
        .filter((id) => id.startsWith('thematic-'))
        .sort(),
    );
    for (const [id, filter] of hidden) {
      const before = passing(features, shownAll.get(id));
      const after = passing(features, filter);
      expect(
        after.some((feature) => feature.properties.by === 'field-notes-b'),
        id,
      ).toBe(false);
      expect(after, id).toEqual(before.filter((feature) => feature.properties.by !== 'field-notes-b'));
    }
    // Built with a layer hidden, the style starts with the same filters and the same layers.
    const startHidden = buildStyle(grown, without);
    expect(thematicIds(startHidden)).toEqual(thematicIds(thematic));
    for (const layer of startHidden.style.layers)
      if (hidden.has(layer.id))
        expect('filter' in layer && layer.filter, layer.id).toEqual(hidden.get(layer.id));
  });

  it('keeps each line paint property equally data-driven in the outlines, the lines and the highlight', () => {
    // MapLibre links one WebGL program per layer type and mix of constant and data-driven paint.
    const thematic = buildStyle(grown, all(grown));
    const lines = thematic.style.layers.filter(
      (layer) => layer.type === 'line' && 'source' in layer && layer.source === 'mission',
    );
    expect(lines.map((layer) => layer.id)).toEqual([
      DRAWING_LAYER.outline,
      DRAWING_LAYER.lines,
      'active-outline',
    ]);
    for (const name of ['line-color', 'line-width', 'line-opacity', 'line-dasharray'])
      expect(
        lines.map((layer) => kindOf(layer, name)),
        name,
      ).toEqual(['source', 'source', 'source']);
  });

  it('keeps each text paint property equally data-driven in the country names and the thematic labels', () => {
    // One text program for both symbol layers (see above): the names' halo and opacity are per feature too.
    const thematic = buildStyle(grown, all(grown));
    const texts = thematic.style.layers.filter((layer) => layer.type === 'symbol');
    expect(texts.map((layer) => layer.id).sort()).toEqual(['country-labels', SYMBOL_LAYER].sort());
    for (const name of [
      'text-color',
      'text-halo-color',
      'text-halo-width',
      'text-halo-blur',
      'text-opacity',
    ]) {
      const kinds = texts.map((layer) => kindOf(layer, name));
      expect(new Set(kinds).size, `${name}: ${kinds.join(', ')}`).toBe(1);
    }
    // And the names still read as before: full opacity, the same halo, whatever the state.
    const names = texts.find((layer) => layer.id === 'country-labels')!;
    for (const state of [{}, { hover: true, notYet: true }]) {
      const feature = { type: 1 as const, properties: { major: true } };
      expect(compile(names, 'text-opacity').evaluate({ zoom: 4 }, feature, state)).toBe(1);
      expect(compile(names, 'text-halo-width').evaluate({ zoom: 4 }, feature, state)).toBe(1.4);
    }
  });

  it('draws a member once in each layer it belongs to, in that layer’s look, and labels it once', () => {
    const thematic = buildStyle(base, all(base));
    const features = drawnFeatures(thematic);
    const member = base.features.find((feature) => feature.memberOf.length > 0)!;
    const fill = thematic.style.layers.find((layer) => layer.id === DRAWING_LAYER.fill)!;
    const copies = passing(features, 'filter' in fill && fill.filter).filter(
      (feature) => feature.properties.id === member.id,
    );
    expect(copies.map((copy) => copy.properties.by).sort()).toEqual(
      [member.layer, ...member.memberOf].sort(),
    );
    const colours = copies.map((copy) => evaluate(fill, 'fill-color', copy));
    expect(new Set(colours.map((colour) => JSON.stringify(colour))).size).toBe(copies.length);
    // A point that is a member too (a talks venue in the force positions) shows once, with its marker.
    const talks = mapDataWith([], (file, text) => {
      if (!file.endsWith('talks.geojson')) return text;
      const collection = JSON.parse(text) as { features: Array<{ properties: { memberOf?: string[] } }> };
      collection.features[0]!.properties.memberOf = ['forces'];
      return JSON.stringify(collection);
    });
    const venue = talks.features.find((feature) => feature.memberOf.includes('forces'))!;
    const withVenue = buildStyle(talks, all(talks));
    const symbols = withVenue.style.layers.find((layer) => layer.id === SYMBOL_LAYER)!;
    const shown = (visible: string[]) =>
      passing(drawnFeatures(withVenue), withVenue.filters(visible).find(([id]) => id === SYMBOL_LAYER)![1])
        .filter((feature) => feature.properties.id === venue.id && feature.properties.role !== ANCHOR_ROLE)
        .map((feature) => feature.properties.by);
    expect(
      drawnFeatures(withVenue).filter(
        (f) => f.properties.id === venue.id && f.properties.role !== ANCHOR_ROLE,
      ),
    ).toHaveLength(2);
    expect(shown(all(talks))).toEqual(['talks']);
    expect(shown(['forces'])).toEqual(['talks']);
    expect(shown(['ukraine'])).toEqual([]);
    expect('filter' in symbols && symbols.filter).toEqual(
      withVenue.filters(all(talks)).find(([id]) => id === SYMBOL_LAYER)![1],
    );
  });
});

/** How MapLibre binds a paint value: 'constant' (a uniform) or 'source' (per feature: an attribute). */
function kindOf(layer: LayerSpecification, name: string): string {
  const compiled = compile(layer, name);
  return compiled.kind === 'constant' || compiled.kind === 'camera' ? compiled.kind : 'source';
}

function compile(layer: LayerSpecification, name: string) {
  const spec = Object.entries(latest[`paint_${layer.type}` as keyof typeof latest] ?? {}).find(
    ([key]) => key === name,
  )?.[1];
  // A property the layer leaves unset takes its default: a constant.
  const value =
    ('paint' in layer ? Object.entries(layer.paint ?? {}).find(([key]) => key === name)?.[1] : undefined) ??
    (spec as { default?: unknown } | undefined)?.default;
  const compiled = expression.createPropertyExpression(
    value,
    `${layer.id}.${name}`,
    spec as Parameters<typeof expression.createPropertyExpression>[2],
  );
  if (compiled.result !== 'success')
    throw new Error(`${layer.id} ${name}: ${JSON.stringify(compiled.value)}`);
  return compiled.value;
}

function evaluate(layer: LayerSpecification, name: string, feature: Feature<Geometry, DrawnProperties>) {
  const type = GEOMETRY_CODE[feature.geometry.type as keyof typeof GEOMETRY_CODE];
  return compile(layer, name).evaluate({ zoom: 4 }, { type, properties: { ...feature.properties } });
}
