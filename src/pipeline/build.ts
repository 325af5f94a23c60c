import type { Topology } from 'topojson-specification';
import type { Geometry } from 'geojson';
import { bbox as turfBbox } from '@turf/bbox';
import { centroid } from '@turf/centroid';
import { greatCircleArc } from './geo/great-circle-arc.ts';
import { prepareCountries, type Country } from './geo/countries.ts';
import type {
  ArticleReport,
  BuildReport,
  Evidence,
  FeatureSummary,
  LayerSummary,
  MapData,
  RenderFeature,
} from '../contract/dataset.ts';
import type { GeoFeature } from './geo/geo-schema.ts';
import { parseGeoFiles, type GeoLayerFile } from './geo/load-geo.ts';
import { buildAliasIndex, rankExcerpts } from './text/match.ts';
import { resolveFacts } from './text/resolve-facts.ts';
import { resolveStory, type Story } from './story/story.ts';
import { parseSources } from './text/sources.ts';
import { articleFromSeed, articleIdOf } from './text/seed-article.ts';
import type { Article, Excerpt, Problem } from '../contract/article.ts';

export interface PipelineInput {
  /** Seed files as bytes; `file` is the path shown in messages, e.g. "seeds/000_x.txt". */
  seeds: ReadonlyArray<{ file: string; bytes: Uint8Array }>;
  sourcesText: string | null;
  geoFiles: ReadonlyArray<{ file: string; text: string }>;
  /** The presentation's briefing (story/briefing.json), or null when there is none. */
  storyText?: string | null;
  /** Natural Earth 1:50m for mission countries, 1:110m for the basemap. */
  detailTopology: Topology;
  overviewTopology: Topology;
}

export interface PipelineOutput {
  articles: Article[];
  layers: GeoLayerFile[];
  excerpts: Map<string, Excerpt[]>;
  mapData: MapData;
  evidence: Evidence;
  story: Story | null;
  report: BuildReport;
}

/** Tolerances in degrees: enough detail for zoom 2–7, where this map lives (0.03° ≈ 5 px at zoom 7). */
const DETAIL = { tolerance: 0.03, decimals: 2 };
const OVERVIEW = { tolerance: 0.3, decimals: 1 };
/** A related blurb is on topic when it names at least this many different mission features. */
const ON_TOPIC_FEATURES = 2;

export { articleIdOf };

