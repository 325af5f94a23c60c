import type { Plugin } from 'vite';
import type { ManifestOptions } from 'vite-plugin-pwa';
import { drawAppIcon, ICON_SIZES, iconPath } from './app-icon.ts';
import { encodePng } from './png-encode.ts';

/** No file over this size is precached; the build fails naming it (a corpus file belongs in runtime caching). */
export const PRECACHE_LIMIT = 2 * 1024 * 1024;

/** A Workbox manifest transform that fails the build when a precached file is over the limit. */
export function failOverLimit(limit = PRECACHE_LIMIT) {
  return async <Entry extends { url: string; size: number }>(entries: Entry[]) => {
    const over = entries.filter((entry) => entry.size > limit);
    if (over.length)
      throw new Error(
        `precache: ${over.map((entry) => `${entry.url} is ${(entry.size / 1048576).toFixed(2)} MiB`).join(', ')}; ` +
          `the limit is ${(limit / 1048576).toFixed(2)} MiB (serve it through runtime caching instead)`,
      );
    return { manifest: entries, warnings: [] };
  };
}

/** Emits the app icons (PNG, drawn here) into the build, where the web manifest names them. */
export function appIcons(): Plugin {
  return {
    name: 'two-fronts-icons',
    apply: 'build',
    generateBundle() {
      for (const size of ICON_SIZES)
        this.emitFile({
          type: 'asset',
          fileName: iconPath(size),
          source: encodePng(size, size, drawAppIcon(size)),
        });
    },
  };
}

export const WEB_MANIFEST: Partial<ManifestOptions> = {
  name: 'Two Fronts: Kazakhstan and Ukraine, January 2022',
  short_name: 'Two Fronts',
  description:
    'One map of both crises, every feature tied to the sentences of the articles that speak of it.',
  start_url: '.',
  scope: '.',
  display: 'standalone',
  background_color: '#fbfaf7',
  theme_color: '#1f2328',
  icons: ICON_SIZES.map((size) => ({
    src: iconPath(size),
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose: 'any',
  })),
};
