// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flushSync } from 'svelte';
import { EMPTY_STATE, formatHash, parseHash, type UrlContext } from '../../src/lib/state/url-state.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { UrlSync } from '../../src/lib/state/url-sync.svelte.ts';
import { MapCamera } from '../../src/lib/map/map-camera.svelte.ts';
import { Presentation } from '../../src/lib/story/presentation.svelte.ts';
import { realData } from './fixtures.ts';

const context: UrlContext = {
  knownLayers: new Set(['ukraine', 'kazakhstan', 'csto']),
  knownFeatures: new Set(['almaty', '41st-caa']),
  stepCount: 9,
};

/** Hashes with the right keys and arbitrary values: the likeliest kind of bad link. */
const hashLike = fc
  .array(
    fc.tuple(
      fc.constantFrom('map', 'layers', 'feature', 'step', 'x'),
      fc.string({ unit: 'binary', maxLength: 30 }),
    ),
    { maxLength: 5 },
  )
  .map((pairs) => `#${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`);

describe('URL hash state', () => {
  it('reads MapLibre’s camera format with and without bearing and pitch', () => {
    expect(parseHash('#map=5/48.5/67.25', context).camera).toEqual({
      zoom: 5,
      lat: 48.5,
      lng: 67.25,
      bearing: 0,
      pitch: 0,
    });
    expect(parseHash('#map=5/48.5/67.25/30/20', context).camera).toMatchObject({ bearing: 30, pitch: 20 });
  });

  it('reads layers, feature and step, and writes them back the same', () => {
    const hash = '#map=4.5/45/50&layers=csto,ukraine&feature=41st-caa&step=3';
    const state = parseHash(hash, context);
    expect(state).toMatchObject({ layers: ['csto', 'ukraine'], feature: '41st-caa', step: 3 });
    expect(formatHash(state)).toBe(hash);
  });

  it('reads "as known on" only as a calendar day', () => {
    expect(parseHash('#asof=2022-01-10', context).asOf).toBe('2022-01-10');
    for (const bad of ['2022-02-30', '2022-1-10', '10-01-2022', '2022-01-10T00:00', '', 'yesterday'])
      expect(parseHash(`#asof=${bad}`, context).asOf).toBeNull();
  });

  it('falls back per value: an unknown layer, feature or step is ignored, not half-applied', () => {
    const state = parseHash('#map=99/0/0&layers=ukraine,atlantis&feature=<script>&step=10', context);
    expect(state).toEqual(EMPTY_STATE);
  });

  it('accepts an empty layer list as "no layers"', () => {
    expect(parseHash('#layers=', context).layers).toEqual([]);
  });

  it('never throws and always gives a valid state, whatever the hash', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          hashLike,
          fc.constantFrom('#map=', '#%E0%A4%A', '#step=1e3', '#map=1/2'),
        ),
        (hash) => {
          const state = parseHash(hash, context);
          if (state.camera) {
            expect(Number.isFinite(state.camera.zoom) && Math.abs(state.camera.lat) <= 90).toBe(true);
          }
          if (state.layers) for (const id of state.layers) expect(context.knownLayers.has(id)).toBe(true);
          if (state.feature) expect(context.knownFeatures.has(state.feature)).toBe(true);
          if (state.step !== null) expect(state.step >= 1 && state.step <= 9).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips any valid state through the hash', () => {
    const camera = fc.record({
      zoom: fc.integer({ min: 0, max: 2200 }).map((value) => value / 100),
      lat: fc.integer({ min: -850000, max: 850000 }).map((value) => value / 10000),
      lng: fc.integer({ min: -1800000, max: 1800000 }).map((value) => value / 10000),
      bearing: fc.constant(0),
      pitch: fc.constant(0),
    });
    fc.assert(
      fc.property(
        fc.option(camera, { nil: null }),
        fc.option(fc.subarray(['ukraine', 'kazakhstan', 'csto']), { nil: null }),
        fc.constantFrom(null, 'almaty', '41st-caa'),
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
        fc.option(
          fc
            .date({
              min: new Date('1990-01-01T00:00:00Z'),
              max: new Date('2040-12-31T00:00:00Z'),
              noInvalidDate: true,
            })
            .map((date) => date.toISOString().slice(0, 10)),
          { nil: null },
        ),
        (cameraValue, layers, feature, step, asOf) => {
          const state = { camera: cameraValue, layers, feature, step, asOf };
          expect(parseHash(formatHash(state), context)).toEqual(state);
        },
      ),
    );
  });
});

