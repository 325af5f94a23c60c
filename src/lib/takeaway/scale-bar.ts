/** A scale bar's length: the longest round distance (1, 2 or 5 × 10ⁿ metres) that fits in `maxPixels`. */
export function scaleBar(
  metresPerPixel: number,
  maxPixels: number,
): { metres: number; pixels: number; label: string } {
  if (!(metresPerPixel > 0) || !(maxPixels > 0)) throw new Error(`no scale for ${metresPerPixel} m/px`);
  const most = metresPerPixel * maxPixels;
  const power = 10 ** Math.floor(Math.log10(most));
  const step = [5, 2, 1].find((factor) => factor * power <= most) ?? 1;
  const metres = step * power;
  const label = metres >= 1000 ? `${(metres / 1000).toLocaleString('en')} km` : `${metres} m`;
  return { metres, pixels: metres / metresPerPixel, label };
}

const EARTH_RADIUS = 6_371_008.8;

/** Great-circle distance in metres between two [lng, lat] points (haversine). */
export function distanceMetres([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
}
