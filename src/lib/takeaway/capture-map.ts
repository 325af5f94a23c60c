import { distanceMetres } from './scale-bar.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Calls `take` in the map's next `idle` event (a repaint is asked for, so one comes) and resolves to
 * what it returns; rejects after `timeout` ms. `idle` is fired at the end of the frame that drew the
 * map (MapLibre's `_render`), in the same task, so the WebGL buffer still holds that frame: `take`
 * can copy it without `preserveDrawingBuffer` and without drawing the map a second time.
 */
export function nextIdle<T>(map: MapLibreMap, take: () => T, timeout = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      map.off('idle', done);
      reject(new Error(`the map did not finish drawing within ${timeout / 1000} s`));
    }, timeout);
    function done() {
      clearTimeout(timer);
      try {
        resolve(take());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    map.once('idle', done);
    map.triggerRepaint();
  });
}

/** A 2D copy of a canvas (for the map's, call it in the task that drew the map). */
function copyOf(source: HTMLCanvasElement): HTMLCanvasElement {
  const image = document.createElement('canvas');
  image.width = source.width;
  image.height = source.height;
  const context = image.getContext('2d');
  if (!context) throw new Error('this browser gives no 2D canvas');
  context.drawImage(source, 0, 0);
  return image;
}

const NO_PADDING = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The map as a 2D canvas at `ratio` device pixels per CSS pixel, and its metres per CSS pixel. The map
 * is drawn once at that ratio and copied in the task that drew it (see nextIdle), so the WebGL buffer
 * needs no `preserveDrawingBuffer` and the map is not drawn at 2× a second time. Room kept for an
 * overlay (the briefing card's padding) is let go while capturing, so the view's centre is the
 * picture's centre. The map's own ratio and padding are restored afterwards.
 */
export async function captureMap(
  map: MapLibreMap,
  ratio: number,
): Promise<{ image: HTMLCanvasElement; metresPerPixel: number }> {
  const before = map.getPixelRatio();
  const padding = map.getPadding();
  const padded = Object.values(padding).some((value) => value !== 0);
  try {
    if (padded) map.jumpTo({ padding: NO_PADDING });
    if (before !== ratio) map.setPixelRatio(ratio);
    return await nextIdle(map, () => ({
      image: copyOf(map.getCanvas()),
      metresPerPixel: metresPerPixel(map),
    }));
  } finally {
    if (before !== ratio) map.setPixelRatio(before);
    if (padded) map.jumpTo({ padding });
  }
}

/** Metres per CSS pixel across the middle of the map's view (for its scale bar). */
export function metresPerPixel(map: MapLibreMap): number {
  const { clientWidth, clientHeight } = map.getContainer();
  const y = clientHeight / 2;
  const span = Math.max(1, Math.round(clientWidth / 4));
  const left = map.unproject([clientWidth / 2 - span / 2, y]);
  const right = map.unproject([clientWidth / 2 + span / 2, y]);
  return distanceMetres([left.lng, left.lat], [right.lng, right.lat]) / span;
}
