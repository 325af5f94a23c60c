import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSummary } from '../../contract/dataset.ts';
import {
  byRule,
  dashes,
  geometryClass,
  hasRole,
  isGeometry,
  whenActive,
  type GeometryClass,
} from './expressions.ts';
import { hatchImage, markerImage, type ImageRecipe } from './icons.ts';
import { resolveRules, ruleIndex, type ResolvedLook, type ResolvedRule } from './looks.ts';
import { ANCHOR_ROLE, type MissionProperties } from './map-sources.ts';

export const MISSION_SOURCE = 'mission';

/** The kinds of drawing the thematic layers share: one MapLibre layer each, for every app layer. */
export type DrawingKind = 'fill' | 'hatch' | 'outline' | 'lines' | 'troops';

/** The MapLibre layer id of each shared drawing. */
export const DRAWING_LAYER: Record<DrawingKind, string> = {
  fill: 'thematic-fill',
  hatch: 'thematic-hatch',
  outline: 'thematic-outline',
  lines: 'thematic-lines',
  troops: 'thematic-troops',
};

/** What one app layer adds to the shared layers, from its header's rules and its shapes. */
export interface LayerSet {
  id: string;
  rules: ResolvedRule[];
  /** Which of its shapes each shared drawing draws (a test on kind and role); absent: none. */
  draws: Partial<Record<DrawingKind, ExpressionSpecification>>;
  /** What it adds to the shared symbol layer (symbol-layer.ts): its rules, and whether it has points. */
  symbols: { rules: ResolvedRule[]; points: boolean } | null;
  images: ImageRecipe[];
}

/** The app layer a copy of a shape is drawn for: a member's shape has one copy per layer that draws it. */
export const DRAWN_BY = 'by';

export interface DrawnProperties extends MissionProperties {
  [DRAWN_BY]: string;
}

/** The copy of a shape drawn for its own layer: for what is drawn once whatever layers draw it. */
export const ownCopy: ExpressionSpecification = ['==', ['get', DRAWN_BY], ['get', 'layer']];

/**
 * The mission source as the shared layers read it: every shape once per app layer that draws it (its
 * own, and those it is a member of: Kazakhstan in the CSTO), marked with that layer, so one MapLibre
 * layer draws it in each layer's look; anchors once, for their own layer. The copies share the
 * feature's id, so hover, selection and "not yet" (feature-state) mark them all.
 */
