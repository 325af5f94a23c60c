import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectGolden } from './golden.ts';

describe('expectGolden', () => {
  afterEach(() => vi.unstubAllEnvs());
  it('fails on a missing golden file instead of writing it, unless UPDATE_GOLDEN=1', () => {
    vi.stubEnv('UPDATE_GOLDEN', '');
    vi.stubEnv('CI', '');
    expect(() => expectGolden('clean/no-such-article.json', { paragraphs: [] })).toThrow(
      /golden file clean\/no-such-article\.json is missing/,
    );
  });
});