describe('UrlSync: the URL and the app in step, with no timing flag', () => {
  const data = realData().mapData;
  const context: UrlContext = {
    knownLayers: new Set(data.layers.map((layer) => layer.id)),
    knownFeatures: new Set(data.features.map((feature) => feature.id)),
    stepCount: data.storySteps,
  };

  /** A page's location and history: pushState and replaceState change the hash as a browser does. */
  function fakeWindow(hash: string) {
    const listeners = new Map<string, () => void>();
    const entries: string[] = [hash];
    const page = {
      location: {
        hash,
        pathname: '/',
        search: '',
        get href() {
          return `https://example.org/${this.hash}`;
        },
      },
      history: {
        pushState: (_: null, __: string, url: string) => {
          page.location.hash = url.slice(1);
          entries.push(page.location.hash);
        },
        replaceState: (_: null, __: string, url: string) => {
          page.location.hash = url.slice(1);
          entries[entries.length - 1] = page.location.hash;
        },
      },
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
      removeEventListener: (type: string) => listeners.delete(type),
      /** The user goes back: the hash changes, then popstate fires. */
      back() {
        entries.pop();
        page.location.hash = entries[entries.length - 1] ?? '';
        listeners.get('popstate')?.();
      },
      entries,
      listeners,
    };
    return page;
  }

  /** A camera that stands still at one view, as a map that has loaded would. */
  class StillCamera extends MapCamera {
    override current() {
      return { zoom: 4, lat: 48, lng: 60, bearing: 0, pitch: 0 };
    }
  }

  function setup(hash: string) {
    const page = fakeWindow(hash);
    const app = new AppState(data);
    const presentation = new Presentation(app, data.storySteps);
    // In-place writes wait for the frame to be painted: here, until `paint()` says it was.
    let waiting: Array<() => void> = [];
    const defer = (write: () => void) => {
      waiting.push(write);
      return () => (waiting = waiting.filter((other) => other !== write));
    };
    const sync = new UrlSync({
      app,
      camera: new StillCamera(),
      presentation,
      context,
      window: page,
      defer,
    });
    /** Applies the state's effects, then paints: what waited for the frame runs. */
    const paint = () => {
      flushSync();
      const due = waiting;
      waiting = [];
      for (const write of due) write();
    };
    return { page, app, presentation, sync, paint, waiting: () => waiting.length };
  }

  it('applies the link before the map exists: layers, feature, step and camera', () => {
    const { app, sync } = setup('#map=5/47.5/66&layers=ukraine,talks&feature=geneva&step=2');
    expect(app.visibleLayers).toEqual(['ukraine', 'talks']);
    expect(app.selected).toBe('geneva');
    expect(app.step).toBe(2);
    expect(sync.initialCamera).toMatchObject({ zoom: 5, lat: 47.5, lng: 66 });
  });

  it('applying the URL writes no history entry; a change of state writes one; back applies it', () => {
    const { page, app, sync, paint } = setup('#feature=geneva');
    const stop = sync.start();
    paint();
    // The camera joins the entry in place: no new entry for what the URL itself said.
    expect(page.entries).toEqual(['#map=4/48/60&feature=geneva']);
    app.select('almaty');
    flushSync();
    // A new entry is written at once.
    expect(page.entries).toEqual(['#map=4/48/60&feature=geneva', '#map=4/48/60&feature=almaty']);
    app.setLayer('talks', false);
    flushSync();
    expect(page.entries).toHaveLength(3);
    expect(page.location.hash).toMatch(/layers=.*&feature=almaty$/);
    page.back();
    paint();
    expect(app.selected).toBe('almaty');
    expect(app.isVisible('talks')).toBe(true);
    expect(page.entries).toHaveLength(2);
    stop();
    expect(page.listeners.size).toBe(0);
  });

  it('"as known on": a link sets the day; setting it is an entry, moving it a day replaces it, back clears it', () => {
    const { page, app, sync, paint } = setup('#feature=kazakhstan&asof=2022-01-07');
    expect(app.asOf).toBe('2022-01-07');
    const stop = sync.start();
    paint();
    expect(page.entries).toEqual(['#map=4/48/60&feature=kazakhstan&asof=2022-01-07']);
    app.asOf = '2022-01-08';
    flushSync();
    // Moving the day is written in place once the frame that shows it is painted.
    expect(page.entries).toEqual(['#map=4/48/60&feature=kazakhstan&asof=2022-01-07']);
    paint();
    expect(page.entries).toEqual(['#map=4/48/60&feature=kazakhstan&asof=2022-01-08']);
    app.asOf = null;
    flushSync();
    expect(page.entries).toEqual([
      '#map=4/48/60&feature=kazakhstan&asof=2022-01-08',
      '#map=4/48/60&feature=kazakhstan',
    ]);
    page.back();
    paint();
    expect(app.asOf).toBe('2022-01-08');
    stop();
  });

  it("the view's address for a citation has the day just moved to, though its write still waits for paint", () => {
    const { page, app, sync, paint, waiting } = setup('#feature=kazakhstan&asof=2022-01-07');
    const stop = sync.start();
    paint();
    app.asOf = '2022-01-08';
    flushSync();
    expect(page.location.hash).toBe('#map=4/48/60&feature=kazakhstan&asof=2022-01-07');
    expect(sync.href()).toBe('https://example.org/#map=4/48/60&feature=kazakhstan&asof=2022-01-08');
    // Written in place, now: nothing waits, and no entry was added.
    expect(waiting()).toBe(0);
    expect(page.entries).toEqual(['#map=4/48/60&feature=kazakhstan&asof=2022-01-08']);
    stop();
  });

  it('a day still waiting to be written is written to its own entry before a new one, and the last of several wins', () => {
    const { page, app, sync, paint, waiting } = setup('#feature=kazakhstan&asof=2022-01-07');
    const stop = sync.start();
    paint();
    app.asOf = '2022-01-08';
    flushSync();
    app.asOf = '2022-01-09';
    flushSync();
    expect(waiting()).toBe(1);
    app.select('almaty');
    flushSync();
    expect(waiting()).toBe(0);
    expect(page.entries).toEqual([
      '#map=4/48/60&feature=kazakhstan&asof=2022-01-09',
      '#map=4/48/60&feature=almaty&asof=2022-01-09',
    ]);
    // Back to the day the URL already says: nothing is left to write.
    app.asOf = '2022-01-10';
    flushSync();
    app.asOf = '2022-01-09';
    paint();
    expect(waiting()).toBe(0);
    expect(page.entries.at(-1)).toBe('#map=4/48/60&feature=almaty&asof=2022-01-09');
    // A day waiting when the page goes back is not written over the entry gone back to.
    app.asOf = '2022-01-11';
    flushSync();
    page.back();
    paint();
    expect(page.entries).toEqual(['#map=4/48/60&feature=kazakhstan&asof=2022-01-09']);
    expect(app.selected).toBe('kazakhstan');
    // Stopping writes what still waits.
    app.asOf = '2022-01-12';
    flushSync();
    stop();
    expect(page.entries).toEqual(['#map=4/48/60&feature=kazakhstan&asof=2022-01-12']);
  });

  it('leaving the briefing by the URL restores the layers it found', () => {
    const { app, presentation, sync } = setup('#layers=ukraine');
    presentation.start(1);
    app.visibleLayers = ['csto'];
    sync.apply({ camera: null, layers: ['ukraine'], feature: null, step: null, asOf: null });
    expect(app.step).toBeNull();
    expect(app.visibleLayers).toEqual(['ukraine']);
  });
});
