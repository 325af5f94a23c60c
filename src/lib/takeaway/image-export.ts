import type { MapCamera } from '../map/map-camera.svelte.ts';
import type { AppState } from '../state/app-state.svelte.ts';
import { mayPrefetch } from '../evidence/may-prefetch.ts';
import { saveFile } from '../ui/save-file.ts';

/**
 * Exports the current view as a cited PNG and downloads it; resolves to the file's name. The export
 * code loads at idle (prefetchImageExport) or on the first use. Timed as the `export-image` measure.
 */
const loadExporter = () => import('./export-image.ts');

/** Starts loading the export code (a pointer over, or focus on, the button), so the export is quick. */
export function preloadImageExport(): void {
  void prefetchImageExport(true);
}

/**
 * The export code, fetched ahead of the first export (the app's idle prefetch; about 5 KB gzip, with no
 * citation formatter: the references come with the evidence), unless the reader saves data or the
 * connection is slow (`always`: the reader is reaching for the button). Resolves once it is loaded or failed.
 */
export async function prefetchImageExport(always = false): Promise<void> {
  if (!always && !mayPrefetch()) return;
  try {
    await loadExporter();
  } catch {
    // A failed prefetch is retried by the export, which reports the failure.
  }
}

/** `href`: the view's deep link as it is now (UrlSync.href: no in-place write still waiting). */
export async function exportViewImage(app: AppState, camera: MapCamera, href: string): Promise<string> {
  const map = camera.map;
  if (!map) throw new Error('the map is not ready yet');
  performance.mark('export-image-start');
  const { exportImage } = await loadExporter();
  const image = await exportImage(
    map,
    {
      layers: app.layers,
      visibleLayers: app.visibleLayers,
      selectedFeature: app.selectedFeature,
      step: app.step,
      hideUndated: app.hideUndated,
    },
    href,
  );
  saveFile(image.fileName, image.png, 'image/png');
  performance.measure('export-image', 'export-image-start');
  return image.fileName;
}
