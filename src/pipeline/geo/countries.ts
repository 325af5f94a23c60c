import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { simplify } from '@turf/simplify';

export type CountryGeometry = Polygon | MultiPolygon;
export type Country = Feature<CountryGeometry, { name: string }>;

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
 * A part of a Natural Earth country that a geo feature takes as its shape (its `naturalEarthPart`):
 * the polygon holding the point `at`, drawn as part of the country `shownIn`. Natural Earth draws
 * some borders as they are held, not as they are recognised (Crimea inside Russia); the geo data
 * says which, and this moves the polygon, naming no place itself.
 */
export interface CountryPart {
  /** The geo feature the part is the shape of. */
  id: string;
  at: Position;
  /** The Natural Earth country the part is drawn in (where it is not already). */
  shownIn: string;
}

/** The parts the geo features name, in their order. */
export const countryParts = (
  features: Iterable<{ properties: { id: string; naturalEarthPart?: { at: Position; shownIn: string } } }>,
): CountryPart[] =>
  [...features].flatMap(({ properties: { id, naturalEarthPart: part } }) =>
    part ? [{ id, at: part.at, shownIn: part.shownIn }] : [],
  );

/** What is wrong with a part, by the feature and the field of its `naturalEarthPart`. */
export interface PartProblem {
  id: string;
  field: 'at' | 'shownIn';
  message: string;
}

export interface RecognisedCountries {
  countries: Map<string, Country>;
  /** Feature id → the part's shape. */
  parts: Map<string, CountryGeometry>;
  problems: PartProblem[];
}

const holds = (polygon: Position[][], point: Position) =>
  booleanPointInPolygon(point, { type: 'Polygon', coordinates: polygon });

/**
 * Each part found (the polygon of whichever country holds `at`) and drawn in `shownIn`: moved there
 * from the country Natural Earth puts it in, or left where it is when that is already `shownIn`.
 */
export function recogniseParts(
  countries: ReadonlyMap<string, Country>,
  parts: readonly CountryPart[],
): RecognisedCountries {
  const result = new Map(countries);
  const shapes = new Map<string, CountryGeometry>();
  const problems: PartProblem[] = [];
  for (const part of parts) {
    const recognised = result.get(part.shownIn);
    if (!recognised) {
      problems.push({
        id: part.id,
        field: 'shownIn',
        message: `Natural Earth has no country named "${part.shownIn}"`,
      });
      continue;
    }
    const holder = [...result.values()].find((country) =>
      polygonsOf(country.geometry).some((polygon) => holds(polygon, part.at)),
    );
    if (!holder) {
      problems.push({
        id: part.id,
        field: 'at',
        message: `[${part.at.join(', ')}] lies in no Natural Earth country`,
      });
      continue;
    }
    const holderPolygons = polygonsOf(holder.geometry);
    const index = holderPolygons.findIndex((polygon) => holds(polygon, part.at));
    const polygon = holderPolygons[index]!;
    if (holder !== recognised) {
      if (holderPolygons.length === 1) {
        problems.push({
          id: part.id,
          field: 'at',
          message: `[${part.at.join(', ')}] lies in the whole of "${holder.properties.name}", not in a part of it`,
        });
        continue;
      }
      result.set(holder.properties.name, {
        ...holder,
        geometry: asGeometry(holderPolygons.filter((_, other) => other !== index)),
      });
      result.set(part.shownIn, {
        ...recognised,
        geometry: asGeometry([...polygonsOf(recognised.geometry), polygon]),
      });
    }
    shapes.set(part.id, asGeometry([polygon]));
  }
  return { countries: result, parts: shapes, problems };
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

/**
 * Whether a ring goes all the way round (its longitudes span the globe once unwrapped): it encloses a
 * pole, which Web Mercator cannot draw, and it lies off every view this map shows. Antarctica's does.
 */
export function circlesAPole(geometry: CountryGeometry): boolean {
  return polygonsOf(geometry).some((polygon) =>
    polygon.some((ring) => {
      const longitudes = ring.map((point) => point[0]!);
      return Math.max(...longitudes) - Math.min(...longitudes) >= 359;
    }),
  );
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

/**
 * The prepared countries: the geo data's parts drawn where they are recognised, the antimeridian
 * repaired, simplified; a country circling a pole (Antarctica) left out. The parts are simplified
 * alike, so their borders meet.
 */
export function prepareCountries(
  topology: Topology,
  tolerance: number,
  decimals: number,
  parts: readonly CountryPart[] = [],
): RecognisedCountries {
  const recognised = recogniseParts(countriesFromTopology(topology), parts);
  const prepare = (geometry: CountryGeometry) =>
    simplifyForMap(unwrapAntimeridian(geometry), tolerance, decimals);
  const countries = new Map<string, Country>();
  for (const [name, country] of recognised.countries) {
    const unwrapped = unwrapAntimeridian(country.geometry);
    if (circlesAPole(unwrapped)) continue;
    countries.set(name, { ...country, geometry: simplifyForMap(unwrapped, tolerance, decimals) });
  }
  const shapes = new Map([...recognised.parts].map(([id, geometry]) => [id, prepare(geometry)]));
  return { countries, parts: shapes, problems: recognised.problems };
}
