import { describe, expect, it } from 'vitest';
import { loadLatest } from '../../src/lib/evidence/load-latest.ts';

/** A load whose answers the test releases by hand, in any order. */
function deferredLoad() {
  const pending = new Map<string, (value: string) => void>();
  const load = (key: string) => new Promise<string>((resolve) => pending.set(key, resolve));
  return { load, answer: (key: string) => pending.get(key)!(`text of ${key}`) };
}

describe('loadLatest', () => {
  it('hands over the answer for the current key', async () => {
    const { load, answer } = deferredLoad();
    const seen: Array<string | undefined> = [];
    loadLatest('a', load, (value) => seen.push(value));
    answer('a');
    await Promise.resolve();
    expect(seen).toEqual([undefined, 'text of a']);
  });

  it('ignores a late answer for a key that was replaced', async () => {
    const { load, answer } = deferredLoad();
    const seen: Array<string | undefined> = [];
    const stop = loadLatest('a', load, (value) => seen.push(value));
    stop();
    loadLatest('b', load, (value) => seen.push(value));
    answer('b');
    answer('a');
    await Promise.resolve();
    expect(seen).toEqual([undefined, undefined, 'text of b']);
  });

  it('clears the value and loads nothing without a key', () => {
    const seen: Array<string | undefined> = [];
    let loads = 0;
    loadLatest(
      undefined,
      () => Promise.resolve(String(++loads)),
      (value) => seen.push(value),
    );
    expect(seen).toEqual([undefined]);
    expect(loads).toBe(0);
  });
});
