import { PALETTE } from '../map/icons.ts';

/** How each layer is drawn, for the legend: shape and pattern as well as colour. */
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

export const LEGEND: Record<string, LegendItem[]> = {
  ukraine: [
    { label: 'Ukraine', swatch: { kind: 'fill', color: PALETTE.ukraine } },
    { label: 'Crimea, occupied by Russia since 2014', swatch: { kind: 'hatch', color: PALETTE.crimea } },
    { label: 'Donbas, war since 2014', swatch: { kind: 'fill', color: PALETTE.donbas, dashed: true } },
  ],
  kazakhstan: [
    { label: 'Kazakhstan', swatch: { kind: 'fill', color: PALETTE.kazakhstan } },
    { label: 'Northern Kazakhstan', swatch: { kind: 'fill', color: PALETTE.kazakhstan, dashed: true } },
  ],
  csto: [
    { label: 'CSTO member', swatch: { kind: 'fill', color: PALETTE.csto, dashed: true } },
    { label: 'CSTO deployment to Kazakhstan', swatch: { kind: 'line', color: PALETTE.csto, dashed: true } },
  ],
  forces: [
    { label: 'Force position', swatch: { kind: 'triangle', color: PALETTE.forces } },
    { label: 'Build-up area and concentrations', swatch: { kind: 'hatch', color: PALETTE.buildup } },
    { label: 'Move of the 41st Army', swatch: { kind: 'line', color: PALETTE.forces, dashed: true } },
  ],
  talks: [{ label: 'Talks, January 2022', swatch: { kind: 'square', color: PALETTE.talks } }],
};

export const FALLBACK_ITEM = (name: string): LegendItem => ({
  label: name,
  swatch: { kind: 'circle', color: PALETTE.text },
});
