import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureWhen } from '../../contract/timeline.ts';
import { MISSION_SOURCE } from './thematic-layers.ts';

/** How much of its opacity a feature keeps before its `when` starts ("as known on" an earlier day). */
export const NOT_YET_OPACITY = 0.25;

/** The feature-state key the map sets on features that have not yet begun on the "as known on" day. */
export const NOT_YET_STATE = 'notYet';

const OPACITY: Partial<Record<LayerSpecification['type'], string[]>> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['icon-opacity', 'text-opacity'],
};

type Opacity = number | ExpressionSpecification;

/** True while the feature is marked "not yet" (feature-state: moving the date re-uploads no data). */
export const isNotYet: ExpressionSpecification = ['boolean', ['feature-state', NOT_YET_STATE], false];

/**
 * A mission layer whose opacities fade while its feature is "not yet" (feature-state, so moving the
 * date re-uploads no data). Other layers are returned as they are.
 */
export function fadeNotYet(layer: LayerSpecification): LayerSpecification {
  if (!('source' in layer) || layer.source !== MISSION_SOURCE) return layer;
  const properties = OPACITY[layer.type];
  if (!properties) return layer;
  const paint: Record<string, unknown> = { ...(layer.paint ?? {}) };
  for (const property of properties) {
    const value = (paint[property] ?? 1) as Opacity;
    paint[property] =
      typeof value === 'number'
        ? ['case', isNotYet, value * NOT_YET_OPACITY, value]
        : ['case', isNotYet, ['*', NOT_YET_OPACITY, value], value];
  }
  return { ...layer, paint } as LayerSpecification;
}

/** A feature whose `when` starts after the day: drawn faded, "not yet". */
export function notYet(when: FeatureWhen | undefined, asOf: string | null): boolean {
  return when !== undefined && asOf !== null && when.from > asOf;
}

/**
 * The features a map's source has marked "not yet", kept so that a new day sets only the marks that
 * change: a day that changes none costs the map no redraw (setting a feature-state always redraws).
 * The marks belong to one source object: a new one (a new map, a replaced style) starts unmarked.
 */
export class NotYetMarks {
  #source: object | null = null;
  #marked: ReadonlySet<string> = new Set();

  /** Marks exactly `ids` on `source` through `mark`, calling it only for the features whose mark changes. */
  show(source: object, ids: ReadonlySet<string>, mark: (id: string, notYet: boolean) => void): void {
    if (source !== this.#source) {
      this.#source = source;
      this.#marked = new Set();
    }
    for (const id of this.#marked) if (!ids.has(id)) mark(id, false);
    for (const id of ids) if (!this.#marked.has(id)) mark(id, true);
    this.#marked = new Set(ids);
  }
}
