import type { Topology } from 'topojson-specification';
import type { Geometry } from 'geojson';
import { countryParts, prepareCountries, type RecognisedCountries } from './geo/countries.ts';
import type { GeoFeature } from './geo/geo-schema.ts';
import { parseGeoFiles, type GeoLayerFile } from './geo/load-geo.ts';
import { checkWithin } from './geo/within.ts';
import { buildAliasIndex, type AliasIndex, type MatchableFeature } from './text/match/alias-index.ts';
import { parseSources, type SourcesFile } from './text/meta/sources.ts';
import type { Problem } from '../contract/article.ts';

/** Everything but the seeds: what every article is matched against, and what the reduce draws. */
export interface CorpusInput {
  sourcesText: string | null;
  geoFiles: ReadonlyArray<{ file: string; text: string }>;
  /** The presentation's briefing (story/briefing.json), or null when there is none. */
  storyText?: string | null;
  /** Natural Earth 1:50m for mission countries, 1:110m for the basemap. */
  detailTopology: Topology;
  overviewTopology: Topology;
}

export interface PreparedCorpus {
  layers: GeoLayerFile[];
  features: Array<{ feature: GeoFeature; layer: GeoLayerFile }>;
  geometries: Map<string, Geometry>;
  knownLayers: Set<string>;
  /** Plain data a worker can rebuild the alias index from. */
  aliasSpec: MatchableFeature[];
  aliases: AliasIndex;
  sources: SourcesFile;
  problems: Problem[];
}

/** Tolerances in degrees: enough detail for zoom 2–7, where this map lives (0.03° ≈ 5 px at zoom 7). */
const DETAIL = { tolerance: 0.03, decimals: 2 };

/** Reads the geo layers and the curator's sources: the small, shared context of the per-article stage. */
export function prepareCorpus(input: CorpusInput): PreparedCorpus {
  const problems: Problem[] = [];
  const geo = parseGeoFiles(input.geoFiles);
  problems.push(...geo.problems);
  const features = geo.layers.flatMap((layer) => layer.features.map((feature) => ({ feature, layer })));
  const detailCountries = prepareCountries(
    input.detailTopology,
    DETAIL.tolerance,
    DETAIL.decimals,
    countryParts(features.map(({ feature }) => feature)),
  );
  const fileOf = new Map(features.map(({ feature, layer }) => [feature.properties.id, layer.file]));
  for (const { id, field, message } of detailCountries.problems)
    problems.push({
      file: fileOf.get(id)!,
      message: `feature "${id}": naturalEarthPart.${field}: ${message}`,
    });
  const geometries = new Map<string, Geometry>();
  for (const { feature, layer } of features) {
    const geometry = resolveGeometry(feature, detailCountries);
    if (geometry) geometries.set(feature.properties.id, geometry);
    else if (feature.properties.naturalEarth)
      problems.push({
        file: layer.file,
        message: `feature "${feature.properties.id}": naturalEarth: Natural Earth has no country named "${feature.properties.naturalEarth}"`,
      });
  }
  const knownLayers = new Set(geo.layers.map((layer) => layer.layer.id));
  for (const { feature, layer } of features) {
    for (const member of feature.properties.memberOf) {
      if (!knownLayers.has(member))
        problems.push({
          file: layer.file,
          message: `feature "${feature.properties.id}": memberOf names unknown layer "${member}"`,
        });
    }
  }
  const aliasSpec: MatchableFeature[] = features.map(({ feature, layer }) => ({
    id: feature.properties.id,
    aliases: feature.properties.aliases,
    weakAliases: feature.properties.weakAliases,
    incidentalAliases: feature.properties.incidentalAliases,
    within: feature.properties.within,
    demonyms: feature.properties.demonyms,
    // Its own epithets and its layer's for its kind: each may stand for it once it has been named.
    epithets: [
      ...new Set([...(layer.layer.epithets[feature.properties.kind] ?? []), ...feature.properties.epithets]),
    ],
  }));
  problems.push(...checkWithin(features));
  const sources = parseSources(input.sourcesText);
  problems.push(...sources.problems);
  return {
    layers: geo.layers,
    features,
    geometries,
    knownLayers,
    aliasSpec,
    aliases: buildAliasIndex(aliasSpec),
    sources: sources.sources,
    problems,
  };
}

function resolveGeometry(
  feature: GeoFeature,
  { countries, parts: countryParts }: RecognisedCountries,
): Geometry | null {
  const { id, naturalEarth, naturalEarthPart, parts } = feature.properties;
  if (naturalEarth) return countries.get(naturalEarth)?.geometry ?? null;
  // A part with a problem (already reported) has no shape.
  if (naturalEarthPart) return countryParts.get(id) ?? null;
  if (feature.geometry) return feature.geometry;
  return { type: 'GeometryCollection', geometries: (parts ?? []).map((part) => part.geometry) };
}