/** The whole pipeline: seeds and geo in, typed data out. Pure: reads nothing, writes nothing. */
export function runPipeline(input: PipelineInput): PipelineOutput {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];

  const geo = parseGeoFiles(input.geoFiles);
  problems.push(...geo.problems);
  const detailCountries = prepareCountries(input.detailTopology, DETAIL.tolerance, DETAIL.decimals);
  const features = geo.layers.flatMap((layer) => layer.features.map((feature) => ({ feature, layer })));
  const geometries = new Map<string, Geometry>();
  for (const { feature, layer } of features) {
    const geometry = resolveGeometry(feature, detailCountries);
    if (geometry) geometries.set(feature.properties.id, geometry);
    else
      problems.push({
        file: layer.file,
        message: `feature "${feature.properties.id}": Natural Earth has no country named "${feature.properties.naturalEarth}"`,
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

  const aliasIndex = buildAliasIndex(
    features.map(({ feature }) => ({
      id: feature.properties.id,
      aliases: feature.properties.aliases,
      weakAliases: feature.properties.weakAliases,
    })),
  );
  const isOnTopic = (text: string) =>
    new Set(aliasIndex.find(text).map((hit) => hit.featureId)).size >= ON_TOPIC_FEATURES;

  const sources = parseSources(input.sourcesText);
  problems.push(...sources.problems);
  const articles: Article[] = [];
  const seeds = [...input.seeds].sort((a, b) => a.file.localeCompare(b.file));
  for (const seed of seeds) {
    const result = articleFromSeed(seed, sources.sources[articleIdOf(seed.file)], isOnTopic);
    problems.push(...result.problems);
    warnings.push(...result.warnings);
    if (result.article) articles.push(result.article);
  }
  const seedIds = new Set(seeds.map((seed) => articleIdOf(seed.file)));
  for (const id of Object.keys(sources.sources)) {
    if (!seedIds.has(id))
      warnings.push({ file: 'seeds/sources.json', message: `entry "${id}" has no seed file` });
  }

  const excerpts = rankExcerpts(articles, aliasIndex);
  const evidence: Evidence = { articles: {}, features: {} };
  for (const article of articles) {
    evidence.articles[article.id] = {
      id: article.id,
      meta: article.meta,
      paragraphs: article.paragraphs.map(({ index, section, text, heading }) =>
        heading === undefined ? { index, section, text } : { index, section, text, heading },
      ),
    };
  }
  for (const { feature, layer } of features) {
    const { id } = feature.properties;
    const facts = resolveFacts(feature.properties.facts, articles);
    for (const message of facts.problems)
      problems.push({ file: layer.file, message: `feature "${id}": ${message}` });
    const featureExcerpts = excerpts.get(id) ?? [];
    const cited = new Set([
      ...featureExcerpts.flatMap((excerpt) => [excerpt.article, ...excerpt.alsoIn.map((ref) => ref.article)]),
      ...facts.facts.flatMap((fact) => fact.claims.map((claim) => claim.article)),
    ]);
    evidence.features[id] = {
      description: feature.properties.description,
      aliases: [...feature.properties.aliases, ...feature.properties.weakAliases],
      sources: feature.properties.sources,
      facts: facts.facts,
      excerpts: featureExcerpts,
      articles: Object.fromEntries(
        [...cited].sort().flatMap((articleId) => {
          const article = evidence.articles[articleId];
          return article ? [[articleId, { id: articleId, meta: article.meta }]] : [];
        }),
      ),
    };
  }

  const story = resolveStory(
    input.storyText ?? null,
    articles,
    new Set(features.map(({ feature }) => feature.properties.id)),
    knownLayers,
  );
  problems.push(...story.problems);
  const mapData = buildMapData(
    geo.layers,
    geometries,
    excerpts,
    input.overviewTopology,
    story.story?.steps.length ?? 0,
  );
  const articleReports: ArticleReport[] = articles.map((article) => ({
    id: article.id,
    file: article.file,
    meta: article.meta,
    metaFrom: article.metaFrom,
    paragraphs: article.paragraphs.length,
    dropped: article.dropped,
  }));
  return {
    articles,
    layers: geo.layers,
    excerpts,
    mapData,
    evidence,
    story: story.story,
    report: { articles: articleReports, problems, warnings },
  };
}

function resolveGeometry(feature: GeoFeature, countries: Map<string, Country>): Geometry | null {
  const { naturalEarth, parts } = feature.properties;
  if (naturalEarth) return countries.get(naturalEarth)?.geometry ?? null;
  if (feature.geometry) return feature.geometry;
  return { type: 'GeometryCollection', geometries: (parts ?? []).map((part) => part.geometry) };
}

function buildMapData(
  layers: readonly GeoLayerFile[],
  geometries: ReadonlyMap<string, Geometry>,
  excerpts: ReadonlyMap<string, Excerpt[]>,
  overviewTopology: Topology,
  storySteps: number,
): MapData {
  const summaries: FeatureSummary[] = [];
  const shapes: RenderFeature[] = [];
  const layerSummaries: LayerSummary[] = layers.map(({ layer }) => ({
    ...layer,
    featureIds: [],
    excerptCount: 0,
  }));
  const layerById = new Map(layerSummaries.map((layer) => [layer.id, layer]));

  for (const { layer, features } of layers) {
    for (const feature of features) {
      const properties = feature.properties;
      const geometry = geometries.get(properties.id);
      if (!geometry) continue;
      const target = { type: 'Feature' as const, properties: {}, geometry };
      const [west, south, east, north] = turfBbox(target);
      const anchor = (properties.anchor ?? centroid(target).geometry.coordinates) as [number, number];
      const excerptCount = excerpts.get(properties.id)?.length ?? 0;
      const memberOf = properties.memberOf;
      summaries.push({
        id: properties.id,
        name: properties.name,
        kind: properties.kind,
        layer: layer.id,
        memberOf,
        anchor: [round5(anchor[0]), round5(anchor[1])],
        bbox: [west, south, east, north],
        troops: properties.troops ?? null,
        excerptCount,
      });
      for (const layerId of [layer.id, ...memberOf]) {
        const summary = layerById.get(layerId);
        if (!summary) continue;
        summary.featureIds.push(properties.id);
        summary.excerptCount += excerptCount;
      }
      const base = {
        id: properties.id,
        layer: layer.id,
        layers: ` ${[layer.id, ...memberOf].join(' ')} `,
        name: properties.name,
        kind: properties.kind,
      };
      const parts =
        properties.parts && !properties.naturalEarth && !feature.geometry ? properties.parts : null;
      if (parts) {
        for (const part of parts)
          shapes.push({
            type: 'Feature',
            properties: { ...base, role: part.role, label: part.label ?? '' },
            geometry: part.arc ? greatCircleArc(part.geometry) : part.geometry,
          });
      } else {
        shapes.push({ type: 'Feature', properties: { ...base, role: 'main', label: '' }, geometry });
      }
    }
  }
  const basemapCountries = prepareCountries(overviewTopology, OVERVIEW.tolerance, OVERVIEW.decimals);
  // Countries the mission draws in detail are drawn from the mission shapes, not twice.
  const detailed = new Set(
    layers.flatMap(({ features }) => features.flatMap((feature) => feature.properties.naturalEarth ?? [])),
  );
  const basemapFeatures = [...basemapCountries.values()].filter(
    (country) => country.properties.name !== 'Crimea' && !detailed.has(country.properties.name),
  );
  return {
    storySteps,
    layers: layerSummaries,
    features: summaries,
    shapes: { type: 'FeatureCollection', features: shapes },
    basemapLabels: {
      type: 'FeatureCollection',
      features: basemapFeatures.flatMap((country) => {
        const [west, south, east, north] = turfBbox(country);
        if ((east - west) * (north - south) < LABELLED_COUNTRY_AREA) return [];
        const [lng, lat] = centroid(country).geometry.coordinates as [number, number];
        return [
          {
            type: 'Feature' as const,
            properties: { name: country.properties.name },
            geometry: { type: 'Point' as const, coordinates: [round5(lng), round5(lat)] },
          },
        ];
      }),
    },
    basemap: {
      type: 'FeatureCollection',
      features: basemapFeatures.map((country) => ({
        type: 'Feature',
        properties: { name: country.properties.name },
        geometry: country.geometry,
      })),
    },
  };
}

/** Countries whose bounding box is at least this many square degrees get a name label on the basemap. */
const LABELLED_COUNTRY_AREA = 12;

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;
