import { greatCircle } from '@turf/great-circle';
import type { Geometry } from 'geojson';
import type { SimpleGeometry } from './geo-schema.ts';

const ARC_POINTS = 48;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** A two-point line drawn as the great circle between its ends, as flights and moves travel. */
export function greatCircleArc(geometry: SimpleGeometry): Geometry {
  if (geometry.type !== 'LineString' || geometry.coordinates.length !== 2) {
    throw new Error(`an arc needs a LineString of exactly two points, got ${geometry.type}`);
  }
  const [from, to] = geometry.coordinates as [[number, number], [number, number]];
  const arc = greatCircle(from, to, { npoints: ARC_POINTS });
  if (arc.geometry.type !== 'LineString') throw new Error('an arc must not cross the antimeridian here');
  return {
    type: 'LineString',
    coordinates: arc.geometry.coordinates.map(([lng, lat]) => [round2(lng!), round2(lat!)]),
  };
}
