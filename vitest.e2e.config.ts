import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the production build in dist/. One file at a time: the
// machine has two cores and software WebGL.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
