/**
 * How a layer is drawn, as its `geo/<layer>.geojson` header states it (`layer.style`). The app turns this
 * into MapLibre layers and a legend; no layer or feature id appears in code.
 */

export type FillStyle = 'solid' | 'hatch' | 'none';
export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'none';
export type MarkerShape = 'circle' | 'square' | 'triangle';
/** What the label at a feature's anchor says: its name (with its troops, if any), only its troops, or nothing. */
export type AnchorLabel = 'name' | 'troops' | 'none';

/** A look: every field optional; a rule's fields override the layer's, which override the defaults. */
export interface Look {
  /** Main colour, `#rrggbb`. */
  color?: string;
  /** Outline colour of areas (default: the main colour). */
  stroke?: string;
  /** Colour of labels (default: near-black). */
  labelColor?: string;
  /** Areas: a tint, diagonal hatching, or no fill. */
  fill?: FillStyle;
  /** Opacity of a solid fill, 0 to 1. */
  opacity?: number;
  /** Outline of areas. */
  outline?: LineStyle;
  /** Lines (routes, arcs). */
  line?: LineStyle;
  /** Line width in pixels. */
  width?: number;
  /** Points: the marker's shape. Shape carries meaning beside colour. */
  marker?: MarkerShape;
  /** Marker size in pixels. */
  size?: number;
  /** The label at the feature's anchor (single points are labelled beside their marker instead). */
  label?: AnchorLabel;
}

/** A look for the shapes whose feature `kind` and part `role` match (first matching rule wins). */
export interface LookRule extends Look {
  /** Feature kinds this rule applies to; absent: any kind. */
  kind?: string[];
  /** Part roles this rule applies to (`main` for a feature drawn whole, `anchor` for its label point); absent: any. */
  role?: string[];
  /** The legend's words for what this rule draws; absent: the rule has no legend entry of its own. */
  legend?: string;
}

export interface LayerStyle extends Look {
  rules?: LookRule[];
}
