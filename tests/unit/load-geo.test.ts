import { describe, expect, it } from 'vitest';
import { parseGeoFiles } from '../../src/pipeline/geo/load-geo.ts';

const layer = { id: 'talks', name: 'Talks', description: 'Where talks were held.', order: 1 };
const feature = (properties: Record<string, unknown>, coordinates: unknown = [6.15, 46.2]) => ({
  type: 'Feature',
  properties: {
    id: 'geneva',
    name: 'Geneva',
    kind: 'talks',
    description: 'US–Russia talks.',
    aliases: ['Geneva'],
    sources: [{ what: 'position', source: 'GeoNames' }],
    ...properties,
  },
  geometry: { type: 'Point', coordinates },
});
const file = (features: unknown[], name = 'geo/talks.geojson') => ({
  file: name,
  text: JSON.stringify({ type: 'FeatureCollection', layer, features }, null, 2),
});

describe('parseGeoFiles', () => {
  it('accepts a valid layer file and fills defaults', () => {
    const result = parseGeoFiles([file([feature({})])]);
    expect(result.problems).toEqual([]);
    expect(result.layers[0]?.features[0]?.properties).toMatchObject({
      id: 'geneva',
      weakAliases: [],
      memberOf: [],
      facts: [],
    });
    expect(result.layers[0]?.layer.visible).toBe(true);
  });

  it('names the file and line of broken JSON', () => {
    const result = parseGeoFiles([
      { file: 'geo/broken.geojson', text: '{\n  "type": "FeatureCollection",\n  "features": [,]\n}' },
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'geo/broken.geojson', line: 3 });
    expect(result.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('names the feature and the field of coordinates out of range', () => {
    const result = parseGeoFiles([file([feature({}, [6.15, 146.2])])]);
    expect(result.problems[0]?.message).toMatch(/feature 0 \("geneva"\): geometry\.coordinates\.1: .*90/);
  });

  it('names a feature with no id', () => {
    const result = parseGeoFiles([file([feature({ id: undefined })])]);
    expect(result.problems[0]?.message).toMatch(/^feature 0: properties\.id/);
  });

  it('refuses an id that is not kebab-case', () => {
    const result = parseGeoFiles([file([feature({ id: 'Geneva Talks' })])]);
    expect(result.problems[0]?.message).toMatch(/kebab-case/);
  });

  it('reports a duplicate id across files and keeps the first', () => {
    const result = parseGeoFiles([file([feature({})]), file([feature({})], 'geo/more.geojson')]);
    expect(result.problems.map((problem) => [problem.file, problem.message])).toEqual([
      ['geo/more.geojson', 'layer id "talks" is already used by geo/talks.geojson'],
    ]);
    const dup = parseGeoFiles([file([feature({}), feature({ name: 'Geneva again' })])]);
    expect(dup.problems[0]?.message).toMatch(/feature 1 \("geneva"\): duplicate id "geneva"/);
    expect(dup.layers[0]?.features).toHaveLength(1);
  });

  it('requires an arc part to be a two-point line', () => {
    const parts = [{ role: 'move', arc: true, geometry: { type: 'Point', coordinates: [1, 2] } }];
    const result = parseGeoFiles([file([{ ...feature({ parts }), geometry: null }])]);
    expect(result.problems[0]?.message).toMatch(/parts\.0\.geometry: an arc needs a LineString/);
  });

  it('still returns the good files when one is bad', () => {
    const result = parseGeoFiles([{ file: 'geo/bad.geojson', text: 'nope' }, file([feature({})])]);
    expect(result.problems).toHaveLength(1);
    expect(result.layers.map((entry) => entry.file)).toEqual(['geo/talks.geojson']);
  });
});
