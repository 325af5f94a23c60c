import type { FeatureSummary, LayerSummary, MapData } from '../../contract/dataset.ts';
import { contextPair } from './context.ts';

/** What the user is looking at: layers, the open feature, the presentation step. One instance per app. */
export class AppState {
  readonly layers: readonly LayerSummary[];
  readonly features: readonly FeatureSummary[];
  readonly featuresById: ReadonlyMap<string, FeatureSummary>;
  readonly defaultLayers: readonly string[];

  visibleLayers = $state<string[]>([]);
  selected = $state<string | null>(null);
  /** Other features under the last click, offered beside the one opened. */
  alsoHere = $state<string[]>([]);
  /** 1-based presentation step, or null when exploring. */
  step = $state<number | null>(null);
  /** "As known on": a day (`YYYY-MM-DD`) to show only what was published or stated by then; null for all. */
  asOf = $state<string | null>(null);
  /** While "as known on" is set: hide articles that state no date (by default they stay, marked). */
  hideUndated = $state(false);
  /** Features a presentation step highlights. */
  highlighted = $state<string[]>([]);
  /** True while the map loads or renders; false once it is idle (or cannot render). */
  mapBusy = $state(true);
  /** Why the map cannot be shown (no WebGL), or null. */
  mapError = $state<string | null>(null);

  constructor(data: MapData) {
    this.layers = data.layers;
    this.features = data.features;
    // Fixed for the life of the page: a plain Map, not reactive state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.featuresById = new Map(data.features.map((feature) => [feature.id, feature]));
    this.defaultLayers = data.layers.filter((layer) => layer.visible).map((layer) => layer.id);
    this.visibleLayers = [...this.defaultLayers];
  }

  isVisible(layerId: string): boolean {
    return this.visibleLayers.includes(layerId);
  }

  setLayer(layerId: string, visible: boolean): void {
    const others = this.visibleLayers.filter((id) => id !== layerId);
    // Keep the order of the layer list, so the URL is the same however the toggles were clicked.
    const next = visible ? [...others, layerId] : others;
    this.visibleLayers = this.layers.map((layer) => layer.id).filter((id) => next.includes(id));
  }

  select(featureId: string | null, alsoHere: string[] = []): void {
    this.selected = featureId !== null && this.featuresById.has(featureId) ? featureId : null;
    this.alsoHere = this.selected
      ? alsoHere.filter((id) => id !== this.selected && this.featuresById.has(id))
      : [];
  }

  get selectedFeature(): FeatureSummary | null {
    return this.selected ? (this.featuresById.get(this.selected) ?? null) : null;
  }
}

const appContext = contextPair<AppState>('AppState');
export const prepareAppState = appContext.prepare;
export const getAppState = appContext.get;
