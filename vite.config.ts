import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { CHUNK_GROUPS } from './src/vite/chunk-groups.ts';
import { cspMetaTag } from './src/vite/csp.ts';
import { trimMaplibreStylesheet } from './src/vite/trim-maplibre-css.ts';
import { twoFrontsData } from './src/vite/vite-plugin.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { appIcons, failOverLimit, WEB_MANIFEST } from './src/vite/pwa.ts';
import { chooseInputFolders } from './src/pipeline/node/input-folders.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Other article or geo folders (TWO_FRONTS_SEEDS, TWO_FRONTS_GEO: for tests, or a second corpus) without
// touching the checked-in ones; chosen and checked as the CLI does, so a missing folder is named.
const folders = chooseInputFolders(root, {}, process.env);
if (!folders.ok) throw new Error(folders.message);
// Where per-article results are cached (default node_modules/.cache/two-fronts); "off" for none.
const cache = process.env['TWO_FRONTS_CACHE'];

export default defineConfig({
  plugins: [
    svelte(),
    // MapLibre's stylesheet without the controls the map never adds (most of its first-load bytes).
    trimMaplibreStylesheet(),
    twoFrontsData({
      root,
      ...folders.folders,
      ...(cache ? { cacheDir: cache === 'off' ? null : cache } : {}),
    }),
    cspMetaTag(process.env['VITE_REMOTE_STYLE_URL']),
    appIcons(),
    // Offline after one visit: our own service worker (src/sw/sw.ts), the shell precached, the corpus's
    // evidence cached as it is used. Registered by the app itself (src/lib/takeaway/offline.ts).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: WEB_MANIFEST,
      injectManifest: {
        // ttf: the handout's DejaVu fonts (0.74 and 0.69 MiB, under the limit), so it is made offline too.
        globPatterns: ['**/*.{html,js,mjs,css,png,ttf,webmanifest}'],
        globIgnores: ['evidence/**', 'sw.js'],
        // Larger files are not skipped quietly: failOverLimit fails the build naming them.
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
        manifestTransforms: [failOverLimit()],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // No inlined assets: every file comes from the origin, as the CSP expects.
    assetsInlineLimit: 0,
    // MapLibre is one large chunk by nature; the warning would only repeat what the benchmark measures.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: CHUNK_GROUPS },
      },
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
});
