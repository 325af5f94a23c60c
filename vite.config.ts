import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { twoFrontsData } from './src/pipeline/vite-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [svelte(), twoFrontsData({ root })],
  build: {
    target: 'es2022',
    // MapLibre is one large chunk by nature; the warning would only repeat what the benchmark measures.
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
});
