import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { CHUNK_GROUPS } from '../src/vite/chunk-groups.ts';
import { twoFrontsData } from '../src/vite/vite-plugin.ts';
import { chooseInputFolders } from '../src/pipeline/node/input-folders.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// The same folders as the app's build (TWO_FRONTS_SEEDS / TWO_FRONTS_GEO, else seeds/ and geo/), chosen
// and checked the same way, so the reference page draws the map data the app is measured against.
const folders = chooseInputFolders(root, {}, process.env);
if (!folders.ok) throw new Error(folders.message);

/** Builds the reference pages into dist/reference (and dist/reference/styled), beside the app, from the same map data. */
export default defineConfig({
  root: fileURLToPath(new URL('./reference', import.meta.url)),
  base: '/reference/',
  plugins: [twoFrontsData({ root, ...folders.folders })],
  build: {
    outDir: fileURLToPath(new URL('../dist/reference', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Chromium preloads modules itself; the polyfill would be a chunk shared by the two pages.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    assetsInlineLimit: 0,
    rolldownOptions: {
      // The bare page, and the bare page drawing the app's style (bench/reference/styled).
      input: {
        reference: fileURLToPath(new URL('./reference/index.html', import.meta.url)),
        styled: fileURLToPath(new URL('./reference/styled/index.html', import.meta.url)),
      },
      output: {
        codeSplitting: { groups: CHUNK_GROUPS },
      },
    },
  },
});
