import type { FeatureCollection, LineString } from 'geojson';

/** Meridians and parallels every `step` degrees, densified so they curve correctly in Web Mercator. */
export function graticule(step = 10): FeatureCollection<LineString> {
  if (!(step > 0 && step <= 90)) throw new Error(`graticule step must be in (0, 90], got ${step}`);
  const lines: LineString[] = [];
  for (let lng = -180; lng <= 180; lng += step) {
    const coordinates: number[][] = [];
    for (let lat = -80; lat <= 80; lat += 2) coordinates.push([lng, lat]);
    lines.push({ type: 'LineString', coordinates });
  }
  for (let lat = -80; lat <= 80; lat += step) {
    const coordinates: number[][] = [];
    for (let lng = -180; lng <= 180; lng += 5) coordinates.push([lng, lat]);
    lines.push({ type: 'LineString', coordinates });
  }
  return {
    type: 'FeatureCollection',
    features: lines.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
}
