import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import {
  circlesAPole,
  countriesFromTopology,
  prepareCountries,
  recogniseParts,
  unwrapAntimeridian,
  type CountryGeometry,
  type CountryPart,
} from '../../src/pipeline/geo/countries.ts';
import { prepareCorpus } from '../../src/pipeline/corpus.ts';
import { readCorpusInputs } from '../../src/pipeline/node/read-inputs.ts';
import { ROOT } from './fixtures.ts';

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-50m.json') as Topology;

const polygons = (geometry: CountryGeometry): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
const contains = (geometry: CountryGeometry, point: Position) =>
  polygons(geometry).some((polygon) =>
    booleanPointInPolygon(point, { type: 'Polygon', coordinates: polygon }),
  );
const maxJump = (geometry: CountryGeometry) =>
  Math.max(
    ...polygons(geometry).flatMap((polygon) =>
      polygon.flatMap((ring) => ring.slice(1).map((point, index) => Math.abs(point[0]! - ring[index]![0]!))),
    ),
  );

/** Simferopol: the point geo/ukraine.geojson gives for Crimea's part. */
const SIMFEROPOL: Position = [34.1, 44.95];
const CRIMEA: CountryPart = { id: 'crimea', at: SIMFEROPOL, shownIn: 'Ukraine' };

describe('recogniseParts: a part of a Natural Earth country, as the geo data names it', () => {
  const raw = countriesFromTopology(topology);
  const fixed = recogniseParts(raw, [CRIMEA]);

  it('starts from Natural Earth drawing Crimea inside Russia', () => {
    expect(contains(raw.get('Russia')!.geometry, SIMFEROPOL)).toBe(true);
    expect(contains(raw.get('Ukraine')!.geometry, SIMFEROPOL)).toBe(false);
  });
  it('moves the polygon holding the point from the country that has it to the one it is shown in', () => {
    expect(fixed.problems).toEqual([]);
    expect(contains(fixed.countries.get('Russia')!.geometry, SIMFEROPOL)).toBe(false);
    expect(contains(fixed.countries.get('Ukraine')!.geometry, SIMFEROPOL)).toBe(true);
    expect(polygons(fixed.countries.get('Russia')!.geometry)).toHaveLength(
      polygons(raw.get('Russia')!.geometry).length - 1,
    );
    expect(polygons(fixed.countries.get('Ukraine')!.geometry)).toHaveLength(
      polygons(raw.get('Ukraine')!.geometry).length + 1,
    );
    // The source map is not changed, and no country is invented.
    expect(contains(raw.get('Russia')!.geometry, SIMFEROPOL)).toBe(true);
    expect([...fixed.countries.keys()]).toEqual([...raw.keys()]);
  });
  it("gives the feature the part's shape: the peninsula only", () => {
    const crimea = fixed.parts.get('crimea')!;
    expect(polygons(crimea)).toHaveLength(1);
    expect(contains(crimea, SIMFEROPOL)).toBe(true);
    expect(contains(crimea, [30.52, 50.45])).toBe(false); // Kyiv
    expect(contains(crimea, [37.62, 55.75])).toBe(false); // Moscow
  });
  it('leaves a part already drawn in its country where it is, and still gives its shape', () => {
    const again = recogniseParts(fixed.countries, [CRIMEA]);
    expect(again.problems).toEqual([]);
    expect(again.countries.get('Ukraine')!.geometry).toEqual(fixed.countries.get('Ukraine')!.geometry);
    expect(again.parts.get('crimea')).toEqual(fixed.parts.get('crimea'));
  });
  it('names the field that is wrong: an unknown country, a point in no country, a whole country', () => {
    const { problems, countries } = recogniseParts(raw, [
      { id: 'a', at: SIMFEROPOL, shownIn: 'Ukrainia' },
      { id: 'b', at: [-30, 0], shownIn: 'Ukraine' },
      { id: 'c', at: [27.95, 53.7], shownIn: 'Ukraine' },
    ]);
    expect(problems).toEqual([
      { id: 'a', field: 'shownIn', message: 'Natural Earth has no country named "Ukrainia"' },
      { id: 'b', field: 'at', message: '[-30, 0] lies in no Natural Earth country' },
      { id: 'c', field: 'at', message: '[27.95, 53.7] lies in the whole of "Belarus", not in a part of it' },
    ]);
    // Nothing moved.
    expect(countries.get('Belarus')!.geometry).toEqual(raw.get('Belarus')!.geometry);
    expect(countries.get('Ukraine')!.geometry).toEqual(raw.get('Ukraine')!.geometry);
  });
});