export function drawnSource(
  mission: FeatureCollection<Geometry, MissionProperties>,
): FeatureCollection<Geometry, DrawnProperties> {
  return {
    type: 'FeatureCollection',
    features: mission.features.flatMap((feature) => {
      const { properties } = feature;
      const by = properties.role === ANCHOR_ROLE ? [properties.layer] : properties.layers.trim().split(/\s+/);
      return by.map((layer) => ({ ...feature, properties: { ...properties, [DRAWN_BY]: layer } }));
    }),
  };
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

const drawnBy: ExpressionSpecification = ['get', DRAWN_BY];

/**
 * What one app layer draws, generated from its header's rules (src/contract/layer-style.ts): which of
 * its shapes each shared drawing takes (only the drawings its shapes need), and the images it names.
 */
export function layerSet(
  layer: Pick<LayerSummary, 'id' | 'name' | 'style'>,
  content: LayerContent,
): LayerSet {
  const { id } = layer;
  const { rules, uses } = content;
  const set: LayerSet = { id, rules, draws: {}, symbols: null, images: [] };
  const fills = (style: string) => toBoolean(byRule(rules, (look) => look.fill === style));

  if (uses('polygon', (rule) => rule.look.fill === 'solid')) set.draws.fill = fills('solid');
  if (uses('polygon', (rule) => rule.look.fill === 'hatch')) {
    for (const rule of rules) if (rule.look.fill === 'hatch') set.images.push(hatchImage(rule.look.color));
    set.draws.hatch = fills('hatch');
  }
  if (uses('polygon', (rule) => rule.look.outline !== 'none'))
    set.draws.outline = toBoolean(byRule(rules, (look) => look.outline !== 'none'));
  if (uses('line', (rule) => rule.look.line !== 'none'))
    set.draws.lines = toBoolean(byRule(rules, (look) => look.line !== 'none'));
  if (content.troops) set.draws.troops = ['literal', true];
  const points = uses('point', () => true);
  if (points)
    for (const rule of rules) set.images.push(markerImage(rule.look.marker, rule.look.color, rule.look.size));
  if (points || content.labels) set.symbols = { rules, points };
  return set;
}

/**
 * A value per shape, from the rules of the app layer the copy is drawn for: a `match` on that layer,
 * then its rules. Always an expression, so a paint property is data-driven in every shared layer
 * alike and MapLibre compiles one program for them (the outlines and the lines share one).
 */
export function perLayer(
  sets: readonly LayerSet[],
  value: (set: LayerSet) => string | number | boolean | ExpressionSpecification,
): ExpressionSpecification {
  const [first, ...others] = sets;
  if (!first) throw new Error('perLayer needs at least one layer');
  const fallback = asExpression(value(first));
  return [
    'match',
    drawnBy,
    first.id,
    fallback,
    ...others.flatMap((set): [string, ExpressionSpecification] => [set.id, asExpression(value(set))]),
    fallback,
  ] as ExpressionSpecification;
}

/** A shared layer's filter: the shapes of the right geometry each visible app layer draws with it. */
export function drawingFilter(
  kind: DrawingKind,
  sets: readonly LayerSet[],
  visible: readonly string[],
): FilterSpecification {
  const shown = new Set(visible);
  const branches = sets.flatMap((set): [string, ExpressionSpecification] | [] => {
    const test = set.draws[kind];
    return test && shown.has(set.id) ? [set.id, test] : [];
  });
  const which: ExpressionSpecification =
    branches.length === 0
      ? ['literal', false]
      : (['match', drawnBy, ...branches, false] as ExpressionSpecification);
  const shape: ExpressionSpecification =
    kind === 'troops'
      ? ['all', hasRole(ANCHOR_ROLE), ['>', ['get', 'radius'], 0]]
      : isGeometry(kind === 'lines' ? 'line' : 'polygon');
  return ['all', shape, which];
}

/** The shared layers, by the tier they are drawn in (areas under outlines under lines and troops). */
export interface SharedLayers {
  areas: LayerSpecification[];
  outlines: LayerSpecification[];
  lines: LayerSpecification[];
  /** Layers a click or hover can pick. */
  hit: string[];
  /** Whether every area, solid or hatched, has an outline drawn over its edge (none needs smoothing). */
  areasEdged: boolean;
  /** Each shared layer's filter for the visible app layers: a toggle changes these, not the layers. */
  filters: (visible: readonly string[]) => Array<[string, FilterSpecification]>;
}

/**
 * ONE MapLibre layer per kind of drawing, shared by every app layer (like the symbol layer): fewer
 * layers and, above all, fewer distinct paint configurations, so MapLibre compiles and links fewer
 * WebGL programs on the first render. Only the drawings some app layer needs exist; hidden app layers
 * are left out by the filter, so MapLibre does not lay them out. The app layers' order is kept inside
 * each shared layer by its sort key (later layers on top).
 */
export function sharedLayers(sets: readonly LayerSet[], visible: readonly string[]): SharedLayers {
  const using = (kind: DrawingKind) => sets.filter((set) => set.draws[kind]);
  const rank = (kind: DrawingKind) => perLayer(using(kind), (set) => sets.indexOf(set));
  const look = (
    kind: DrawingKind,
    value: (look: ResolvedLook) => string | number | boolean | ExpressionSpecification,
  ) => perLayer(using(kind), (set) => byRule(set.rules, value));
  const base = (kind: DrawingKind) => ({
    id: DRAWING_LAYER[kind],
    source: MISSION_SOURCE,
    filter: drawingFilter(kind, sets, visible),
  });
  /** Whether every rule that fills areas this way also outlines them: the outline then draws the edge. */
  const edged = (kind: 'fill' | 'hatch') =>
    using(kind).every((set) =>
      set.rules.every(
        (rule) => rule.look.fill !== (kind === 'fill' ? 'solid' : 'hatch') || rule.look.outline !== 'none',
      ),
    );
  const layers: Partial<Record<DrawingKind, LayerSpecification>> = {};
  if (using('fill').length)
    layers.fill = {
      ...base('fill'),
      type: 'fill',
      layout: { 'fill-sort-key': rank('fill') },
      paint: {
        // No antialiased edge where the outlines draw the edges (MapLibre then links no program for
        // it); a layer whose areas have no outline keeps it.
        'fill-antialias': !edged('fill'),
        'fill-color': look('fill', (look) => look.color),
        'fill-opacity': whenActive(
          look('fill', (look) => Math.min(1, look.opacity + 0.15)),
          look('fill', (look) => look.opacity),
        ),
      },
    };
  if (using('hatch').length)
    layers.hatch = {
      ...base('hatch'),
      type: 'fill',
      layout: { 'fill-sort-key': rank('hatch') },
      paint: {
        'fill-antialias': !edged('hatch'),
        'fill-pattern': look('hatch', (look) => hatchImage(look.color).name),
        'fill-opacity': whenActive(1, 0.85),
      },
    };
  if (using('outline').length)
    layers.outline = {
      ...base('outline'),
      type: 'line',
      layout: { 'line-sort-key': rank('outline') },
      paint: {
        'line-color': look('outline', (look) => look.stroke),
        'line-width': whenActive(3, 1.4),
        'line-dasharray': look('outline', (look) => dashes(look.outline)),
      },
    };
  if (using('lines').length)
    layers.lines = {
      ...base('lines'),
      type: 'line',
      layout: { 'line-cap': 'round', 'line-sort-key': rank('lines') },
      paint: {
        'line-color': look('lines', (look) => look.color),
        'line-width': whenActive(
          look('lines', (look) => look.width + 1.8),
          look('lines', (look) => look.width),
        ),
        'line-dasharray': look('lines', (look) => dashes(look.line)),
      },
    };
  // Troop symbols: circles whose area is proportional to the troops, at the feature's anchor.
  if (using('troops').length)
    layers.troops = {
      ...base('troops'),
      type: 'circle',
      layout: { 'circle-sort-key': rank('troops') },
      paint: {
        'circle-radius': ['get', 'radius'],
        'circle-color': look('troops', (look) => look.color),
        'circle-opacity': 0.16,
        'circle-stroke-color': look('troops', (look) => look.color),
        'circle-stroke-width': 1.5,
      },
    };
  const present = (Object.keys(layers) as DrawingKind[]).filter((kind) => layers[kind]);
  const pick = (...kinds: DrawingKind[]) => kinds.flatMap((kind) => (layers[kind] ? [layers[kind]] : []));
  return {
    areas: pick('fill', 'hatch'),
    outlines: pick('outline'),
    lines: pick('lines', 'troops'),
    areasEdged: edged('fill') && edged('hatch'),
    hit: present
      .filter((kind) => kind === 'fill' || kind === 'hatch' || kind === 'lines')
      .map((kind) => DRAWING_LAYER[kind]),
    filters: (shown) => present.map((kind) => [DRAWING_LAYER[kind], drawingFilter(kind, sets, shown)]),
  };
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
