import { describe, expect, it } from 'vitest';
import {
  describeFailure,
  HttpError,
  loadedValue,
  loadLatest,
  type LoadState,
} from '../../src/lib/evidence/load-latest.ts';

/** A load whose answers the test releases by hand, in any order. */
function deferredLoad() {
  const pending = new Map<
    string,
    { resolve: (value: string | undefined) => void; reject: (error: unknown) => void }
  >();
  const partials = new Map<string, (value: string) => void>();
  const load = (key: string, partial: (value: string) => void) =>
    new Promise<string | undefined>((resolve, reject) => {
      pending.set(key, { resolve, reject });
      partials.set(key, partial);
    });
  return {
    load,
    answer: (key: string) => pending.get(key)!.resolve(`text of ${key}`),
    nothing: (key: string) => pending.get(key)!.resolve(undefined),
    fail: (key: string, error: unknown) => pending.get(key)!.reject(error),
    partial: (key: string, value: string) => partials.get(key)!(value),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const online = { online: () => true };

describe('loadLatest', () => {
  it('says loading, then hands over the answer for the current key', async () => {
    const { load, answer } = deferredLoad();
    const seen: Array<LoadState<string>> = [];
    loadLatest('a', load, (state) => seen.push(state), online);
    answer('a');
    await settle();
    expect(seen).toEqual([
      { status: 'loading', key: 'a' },
      { status: 'loaded', key: 'a', value: 'text of a' },
    ]);
  });

  it('ignores a late answer, a late failure and a late partial for a key that was replaced', async () => {
    const { load, answer, fail, partial } = deferredLoad();
    const seen: Array<LoadState<string>> = [];
    const stop = loadLatest('a', load, (state) => seen.push(state), online);
    stop();
    loadLatest('b', load, (state) => seen.push(state), online);
    partial('a', 'half of a');
    answer('b');
    fail('a', new HttpError('/a.json', 503, 'Service Unavailable'));
    await settle();
    expect(seen).toEqual([
      { status: 'loading', key: 'a' },
      { status: 'loading', key: 'b' },
      { status: 'loaded', key: 'b', value: 'text of b' },
    ]);
  });

  it('passes partial answers on while loading (search hits chunk by chunk)', async () => {
    const { load, answer, partial } = deferredLoad();
    const seen: Array<LoadState<string>> = [];
    loadLatest('q', load, (state) => seen.push(state), online);
    partial('q', 'first chunk');
    answer('q');
    await settle();
    expect(seen.map((state) => state.status)).toEqual(['loading', 'loading', 'loaded']);
    expect(seen[1]).toEqual({ status: 'loading', key: 'q', partial: 'first chunk' });
  });

  it('a failed download is a failure that says what failed, never a value', async () => {
    const { load, fail } = deferredLoad();
    const seen: Array<LoadState<string>> = [];
    loadLatest('a', load, (state) => seen.push(state), online);
    fail('a', new HttpError('/evidence/a.json', 503, 'Service Unavailable'));
    await settle();
    expect(seen.at(-1)).toEqual({
      status: 'failed',
      key: 'a',
      reason: 'the server answered 503 Service Unavailable',
    });
    expect(loadedValue(seen.at(-1)!, 'a')).toBeUndefined();
  });

  it('a failure while the browser is offline is said as offline', async () => {
    const { load, fail } = deferredLoad();
    const seen: Array<LoadState<string>> = [];
    loadLatest('a', load, (state) => seen.push(state), { online: () => false });
    fail('a', new TypeError('Failed to fetch'));
    await settle();
    expect(seen.at(-1)).toEqual({ status: 'offline', key: 'a', reason: 'the network request failed' });
  });

  it('an answer of undefined (an unknown id) is a failure naming the key, not an empty result', async () => {
    const { load, nothing } = deferredLoad();
    const seen: Array<LoadState<string>> = [];
    loadLatest('atlantis', load, (state) => seen.push(state), online);
    nothing('atlantis');
    await settle();
    expect(seen.at(-1)).toEqual({ status: 'failed', key: 'atlantis', reason: 'nothing is named "atlantis"' });
  });

  it('a load that throws at once is a failure too', () => {
    const seen: Array<LoadState<string>> = [];
    loadLatest<string>(
      'a',
      () => {
        throw new Error('no manifest');
      },
      (state) => seen.push(state),
      online,
    );
    expect(seen.at(-1)).toEqual({ status: 'failed', key: 'a', reason: 'no manifest' });
  });

  it('a retry (the effect run again) loads afresh and shows the new answer', async () => {
    const { load, fail, answer } = deferredLoad();
    const seen: Array<LoadState<string>> = [];
    const stop = loadLatest('a', load, (state) => seen.push(state), online);
    fail('a', new HttpError('/a.json', 503, ''));
    await settle();
    stop();
    loadLatest('a', load, (state) => seen.push(state), online);
    answer('a');
    await settle();
    expect(seen.map((state) => state.status)).toEqual(['loading', 'failed', 'loading', 'loaded']);
    expect(loadedValue(seen.at(-1)!, 'a')).toBe('text of a');
    expect(loadedValue(seen.at(-1)!, 'b')).toBeUndefined();
  });

  it('is idle and loads nothing without a key', () => {
    const seen: Array<LoadState<string>> = [];
    let loads = 0;
    loadLatest(
      undefined,
      () => Promise.resolve(String(++loads)),
      (state) => seen.push(state),
    );
    expect(seen).toEqual([{ status: 'idle' }]);
    expect(loads).toBe(0);
  });
});

describe('describeFailure', () => {
  it('says a broken file and an unknown error in words', () => {
    expect(describeFailure(new SyntaxError('Unexpected token <'))).toBe(
      'the file that came back was not valid data',
    );
    expect(describeFailure('?')).toBe('an unknown error');
    expect(describeFailure(new HttpError('/x', 404, ''))).toBe('the server answered 404');
  });
});
