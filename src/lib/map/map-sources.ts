import type { FeatureCollection, Geometry } from 'geojson';
import type { FeatureSummary, MapData, RenderProperties } from '../../contract/dataset.ts';
import { resolveRules, ruleIndex, type ResolvedRule } from './looks.ts';
import { graticule } from './graticule.ts';

/** The role of the point where a feature's label and troop symbol stand. */
export const ANCHOR_ROLE = 'anchor';
/** Features of this kind are named on the basemap in every view, not only with their layer. */
export const COUNTRY_KIND = 'country';

export interface MissionProperties extends RenderProperties {
  /** Anchor points only: the label's text ('' for none), from the layer's `label` look. */
  text?: string;
  /** Anchor points only: troop symbol radius in pixels (0 for none), on the pipeline's troop scale. */
  radius?: number;
  /** Anchor points only: the label stands above the troop symbol rather than on the anchor. */
  above?: boolean;
}

/** A feature drawn as one point is named beside its marker; its anchor needs no label of its own. */
function anchorText(feature: FeatureSummary, rule: ResolvedRule, singlePoint: boolean): string {
  const troops = feature.troops?.label ?? '';
  if (singlePoint || feature.kind === COUNTRY_KIND) return '';
  if (rule.look.label === 'none') return '';
  if (rule.look.label === 'troops') return troops;
  return troops ? `${feature.name}\n${troops}` : feature.name;
}

/**
 * The mission source: every shape of every feature, plus one anchor point per feature carrying its
 * label text and troop symbol radius. One source for all, so hover and selection set one feature-state.
 */
export function missionSource(data: MapData): FeatureCollection<Geometry, MissionProperties> {
  const rules = new Map(data.layers.map((layer) => [layer.id, resolveRules(layer.style, layer.name)]));
  const shapeCount = new Map<string, number>();
  for (const shape of data.shapes.features)
    shapeCount.set(shape.properties.id, (shapeCount.get(shape.properties.id) ?? 0) + 1);
  const singlePoints = new Set(
    data.shapes.features
      .filter((shape) => shape.properties.role === 'main' && shape.geometry.type === 'Point')
      .map((shape) => shape.properties.id)
      .filter((id) => shapeCount.get(id) === 1),
  );
  const anchors = data.features.map((feature) => {
    const layerRules = rules.get(feature.layer) ?? resolveRules({}, feature.layer);
    const rule = layerRules[ruleIndex(layerRules, feature.kind, ANCHOR_ROLE)]!;
    const radius = feature.troops?.radius ?? 0;
    const text = anchorText(feature, rule, singlePoints.has(feature.id));
    return {
      type: 'Feature' as const,
      properties: {
        id: feature.id,
        name: feature.name,
        layer: feature.layer,
        layers: ` ${[feature.layer, ...feature.memberOf].join(' ')} `,
        kind: feature.kind,
        role: ANCHOR_ROLE,
        label: '',
        text,
        radius,
        above: radius > 0 && rule.look.label === 'troops',
      },
      geometry: { type: 'Point' as const, coordinates: feature.anchor },
    };
  });
  return { type: 'FeatureCollection', features: [...data.shapes.features, ...anchors] };
}

type BasemapProperties = { name?: string; major?: boolean } | null;

/**
 * The basemap source: Natural Earth countries, the graticule, the names of the basemap countries and
 * (larger) of the countries the layers draw in detail.
 */
export function basemapSource(data: MapData): FeatureCollection<Geometry, BasemapProperties> {
  return {
    type: 'FeatureCollection',
    features: [
      ...data.basemap.features,
      ...graticule(10).features,
      ...data.basemapLabels.features.map((label) => ({
        ...label,
        properties: { name: label.properties.name, major: false },
      })),
      ...data.features
        .filter((feature) => feature.kind === COUNTRY_KIND)
        .map((feature) => ({
          type: 'Feature' as const,
          properties: { name: feature.name, major: true },
          geometry: { type: 'Point' as const, coordinates: feature.anchor },
        })),
    ],
  };
}
