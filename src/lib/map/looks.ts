import type { LayerStyle, Look, LookRule } from '../../contract/layer-style.ts';

/** A look with every field decided. */
export type ResolvedLook = Required<Look>;

/** A rule of a layer with its look resolved; the last rule of every layer is its catch-all. */
export interface ResolvedRule {
  kinds: readonly string[] | null;
  roles: readonly string[] | null;
  legend: string | null;
  look: ResolvedLook;
}

/** Used when a layer header states no colour: a neutral ink that reads on land and sea. */
export const DEFAULT_COLOR = '#4b5563';
export const LABEL_INK = '#1f2328';

const DEFAULT_LOOK: ResolvedLook = {
  color: DEFAULT_COLOR,
  stroke: '',
  labelColor: LABEL_INK,
  fill: 'solid',
  opacity: 0.3,
  outline: 'solid',
  line: 'solid',
  width: 2.2,
  marker: 'circle',
  size: 14,
  label: 'name',
};

/** The look fields a header states (a rule also has kind, role and legend, which are not looks). */
function pickLook(source: Look): Partial<ResolvedLook> {
  return Object.fromEntries(
    Object.entries(source).filter(([key, value]) => key in DEFAULT_LOOK && value !== undefined),
  );
}

function resolve(...looks: Look[]): ResolvedLook {
  const merged: ResolvedLook = { ...DEFAULT_LOOK };
  for (const look of looks) Object.assign(merged, pickLook(look));
  // The outline follows the colour unless a stroke is stated at the same level or below.
  const stroke = [...looks].reverse().find((look) => look.stroke !== undefined || look.color !== undefined);
  merged.stroke = stroke?.stroke ?? merged.color;
  return merged;
}

/**
 * A layer's rules in order, each with its look resolved (rule over layer over defaults), and a
 * catch-all rule last that draws whatever no rule names, in the layer's own look. So a feature of a
 * kind the header never mentions is still drawn, clickable and in the legend.
 */
export function resolveRules(style: LayerStyle = {}, layerName: string): ResolvedRule[] {
  const rules = (style.rules ?? []).map((rule: LookRule): ResolvedRule => ({
    kinds: rule.kind ?? null,
    roles: rule.role ?? null,
    legend: rule.legend ?? null,
    look: resolve(style, rule),
  }));
  rules.push({ kinds: null, roles: null, legend: layerName, look: resolve(style) });
  return rules;
}

/** The index of the first rule that applies to a shape of this kind and role. */
export function ruleIndex(rules: readonly ResolvedRule[], kind: string, role: string): number {
  const index = rules.findIndex(
    (rule) => (!rule.kinds || rule.kinds.includes(kind)) && (!rule.roles || rule.roles.includes(role)),
  );
  return index === -1 ? rules.length - 1 : index;
}
