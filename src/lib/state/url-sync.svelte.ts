import { tick, untrack } from 'svelte';
import type { FeatureSummary } from '../../contract/dataset.ts';
import type { AppState } from './app-state.svelte.ts';
import { formatHash, parseHash, type Camera, type UrlContext, type UrlState } from './url-state.ts';

/**
 * The part of the URL that makes a history entry: layers, feature, step, and whether "as known on" is
 * set (not the camera, nor which day: moving the date slider a day replaces the entry, so back leaves
 * the timeline rather than walking it day by day).
 */
const entryOf = (state: UrlState) =>
  formatHash({ ...state, camera: null, asOf: null }) + (state.asOf === null ? '' : '&asof');

/** What the sync needs of the page: its location, its history and its events (a window). */
export interface Page {
  location: { hash: string; pathname: string; search: string; href: string };
  history: {
    pushState(data: null, unused: string, url: string): void;
    replaceState(data: null, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
}

/** What the sync asks of the map's camera (the map's MapCamera): where it is, and to go somewhere. */
export interface CameraControl {
  current(): Camera | null;
  jumpTo(camera: Camera): void;
  showFeature(feature: FeatureSummary, animate?: boolean): void;
}

/** What the sync asks of the briefing (the story's Presentation): start at a step, or leave. */
export interface StepControl {
  start(step: number): void;
  exit(): void;
}

export interface UrlSyncOptions {
  app: AppState;
  camera: CameraControl;
  presentation: StepControl;
  context: UrlContext;
  /** The page's location and history (window's by default; tests pass their own). */
  window?: Page;
  /**
   * Runs an in-place write later and returns what cancels it: the app passes afterPaint (the frame
   * that shows the change is painted first, so moving the date slider a day is not held up by the
   * URL); tests pass their own. Given, not imported: app state imports no UI folder.
   */
  defer: (write: () => void) => () => void;
}

/**
 * Keeps the URL hash (DESIGN.md §3) and the app in step. A change of layers, feature or step is a
 * new history entry; a camera move replaces the current one; back, forward and a pasted link apply
 * the URL. No timing flag: an entry is pushed only when the state's layers, feature and step differ
 * from the URL's, so applying the URL never writes it back.
 */
export class UrlSync {
  /** The camera the URL opened at, or null for the opening view. */
  readonly initialCamera: Camera | null;
  #options: UrlSyncOptions;
  #window: Page;
  #defer: (write: () => void) => () => void;
  /** An in-place write waiting for its frame to be painted: its URL and what cancels it. */
  #inPlace: { url: string; cancel: () => void } | null = null;

  /** Applies the URL at once, before the map exists, so the map opens at the linked view. */
  constructor(options: UrlSyncOptions) {
    this.#options = options;
    this.#window = options.window ?? window;
    this.#defer = options.defer;
    const state = this.#read();
    this.initialCamera = state.camera;
    this.apply(state, false);
  }

  #read(): UrlState {
    return parseHash(this.#window.location.hash, this.#options.context);
  }

  /** The app's state as the URL writes it. */
  current(): UrlState {
    const { app, camera } = this.#options;
    return {
      camera: untrack(() => camera.current()),
      layers: app.visibleLayers.join() === app.defaultLayers.join() ? null : [...app.visibleLayers],
      feature: app.selected,
      step: app.step,
      asOf: app.asOf,
    };
  }

  apply(state: UrlState, moveCamera = true): void {
    const { app, camera, presentation } = this.#options;
    // Leaving the briefing restores the layers it found; the URL's layers then win.
    if (state.step === null) presentation.exit();
    app.visibleLayers = state.layers ?? [...app.defaultLayers];
    app.select(state.feature);
    app.asOf = state.asOf;
    if (state.step !== null) presentation.start(state.step);
    if (state.camera && moveCamera) camera.jumpTo(state.camera);
    else if (!state.camera && state.feature) {
      const feature = app.featuresById.get(state.feature);
      // After the panel has taken its column, so the feature is centred in the map that remains.
      if (feature) void tick().then(() => camera.showFeature(feature, false));
    }
  }

  /**
   * Writes the state: a new history entry when layers, feature or step changed, else in place (after
   * paint when `later`). An in-place write still waiting is made first when an entry is pushed (the
   * entry left keeps its last state), and is dropped when a newer one replaces it.
   */
  write(later = false): void {
    const next = this.current();
    const hash = formatHash(next);
    const { location, history } = this.#window;
    const url = `${location.pathname}${location.search}${hash}`;
    if (entryOf(next) !== entryOf(this.#read())) {
      this.#flush();
      history.pushState(null, '', url);
      return;
    }
    this.#drop();
    if (hash === location.hash) return;
    if (!later) {
      history.replaceState(null, '', url);
      return;
    }
    const cancel = this.#defer(() => {
      this.#inPlace = null;
      history.replaceState(null, '', url);
    });
    this.#inPlace = { url, cancel };
  }

  /**
   * The page's address with every change of state in it: a write still waiting for its frame is made
   * now. For what cites the view (the exported image's deep link), which must not lag a step behind.
   */
  href(): string {
    this.#flush();
    return this.#window.location.href;
  }

  /** Makes the waiting in-place write now. */
  #flush(): void {
    const waiting = this.#inPlace;
    this.#drop();
    if (waiting) this.#window.history.replaceState(null, '', waiting.url);
  }

  /** Forgets the waiting in-place write. */
  #drop(): void {
    this.#inPlace?.cancel();
    this.#inPlace = null;
  }

  /** Listens to back, forward and edited links, and writes every change of state. Returns the cleanup. */
  start(): () => void {
    // The page has moved to another entry: a write waiting for the one it left is void.
    const onPop = () => {
      this.#drop();
      this.apply(this.#read());
    };
    this.#window.addEventListener('popstate', onPop);
    this.#window.addEventListener('hashchange', onPop);
    const stopWriting = $effect.root(() => {
      $effect(() => {
        // Reading them subscribes: layers, feature and step are what history entries are made of.
        void [...this.#options.app.visibleLayers];
        void this.#options.app.selected;
        void this.#options.app.step;
        void this.#options.app.asOf;
        untrack(() => this.write(true));
      });
    });
    return () => {
      stopWriting();
      this.#flush();
      this.#window.removeEventListener('popstate', onPop);
      this.#window.removeEventListener('hashchange', onPop);
    };
  }
}
