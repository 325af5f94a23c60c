import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { simplify } from '@turf/simplify';

export type CountryGeometry = Polygon | MultiPolygon;
export type Country = Feature<CountryGeometry, { name: string }>;

/** A point well inside the Crimean peninsula (Simferopol): the polygon holding it is Crimea. */
export const CRIMEA_PROBE: Position = [34.1, 44.95];

/** Natural Earth countries from a world-atlas topology, by name. */
export function countriesFromTopology(topology: Topology): Map<string, Country> {
  const object = topology.objects['countries'] as GeometryCollection<{ name: string }> | undefined;
  if (!object) throw new Error('world-atlas topology has no "countries" object');
  const collection = feature(topology, object) as FeatureCollection<CountryGeometry | null, { name: string }>;
  const byName = new Map<string, Country>();
  for (const country of collection.features) {
    if (!country.geometry) continue;
    byName.set(country.properties.name, { ...country, geometry: country.geometry });
  }
  return byName;
}

const polygonsOf = (geometry: CountryGeometry): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

const asGeometry = (polygons: Position[][][]): CountryGeometry =>
  polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };

/**
 * Natural Earth draws Crimea inside Russia. This dashboard shows internationally recognised
 * borders: the Crimean polygon moves to Ukraine, and a separate "Crimea" entry marks it.
 */
export function recogniseCrimea(countries: Map<string, Country>): Map<string, Country> {
  const russia = countries.get('Russia');
  const ukraine = countries.get('Ukraine');
  if (!russia || !ukraine) throw new Error('Natural Earth data lacks Russia or Ukraine');
  const russianPolygons = polygonsOf(russia.geometry);
  const crimeaIndex = russianPolygons.findIndex((polygon) =>
    booleanPointInPolygon(CRIMEA_PROBE, { type: 'Polygon', coordinates: polygon }),
  );
  const result = new Map(countries);
  if (crimeaIndex === -1) {
    // Already drawn as part of Ukraine: only the Crimea entry is needed.
    const ukrainian = polygonsOf(ukraine.geometry).find((polygon) =>
      booleanPointInPolygon(CRIMEA_PROBE, { type: 'Polygon', coordinates: polygon }),
    );
    if (!ukrainian) throw new Error('Crimea is neither in Russia nor in Ukraine in the Natural Earth data');
    result.set('Crimea', {
      type: 'Feature',
      properties: { name: 'Crimea' },
      geometry: asGeometry([ukrainian]),
    });
    return result;
  }
  const crimea = russianPolygons[crimeaIndex]!;
  result.set('Russia', {
    ...russia,
    geometry: asGeometry(russianPolygons.filter((_, index) => index !== crimeaIndex)),
  });
  result.set('Ukraine', { ...ukraine, geometry: asGeometry([...polygonsOf(ukraine.geometry), crimea]) });
  result.set('Crimea', { type: 'Feature', properties: { name: 'Crimea' }, geometry: asGeometry([crimea]) });
  return result;
}

/**
 * Rings that cross the antimeridian jump from +180 to -180 and draw a stray edge across the map.
 * Such a ring is unwrapped to continuous longitudes past 180, which MapLibre draws correctly.
 */
export function unwrapAntimeridian(geometry: CountryGeometry): CountryGeometry {
  const polygons = polygonsOf(geometry).map((polygon) =>
    polygon.map((ring) => {
      if (!ring.some((point, index) => index > 0 && Math.abs(point[0]! - ring[index - 1]![0]!) > 180))
        return ring;
      return ring.map(([lng, lat]) => [lng! < 0 ? lng! + 360 : lng!, lat!]);
    }),
  );
  return asGeometry(polygons);
}

/** Fewer vertices and shorter numbers: the map never zooms close enough to see the difference. */
export function simplifyForMap(
  geometry: CountryGeometry,
  tolerance: number,
  decimals: number,
): CountryGeometry {
  const factor = 10 ** decimals;
  const round = (value: number) => Math.round(value * factor) / factor;
  const polygons = polygonsOf(geometry)
    .flatMap((polygon) => simplifyPolygon(polygon, tolerance))
    .map((polygon) =>
      polygon
        .map((ring) => dropRepeats(ring.map(([lng, lat]) => [round(lng!), round(lat!)])))
        .filter((ring) => ring.length >= 4),
    )
    .filter((polygon) => polygon.length > 0);
  if (polygons.length === 0) throw new Error(`simplification at ${tolerance}° left nothing of a country`);
  return asGeometry(polygons);
}

/** An island smaller than the tolerance collapses under simplification: at this scale it is not drawn. */
function simplifyPolygon(polygon: Position[][], tolerance: number): Position[][][] {
  if (tolerance <= 0) return [polygon];
  try {
    const simplified = simplify(
      { type: 'Polygon', coordinates: polygon },
      { tolerance, highQuality: false, mutate: false },
    );
    return [simplified.coordinates];
  } catch {
    return [];
  }
}

function dropRepeats(ring: Position[]): Position[] {
  return ring.filter(
    (point, index) => index === 0 || point[0] !== ring[index - 1]![0] || point[1] !== ring[index - 1]![1],
  );
}

/** The prepared countries: Crimea recognised, antimeridian repaired, Antarctica left out. */
export function prepareCountries(
  topology: Topology,
  tolerance: number,
  decimals: number,
): Map<string, Country> {
  const prepared = new Map<string, Country>();
  for (const [name, country] of recogniseCrimea(countriesFromTopology(topology))) {
    if (name === 'Antarctica') continue; // Off every view this map can show; its ring spans the globe.
    const geometry = simplifyForMap(unwrapAntimeridian(country.geometry), tolerance, decimals);
    prepared.set(name, { ...country, geometry });
  }
  return prepared;
}