describe('unwrapAntimeridian', () => {
  it('leaves no ring of Russia or Fiji jumping across the map', () => {
    const raw = countriesFromTopology(topology);
    for (const name of ['Russia', 'Fiji']) {
      expect(maxJump(raw.get(name)!.geometry)).toBeGreaterThan(180);
      expect(maxJump(unwrapAntimeridian(raw.get(name)!.geometry))).toBeLessThan(180);
    }
  });
});

describe('prepareCountries', () => {
  it('simplifies, rounds and leaves out the one country that circles a pole (Antarctica)', () => {
    const raw = countriesFromTopology(topology);
    const circling = [...raw].filter(([, country]) => circlesAPole(unwrapAntimeridian(country.geometry)));
    expect(circling.map(([name]) => name)).toEqual(['Antarctica']);
    const prepared = prepareCountries(topology, 0.05, 2).countries;
    expect([...raw.keys()].filter((name) => !prepared.has(name))).toEqual(['Antarctica']);
    const russia = prepared.get('Russia')!.geometry;
    const coordinates = polygons(russia).flat(3);
    expect(coordinates.every((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6)).toBe(true);
    const rawCount = polygons(countriesFromTopology(topology).get('Russia')!.geometry).flat(1).flat(1).length;
    expect(coordinates.length / 2).toBeLessThan(rawCount);
  });
  it("simplifies a part as it does the same polygon in its country, so the part's border meets it", () => {
    const prepared = prepareCountries(topology, 0.05, 2, [CRIMEA]);
    const part = polygons(prepared.parts.get('crimea')!);
    expect(part).toHaveLength(1);
    expect(polygons(prepared.countries.get('Ukraine')!.geometry)).toContainEqual(part[0]);
    expect(contains(prepared.countries.get('Russia')!.geometry, SIMFEROPOL)).toBe(false);
  });
});

describe('a part in the geo data (naturalEarthPart)', () => {
  const inputs = readCorpusInputs({ root: ROOT });
  const withUkraine = (edit: (text: string) => string) =>
    prepareCorpus({
      ...inputs,
      geoFiles: inputs.geoFiles.map((geo) =>
        geo.file === 'geo/ukraine.geojson' ? { ...geo, text: edit(geo.text) } : geo,
      ),
    });

  it("is Crimea's shape, and drawn in Ukraine's shape, not Russia's", () => {
    const corpus = prepareCorpus(inputs);
    expect(corpus.problems).toEqual([]);
    const crimea = corpus.geometries.get('crimea') as CountryGeometry;
    const ukraine = corpus.geometries.get('ukraine') as CountryGeometry;
    expect(contains(crimea, SIMFEROPOL)).toBe(true);
    expect(contains(ukraine, SIMFEROPOL)).toBe(true);
    expect(contains(corpus.geometries.get('russia') as CountryGeometry, SIMFEROPOL)).toBe(false);
  });

  it('is refused naming the file, the feature and the field', () => {
    const unknown = withUkraine((text) => text.replace('"shownIn": "Ukraine"', '"shownIn": "Ukrainia"'));
    expect(unknown.problems).toContainEqual({
      file: 'geo/ukraine.geojson',
      message: 'feature "crimea": naturalEarthPart.shownIn: Natural Earth has no country named "Ukrainia"',
    });
    expect(unknown.geometries.has('crimea')).toBe(false);
    const both = withUkraine((text) =>
      text.replace('"naturalEarthPart": {', '"naturalEarth": "Russia", "naturalEarthPart": {'),
    );
    expect(both.problems.map((problem) => `${problem.file}: ${problem.message}`)).toContainEqual(
      expect.stringMatching(
        /^geo\/ukraine\.geojson: feature \d+ \("crimea"\): .*naturalEarthPart.*"naturalEarth" \(a whole country\) or "naturalEarthPart", not both/,
      ),
    );
  });
});
