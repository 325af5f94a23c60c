import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_STATE, formatHash, parseHash, type UrlContext } from '../../src/lib/state/url-state.ts';

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
        (cameraValue, layers, feature, step) => {
          const state = { camera: cameraValue, layers, feature, step };
          expect(parseHash(formatHash(state), context)).toEqual(state);
        },
      ),
    );
  });
});
