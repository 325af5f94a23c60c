import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { CHUNK_GROUPS } from '../src/build/chunk-groups.ts';
import { twoFrontsData } from '../src/build/vite-plugin.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedsDir = process.env['TWO_FRONTS_SEEDS'];
const geoDir = process.env['TWO_FRONTS_GEO'];

/** Builds the reference page into dist/reference, beside the app, from the same map data. */
export default defineConfig({
  root: fileURLToPath(new URL('./reference', import.meta.url)),
  base: '/reference/',
  plugins: [twoFrontsData({ root, ...(seedsDir ? { seedsDir } : {}), ...(geoDir ? { geoDir } : {}) })],
  build: {
    outDir: fileURLToPath(new URL('../dist/reference', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: CHUNK_GROUPS },
      },
    },
  },
});
