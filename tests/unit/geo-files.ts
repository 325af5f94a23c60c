/** Hand-made geo layer files for unit tests, as the pipeline reads them (`{file, text}`). */

export const TALKS_LAYER = { id: 'talks', name: 'Talks', description: 'Where talks were held.', order: 1 };

/** A feature of the talks layer: Geneva, with a position source, unless `properties` say otherwise. */
export const talksFeature = (
  properties: Record<string, unknown> = {},
  coordinates: unknown = [6.15, 46.2],
) => ({
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

/** A layer file holding `features` (indented, so that an error's line means something). */
export const geoFile = (
  features: unknown[],
  { name = 'geo/talks.geojson', layer = TALKS_LAYER as object } = {},
) => ({
  file: name,
  text: JSON.stringify({ type: 'FeatureCollection', layer, features }, null, 2),
});
