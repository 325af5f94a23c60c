import { describe, expect, it } from 'vitest';
import { mostCitedFirst } from '../../src/lib/evidence/load-evidence.ts';
import { mayPrefetch } from '../../src/lib/evidence/may-prefetch.ts';

describe('prefetching only where it pays', () => {
  it('prefetches on a fast or unknown connection', () => {
    expect(mayPrefetch(undefined)).toBe(true);
    expect(mayPrefetch({})).toBe(true);
    expect(mayPrefetch({ effectiveType: '4g', saveData: false })).toBe(true);
  });
  it('never when the reader saves data, nor on a slow connection', () => {
    expect(mayPrefetch({ effectiveType: '4g', saveData: true })).toBe(false);
    for (const effectiveType of ['slow-2g', '2g', '3g']) expect(mayPrefetch({ effectiveType })).toBe(false);
  });
  it('orders the idle prefetch most-cited first', () => {
    const order = mostCitedFirst([
      { id: 'quiet', excerptCount: 2 },
      { id: 'busy', excerptCount: 3000 },
      { id: 'middle', excerptCount: 40 },
    ]);
    expect(order).toEqual(['busy', 'middle', 'quiet']);
  });
});
