import type { MapCamera } from '../map/map-camera.svelte.ts';
import type { AppState } from '../state/app-state.svelte.ts';
import { saveFile } from '../ui/save-file.ts';

/**
 * Exports the current view as a cited PNG and downloads it; resolves to the file's name. The export
 * code and the citation formatter load on the first use. Timed as the `export-image` measure.
 */
const loadExporter = () => import('./export-image.ts');

/** Starts loading the export code (a pointer over, or focus on, the button), so the export is quick. */
export function preloadImageExport(): void {
  loadExporter().catch(() => {
    // A failed preload is retried by the export, which reports the failure.
  });
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
