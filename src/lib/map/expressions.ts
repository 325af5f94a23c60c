import type { ExpressionSpecification } from 'maplibre-gl';
import type { LineStyle } from '../../contract/layer-style.ts';
import type { ResolvedLook, ResolvedRule } from './looks.ts';

/** Drawn by this layer, as its own or as a member (Kazakhstan in the CSTO): `layers` is " own member… ". */
export const inLayer = (layer: string): ExpressionSpecification => ['in', ` ${layer} `, ['get', 'layers']];
/** Belongs to this layer's own file. */
export const ofLayer = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];
export const hasRole = (role: string): ExpressionSpecification => ['==', ['get', 'role'], role];

export type GeometryClass = 'polygon' | 'line' | 'point';

const GEOMETRY_TYPES: Record<GeometryClass, string[]> = {
  polygon: ['Polygon', 'MultiPolygon'],
  line: ['LineString', 'MultiLineString'],
  point: ['Point', 'MultiPoint'],
};

export const isGeometry = (geometry: GeometryClass): ExpressionSpecification => [
  'in',
  ['geometry-type'],
  ['literal', GEOMETRY_TYPES[geometry]],
];

export function geometryClass(type: string): GeometryClass | null {
  for (const [name, types] of Object.entries(GEOMETRY_TYPES))
    if (types.includes(type)) return name as GeometryClass;
  return null;
}

const active: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'selected'], false],
];

/** A value that changes while the feature is hovered or selected (feature-state: no data re-upload). */
export function whenActive(on: number, off: number): ExpressionSpecification;
export function whenActive(on: string, off: string): ExpressionSpecification;
export function whenActive(
  on: ExpressionSpecification,
  off: ExpressionSpecification,
): ExpressionSpecification;
export function whenActive(
  on: number | string | ExpressionSpecification,
  off: number | string | ExpressionSpecification,
): ExpressionSpecification {
  return ['case', active, on, off];
}

/** True for shapes a rule applies to, by the feature's kind and the part's role. */
export function ruleMatches(rule: ResolvedRule): ExpressionSpecification {
  const tests: ExpressionSpecification[] = [];
  if (rule.kinds) tests.push(['in', ['get', 'kind'], ['literal', [...rule.kinds]]]);
  if (rule.roles) tests.push(['in', ['get', 'role'], ['literal', [...rule.roles]]]);
  return tests.length === 0 ? ['literal', true] : tests.length === 1 ? tests[0]! : ['all', ...tests];
}

/**
 * One style value chosen per shape by the layer's rules, first match wins: a `case` over the rules,
 * or the plain value when every rule gives the same one (cheaper for MapLibre to evaluate).
 */
export function byRule<T extends string | number | boolean | ExpressionSpecification>(
  rules: readonly ResolvedRule[],
  value: (look: ResolvedLook) => T,
): T | ExpressionSpecification {
  const values = rules.map((rule) => value(rule.look));
  const last = values[values.length - 1]!;
  if (values.every((item) => JSON.stringify(item) === JSON.stringify(last))) return last;
  const branches = rules.slice(0, -1).flatMap((rule, index) => [ruleMatches(rule), values[index]!]);
  return ['case', ...branches, last] as ExpressionSpecification;
}

/** Dash patterns, in line widths. */
export const DASHES: Record<Exclude<LineStyle, 'none'>, [number, number]> = {
  solid: [1, 0],
  dashed: [2, 1.5],
  dotted: [1, 1.6],
};

export const dashes = (style: LineStyle): ExpressionSpecification => [
  'literal',
  DASHES[style === 'none' ? 'solid' : style],
];
