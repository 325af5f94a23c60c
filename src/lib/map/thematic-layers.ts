import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Geometry } from 'geojson';
import type { LayerSummary } from '../../contract/dataset.ts';
import {
  byRule,
  dashes,
  geometryClass,
  hasRole,
  inLayer,
  isGeometry,
  ofLayer,
  whenActive,
  type GeometryClass,
} from './expressions.ts';
import { hatchImage, markerImage, type ImageRecipe } from './icons.ts';
import { resolveRules, ruleIndex, type ResolvedRule } from './looks.ts';
import { ANCHOR_ROLE, type MissionProperties } from './map-sources.ts';

export const MISSION_SOURCE = 'mission';

/** The MapLibre layers of one app layer, by the tier they are drawn in (areas under lines under symbols). */
export interface LayerSet {
  id: string;
  areas: LayerSpecification[];
  outlines: LayerSpecification[];
  lines: LayerSpecification[];
  /** What it adds to the shared symbol layer (symbol-layer.ts): its rules, and whether it has points. */
  symbols: { rules: ResolvedRule[]; points: boolean } | null;
  /** Layers a click or hover can pick. */
  hit: string[];
  images: ImageRecipe[];
}

/** What a layer has to draw: which rules apply to which geometries among its own and member shapes. */
export interface LayerContent {
  uses: (geometry: GeometryClass, test: (rule: ResolvedRule) => boolean) => boolean;
  rules: ResolvedRule[];
  /** Some of its own features carry a label at their anchor. */
  labels: boolean;
  /** Some of its own features carry a troop figure. */
  troops: boolean;
}

export function layerContent(
  layer: Pick<LayerSummary, 'id' | 'name' | 'style'>,
  shapes: ReadonlyArray<{ properties: MissionProperties; geometry: Geometry }>,
): LayerContent {
  const rules = resolveRules(layer.style, layer.name);
  const used = new Map<GeometryClass, Set<number>>();
  let labels = false;
  let troops = false;
  for (const { properties, geometry } of shapes) {
    if (properties.role === ANCHOR_ROLE && properties.layer === layer.id) {
      labels ||= Boolean(properties.text);
      troops ||= (properties.radius ?? 0) > 0;
    }
    if (!properties.layers.includes(` ${layer.id} `) || properties.role === ANCHOR_ROLE) continue;
    const kind = geometryClass(geometry.type);
    if (!kind) continue;
    const set = used.get(kind) ?? new Set<number>();
    set.add(ruleIndex(rules, properties.kind, properties.role));
    used.set(kind, set);
  }
  return {
    rules,
    labels,
    troops,
    uses: (geometry, test) => [...(used.get(geometry) ?? [])].some((index) => test(rules[index]!)),
  };
}

const all = (...tests: ExpressionSpecification[]): ExpressionSpecification => ['all', ...tests];

/**
 * The MapLibre layers that draw one app layer, generated from its header's rules (src/contract/layer-style.ts):
 * only the layers its shapes need, every paint value chosen per shape by kind and role.
 */
export function layerSet(
  layer: Pick<LayerSummary, 'id' | 'name' | 'style'>,
  content: LayerContent,
): LayerSet {
  const { id } = layer;
  const { rules, uses } = content;
  const set: LayerSet = { id, areas: [], outlines: [], lines: [], symbols: null, hit: [], images: [] };
  const fills = (style: string) => byRule(rules, (look) => look.fill === style);

  if (uses('polygon', (rule) => rule.look.fill === 'solid')) {
    set.areas.push({
      id: `${id}-fill`,
      type: 'fill',
      source: MISSION_SOURCE,
      filter: all(inLayer(id), isGeometry('polygon'), toBoolean(fills('solid'))),
      paint: {
        'fill-color': byRule(rules, (look) => look.color),
        'fill-opacity': whenActive(
          asExpression(byRule(rules, (look) => Math.min(1, look.opacity + 0.15))),
          asExpression(byRule(rules, (look) => look.opacity)),
        ),
      },
    });
    set.hit.push(`${id}-fill`);
  }
  if (uses('polygon', (rule) => rule.look.fill === 'hatch')) {
    for (const rule of rules) if (rule.look.fill === 'hatch') set.images.push(hatchImage(rule.look.color));
    set.areas.push({
      id: `${id}-hatch`,
      type: 'fill',
      source: MISSION_SOURCE,
      filter: all(inLayer(id), isGeometry('polygon'), toBoolean(fills('hatch'))),
      paint: {
        'fill-pattern': byRule(rules, (look) => hatchImage(look.color).name),
        'fill-opacity': whenActive(1, 0.85),
      },
    });
    set.hit.push(`${id}-hatch`);
  }
  if (uses('polygon', (rule) => rule.look.outline !== 'none')) {
    set.outlines.push({
      id: `${id}-outline`,
      type: 'line',
      source: MISSION_SOURCE,
      filter: all(
        inLayer(id),
        isGeometry('polygon'),
        toBoolean(byRule(rules, (look) => look.outline !== 'none')),
      ),
      paint: {
        'line-color': byRule(rules, (look) => look.stroke),
        'line-width': whenActive(3, 1.4),
        'line-dasharray': byRule(rules, (look) => dashes(look.outline)),
      },
    });
  }
  if (uses('line', (rule) => rule.look.line !== 'none')) {
    set.lines.push({
      id: `${id}-lines`,
      type: 'line',
      source: MISSION_SOURCE,
      filter: all(inLayer(id), isGeometry('line'), toBoolean(byRule(rules, (look) => look.line !== 'none'))),
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': byRule(rules, (look) => look.color),
        'line-width': whenActive(
          asExpression(byRule(rules, (look) => look.width + 1.8)),
          asExpression(byRule(rules, (look) => look.width)),
        ),
        'line-dasharray': byRule(rules, (look) => dashes(look.line)),
      },
    });
    set.hit.push(`${id}-lines`);
  }
  // Troop symbols: circles whose area is proportional to the troops, at the feature's anchor.
  if (content.troops)
    set.lines.push({
      id: `${id}-troops`,
      type: 'circle',
      source: MISSION_SOURCE,
      filter: all(ofLayer(id), hasRole(ANCHOR_ROLE), ['>', ['get', 'radius'], 0]),
      paint: {
        'circle-radius': ['get', 'radius'],
        'circle-color': byRule(rules, (look) => look.color),
        'circle-opacity': 0.16,
        'circle-stroke-color': byRule(rules, (look) => look.color),
        'circle-stroke-width': 1.5,
      },
    });
  const points = uses('point', () => true);
  if (points)
    for (const rule of rules) set.images.push(markerImage(rule.look.marker, rule.look.color, rule.look.size));
  if (points || content.labels) set.symbols = { rules, points };
  return set;
}

/** A constant or an expression, as an expression: `case` branches must be expressions or literals. */
export function asExpression(
  value: string | number | boolean | ExpressionSpecification,
): ExpressionSpecification {
  return typeof value === 'object' ? value : ['literal', value];
}

function toBoolean(value: boolean | ExpressionSpecification): ExpressionSpecification {
  return typeof value === 'boolean' ? ['literal', value] : value;
}
