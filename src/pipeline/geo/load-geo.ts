import { geoFeatureSchema, geoFileSchema, type GeoFeature, type LayerMeta } from './geo-schema.ts';
import type { Problem } from '../../contract/article.ts';
import { describeIssues, parseJsonInput } from '../json/json-input.ts';

export interface GeoLayerFile {
  file: string;
  layer: LayerMeta;
  features: GeoFeature[];
}

export interface GeoParseResult {
  layers: GeoLayerFile[];
  problems: Problem[];
}

/**
 * Parses and validates the authored geo files. A bad file or feature is reported by file, feature
 * and field; the good ones are still returned. Ids must be unique across all files.
 */
export function parseGeoFiles(files: ReadonlyArray<{ file: string; text: string }>): GeoParseResult {
  const layers: GeoLayerFile[] = [];
  const problems: Problem[] = [];
  const seenIds = new Map<string, string>();
  const seenLayers = new Map<string, string>();

  for (const { file, text } of files) {
    const input = parseJsonInput(file, text);
    if (!input.ok) {
      problems.push(input.problem);
      continue;
    }
    const parsedFile = geoFileSchema.safeParse(input.json);
    if (!parsedFile.success) {
      problems.push({ file, message: `not a layer FeatureCollection: ${describeIssues(parsedFile.error)}` });
      continue;
    }
    const layer = parsedFile.data.layer;
    const earlierLayer = seenLayers.get(layer.id);
    if (earlierLayer) {
      problems.push({ file, message: `layer id "${layer.id}" is already used by ${earlierLayer}` });
      continue;
    }
    seenLayers.set(layer.id, file);
    const features: GeoFeature[] = [];
    parsedFile.data.features.forEach((raw, index) => {
      const parsed = geoFeatureSchema.safeParse(raw);
      const rawId = (raw as { properties?: { id?: unknown } } | null)?.properties?.id;
      const label = typeof rawId === 'string' ? `feature ${index} ("${rawId}")` : `feature ${index}`;
      if (!parsed.success) {
        problems.push({ file, message: `${label}: ${describeIssues(parsed.error)}` });
        return;
      }
      const feature = parsed.data;
      const { id } = feature.properties;
      const earlier = seenIds.get(id);
      if (earlier) {
        problems.push({ file, message: `${label}: duplicate id "${id}" (already in ${earlier})` });
        return;
      }
      const { naturalEarth, naturalEarthPart, parts } = feature.properties;
      if (!feature.geometry && !naturalEarth && !naturalEarthPart && !parts) {
        problems.push({
          file,
          message: `${label}: no geometry, no "parts", no "naturalEarth" country and no "naturalEarthPart"`,
        });
        return;
      }
      const named = [...feature.properties.aliases, ...feature.properties.weakAliases].map((alias) =>
        alias.toLowerCase(),
      );
      const twice = feature.properties.demonyms.filter((demonym) => named.includes(demonym.toLowerCase()));
      if (twice.length > 0)
        problems.push({
          file,
          message: `${label}: demonyms: "${twice.join('", "')}" also stand in aliases or weakAliases (keep each in one place)`,
        });
      seenIds.set(id, file);
      features.push(feature);
    });
    const kinds = new Set(features.map((feature) => feature.properties.kind));
    for (const kind of Object.keys(layer.epithets))
      if (!kinds.has(kind))
        problems.push({
          file,
          message: `layer "${layer.id}": epithets: kind "${kind}" names no feature of this layer (its kinds: ${[...kinds].join(', ') || 'none'})`,
        });
    layers.push({ file, layer, features });
  }
  layers.sort((a, b) => a.layer.order - b.layer.order);
  return { layers, problems };
}
