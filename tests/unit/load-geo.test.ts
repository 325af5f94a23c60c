import { describe, expect, it } from 'vitest';
import { parseGeoFiles } from '../../src/pipeline/geo/load-geo.ts';
import { geoFile, TALKS_LAYER, talksFeature } from './geo-files.ts';

describe('parseGeoFiles', () => {
  it('accepts a valid layer file and fills defaults', () => {
    const result = parseGeoFiles([geoFile([talksFeature({})])]);
    expect(result.problems).toEqual([]);
    expect(result.layers[0]?.features[0]?.properties).toMatchObject({
      id: 'geneva',
      weakAliases: [],
      memberOf: [],
      facts: [],
    });
    expect(result.layers[0]?.layer.visible).toBe(true);
  });

  it("reads demonyms, per-feature epithets and the layer's epithets by kind", () => {
    const withEpithets = geoFile(
      [talksFeature({ demonyms: ['Genevans'], epithets: ['the lakeside city'] })],
      {
        layer: { ...TALKS_LAYER, epithets: { talks: ['the talks'] } },
      },
    );
    const result = parseGeoFiles([withEpithets]);
    expect(result.problems).toEqual([]);
    expect(result.layers[0]?.layer.epithets).toEqual({ talks: ['the talks'] });
    expect(result.layers[0]?.features[0]?.properties).toMatchObject({
      demonyms: ['Genevans'],
      epithets: ['the lakeside city'],
    });
  });

  it('names the file, feature and field of an epithet that is not a definite description', () => {
    const result = parseGeoFiles([geoFile([talksFeature({ epithets: ['a lakeside city'] })])]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.file).toBe('geo/talks.geojson');
    expect(result.problems[0]?.message).toMatch(
      /feature 0 \("geneva"\): properties\.epithets\.0: .*opens with "the"/,
    );
  });

  it('names a demonym that also stands among the aliases', () => {
    const result = parseGeoFiles([geoFile([talksFeature({ demonyms: ['geneva'] })])]);
    expect(result.problems[0]?.message).toMatch(
      /feature 0 \("geneva"\): demonyms: "geneva" also stand in aliases/,
    );
  });

  it("names a layer's epithets for a kind none of its features has", () => {
    const result = parseGeoFiles([
      geoFile([talksFeature({})], { layer: { ...TALKS_LAYER, epithets: { citty: ['the city'] } } }),
    ]);
    expect(result.problems).toEqual([
      {
        file: 'geo/talks.geojson',
        message: 'layer "talks": epithets: kind "citty" names no feature of this layer (its kinds: talks)',
      },
    ]);
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
    const result = parseGeoFiles([geoFile([talksFeature({}, [6.15, 146.2])])]);
    expect(result.problems[0]?.message).toMatch(/feature 0 \("geneva"\): geometry\.coordinates\.1: .*90/);
  });

  it('names a feature with no id', () => {
    const result = parseGeoFiles([geoFile([talksFeature({ id: undefined })])]);
    expect(result.problems[0]?.message).toMatch(/^feature 0: properties\.id/);
  });

  it('refuses an id that is not kebab-case', () => {
    const result = parseGeoFiles([geoFile([talksFeature({ id: 'Geneva Talks' })])]);
    expect(result.problems[0]?.message).toMatch(/kebab-case/);
  });

  it('reports a duplicate id across files and keeps the first', () => {
    const result = parseGeoFiles([
      geoFile([talksFeature({})]),
      geoFile([talksFeature({})], { name: 'geo/more.geojson' }),
    ]);
    expect(result.problems.map((problem) => [problem.file, problem.message])).toEqual([
      ['geo/more.geojson', 'layer id "talks" is already used by geo/talks.geojson'],
    ]);
    const dup = parseGeoFiles([geoFile([talksFeature({}), talksFeature({ name: 'Geneva again' })])]);
    expect(dup.problems[0]?.message).toMatch(/feature 1 \("geneva"\): duplicate id "geneva"/);
    expect(dup.layers[0]?.features).toHaveLength(1);
  });

  it('requires an arc part to be a two-point line', () => {
    const parts = [{ role: 'move', arc: true, geometry: { type: 'Point', coordinates: [1, 2] } }];
    const result = parseGeoFiles([geoFile([{ ...talksFeature({ parts }), geometry: null }])]);
    expect(result.problems[0]?.message).toMatch(/parts\.0\.geometry: an arc needs a LineString/);
  });

  it('still returns the good files when one is bad', () => {
    const result = parseGeoFiles([{ file: 'geo/bad.geojson', text: 'nope' }, geoFile([talksFeature({})])]);
    expect(result.problems).toHaveLength(1);
    expect(result.layers.map((entry) => entry.file)).toEqual(['geo/talks.geojson']);
  });
});
