import type { Geometry } from 'geojson';
import type { LayerSummary, RenderProperties } from '../../contract/dataset.ts';
import { geometryClass, type GeometryClass } from '../map/expressions.ts';
import { resolveRules, ruleIndex, type ResolvedRule } from '../map/looks.ts';

/** How a legend entry is drawn: shape and pattern as well as colour, as on the map. */
export type Swatch =
  | { kind: 'fill'; color: string; dashed?: boolean }
  | { kind: 'hatch'; color: string }
  | { kind: 'line'; color: string; dashed: boolean }
  | { kind: 'square'; color: string }
  | { kind: 'triangle'; color: string }
  | { kind: 'circle'; color: string };

export interface LegendItem {
  label: string;
  swatch: Swatch;
}

const GEOMETRY_ORDER: GeometryClass[] = ['polygon', 'line', 'point'];

/** The swatch of a rule, for the most prominent kind of shape it draws. */
export function swatchFor(rule: ResolvedRule, geometry: GeometryClass): Swatch {
  const { look } = rule;
  if (geometry === 'polygon') {
    if (look.fill === 'hatch') return { kind: 'hatch', color: look.color };
    if (look.fill === 'none') return { kind: 'line', color: look.stroke, dashed: look.outline !== 'solid' };
    return { kind: 'fill', color: look.color, dashed: look.outline !== 'solid' };
  }
  if (geometry === 'line') return { kind: 'line', color: look.color, dashed: look.line !== 'solid' };
  return { kind: look.marker, color: look.color };
}

/**
 * A layer's legend, from the same rules that draw it: one entry per rule that draws at least one
 * of the layer's shapes (its own and its members'), in rule order. A rule without `legend` words
 * adds no entry; shapes that no rule names are listed by their kind ("Exclusion zone").
 */
export function legendFor(
  layer: Pick<LayerSummary, 'id' | 'name' | 'style'>,
  shapes: ReadonlyArray<{ properties: RenderProperties; geometry: Geometry }>,
): LegendItem[] {
  const rules = resolveRules(layer.style, layer.name);
  const catchAll = rules.length - 1;
  // Entries keyed by rule, or by kind for the catch-all, in the order first met.
  const drawn = new Map<
    string,
    { label: string | null; rule: ResolvedRule; geometries: Set<GeometryClass> }
  >();
  rules.forEach((rule, index) => {
    if (index !== catchAll) drawn.set(`rule ${index}`, { label: rule.legend, rule, geometries: new Set() });
  });
  for (const { properties, geometry } of shapes) {
    if (!properties.layers.includes(` ${layer.id} `)) continue;
    const kind = geometryClass(geometry.type);
    if (!kind) continue;
    const index = ruleIndex(rules, properties.kind, properties.role);
    const key = index === catchAll ? `kind ${properties.kind}` : `rule ${index}`;
    const entry = drawn.get(key) ?? {
      label: capitalise(properties.kind),
      rule: rules[index]!,
      geometries: new Set(),
    };
    entry.geometries.add(kind);
    drawn.set(key, entry);
  }
  return [...drawn.values()].flatMap(({ label, rule, geometries }) => {
    const geometry = GEOMETRY_ORDER.find((candidate) => geometries.has(candidate));
    return geometry && label ? [{ label, swatch: swatchFor(rule, geometry) }] : [];
  });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
