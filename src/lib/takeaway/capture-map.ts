import { distanceMetres } from './scale-bar.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Resolves on the map's next `idle` (a repaint is asked for, so one comes); rejects after `timeout` ms. */
export function nextIdle(map: MapLibreMap, timeout = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      map.off('idle', done);
      reject(new Error(`the map did not finish drawing within ${timeout / 1000} s`));
    }, timeout);
    function done() {
      clearTimeout(timer);
      resolve();
    }
    map.once('idle', done);
    map.triggerRepaint();
  });
}

const NO_PADDING = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The map as a 2D canvas at `ratio` device pixels per CSS pixel, and its metres per CSS pixel. The map
 * is drawn at that ratio once it is idle, and copied in the same task as that draw (`redraw()` renders
 * synchronously), so the WebGL buffer needs no `preserveDrawingBuffer`. Room kept for an overlay (the
 * briefing card's padding) is let go while capturing, so the view's centre is the picture's centre.
 * The map's own ratio and padding are restored afterwards.
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
    await nextIdle(map);
    map.redraw();
    const source = map.getCanvas();
    const image = document.createElement('canvas');
    image.width = source.width;
    image.height = source.height;
    const context = image.getContext('2d');
    if (!context) throw new Error('this browser gives no 2D canvas');
    context.drawImage(source, 0, 0);
    return { image, metresPerPixel: metresPerPixel(map) };
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
