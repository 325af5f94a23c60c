import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import {
  CRIMEA_PROBE,
  countriesFromTopology,
  prepareCountries,
  recogniseCrimea,
  unwrapAntimeridian,
  type CountryGeometry,
} from '../../src/pipeline/geo/countries.ts';

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

describe('recogniseCrimea', () => {
  const raw = countriesFromTopology(topology);
  const fixed = recogniseCrimea(raw);

  it('starts from Natural Earth drawing Crimea inside Russia', () => {
    expect(contains(raw.get('Russia')!.geometry, CRIMEA_PROBE)).toBe(true);
  });
  it('moves the Crimean polygon from Russia to Ukraine', () => {
    expect(contains(fixed.get('Russia')!.geometry, CRIMEA_PROBE)).toBe(false);
    expect(contains(fixed.get('Ukraine')!.geometry, CRIMEA_PROBE)).toBe(true);
    expect(polygons(fixed.get('Russia')!.geometry)).toHaveLength(
      polygons(raw.get('Russia')!.geometry).length - 1,
    );
  });
  it('adds a Crimea entry holding only the peninsula', () => {
    const crimea = fixed.get('Crimea')!.geometry;
    expect(contains(crimea, CRIMEA_PROBE)).toBe(true);
    expect(contains(crimea, [30.52, 50.45])).toBe(false); // Kyiv
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
  it('simplifies, rounds and leaves Antarctica out', () => {
    const prepared = prepareCountries(topology, 0.05, 2);
    expect(prepared.has('Antarctica')).toBe(false);
    const russia = prepared.get('Russia')!.geometry;
    const coordinates = polygons(russia).flat(3);
    expect(coordinates.every((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6)).toBe(true);
    const rawCount = polygons(countriesFromTopology(topology).get('Russia')!.geometry).flat(1).flat(1).length;
    expect(coordinates.length / 2).toBeLessThan(rawCount);
  });
});
