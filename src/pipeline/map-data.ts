import type { Topology } from 'topojson-specification';
import type { Geometry } from 'geojson';
import { bbox as turfBbox } from '@turf/bbox';
import { centroid } from '@turf/centroid';
import { greatCircleArc } from './geo/great-circle-arc.ts';
import { legendValues, troopScale } from './troop-scale.ts';
import { countryParts, prepareCountries } from './geo/countries.ts';
import type { GeoLayerFile } from './geo/load-geo.ts';
import type {
  ExcerptSources,
  FeatureSummary,
  LayerSummary,
  MapData,
  RenderFeature,
} from '../contract/dataset.ts';

const OVERVIEW = { tolerance: 0.3, decimals: 1 };

/** Layers, feature summaries with their excerpt counts, render shapes and the basemap: what the map draws. */
export function buildMapData(
  layers: readonly GeoLayerFile[],
  geometries: ReadonlyMap<string, Geometry>,
  /** Feature id → how many excerpts it has. */
  excerptCounts: ReadonlyMap<string, number>,
  overviewTopology: Topology,
  storySteps: number,
  /** Whose words the excerpts are (excerptSources over every article's outlet). */
  sources: ExcerptSources,
): MapData {
  const summaries: FeatureSummary[] = [];
  const shapes: RenderFeature[] = [];
  const layerSummaries: LayerSummary[] = layers.map(({ layer }) => ({
    ...layer,
    featureIds: [],
    excerptCount: 0,
  }));
  const layerById = new Map(layerSummaries.map((layer) => [layer.id, layer]));
  // One troop scale for the map's symbols and the legend's circles.
  const troopValues = layers.flatMap(({ features }) =>
    features.flatMap((feature) => (feature.properties.troops ? [feature.properties.troops.value] : [])),
  );
  const scale = troopValues.length ? troopScale(Math.max(...troopValues)) : null;
  const radius = (value: number) => (scale ? round5(scale(value)) : 0);

  for (const { layer, features } of layers) {
    for (const feature of features) {
      const properties = feature.properties;
      const geometry = geometries.get(properties.id);
      if (!geometry) continue;
      const target = { type: 'Feature' as const, properties: {}, geometry };
      const [west, south, east, north] = turfBbox(target);
      const anchor = (properties.anchor ?? centroid(target).geometry.coordinates) as [number, number];
      const excerptCount = excerptCounts.get(properties.id) ?? 0;
      const memberOf = properties.memberOf;
      summaries.push({
        id: properties.id,
        name: properties.name,
        kind: properties.kind,
        layer: layer.id,
        memberOf,
        anchor: [round5(anchor[0]), round5(anchor[1])],
        bbox: [west, south, east, north],
        troops: properties.troops ? { ...properties.troops, radius: radius(properties.troops.value) } : null,
        excerptCount,
        ...(properties.when ? { when: properties.when } : {}),
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
  const features = layers.flatMap((layer) => layer.features);
  // The parts' problems are the corpus's to report (prepareCorpus): a part with one is not moved.
  const basemapCountries = prepareCountries(
    overviewTopology,
    OVERVIEW.tolerance,
    OVERVIEW.decimals,
    countryParts(features),
  ).countries;
  // Countries the mission draws in detail are drawn from the mission shapes, not twice.
  const detailed = new Set(features.flatMap((feature) => feature.properties.naturalEarth ?? []));
  const basemapFeatures = [...basemapCountries.values()].filter(
    (country) => !detailed.has(country.properties.name),
  );
  const framed = features.flatMap((feature) => {
    const geometry = geometries.get(feature.properties.id);
    return geometry && feature.properties.openingView
      ? [{ type: 'Feature' as const, properties: {}, geometry }]
      : [];
  });
  const [west, south, east, north] = turfBbox({ type: 'FeatureCollection', features: framed });
  return {
    storySteps,
    openingBounds: [
      [west, south],
      [east, north],
    ],
    excerptSources: sources,
    troopLegend: legendValues(troopValues).map((value) => ({ value, radius: radius(value) })),
    borders: features.flatMap(({ properties: { naturalEarthPart: part } }) =>
      part ? [{ part: part.name, shownIn: part.shownIn }] : [],
    ),
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

/** How many outlets the credits name. */
export const CREDITED_OUTLETS = 3;

/**
 * The outlets with the most articles (ties in seed order), and how many articles that leaves unnamed:
 * `outlets` holds each article's outlet as its text states it (null where it does not), in seed order.
 */
export function excerptSources(outlets: Iterable<string | null>): ExcerptSources {
  const counts = new Map<string, number>();
  let articles = 0;
  for (const outlet of outlets) {
    articles += 1;
    if (outlet) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  // A stable sort: equal counts keep the order the outlets were first met in.
  const named = [...counts].sort((a, b) => b[1] - a[1]).slice(0, CREDITED_OUTLETS);
  return {
    outlets: named.map(([outlet]) => outlet),
    otherArticles: articles - named.reduce((sum, [, count]) => sum + count, 0),
  };
}
