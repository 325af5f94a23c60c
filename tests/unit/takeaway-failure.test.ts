import { describe, expect, it } from 'vitest';
import { takeawayFailure } from '../../src/lib/takeaway/takeaway-task.svelte.ts';

describe('takeawayFailure', () => {
  it('says a failed download in words, and whether the browser is offline', () => {
    expect(takeawayFailure(new TypeError('Failed to fetch'), false)).toBe(
      'you are offline, and a file it needs was not kept for offline use; try again once online',
    );
    expect(
      takeawayFailure(new TypeError('Failed to fetch dynamically imported module: /x.js'), true),
    ).toMatch(
      /^a file it needs could not be downloaded \(Failed to fetch dynamically imported module: \/x\.js\); try again$/,
    );
  });

  it('keeps any other error as it is', () => {
    expect(takeawayFailure(new Error('the map is not ready yet'), false)).toBe('the map is not ready yet');
    expect(takeawayFailure('plain', true)).toBe('plain');
  });
});
