import { untrack } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureSummary } from '../../contract/dataset.ts';
import type { Camera } from '../state/url-state.ts';
import { BOUNDS_MARGIN } from './opening-view.ts';

/** `[[west, south], [east, north]]`, as the dataset's opening bounds are written. */
export type Bounds = [[number, number], [number, number]];

export interface CameraTarget {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
  /** Room taken by an overlay (the briefing card): the target is centred in what remains. */
  padding?: { top: number; right: number; bottom: number; left: number };
}

export type Padding = { top: number; right: number; bottom: number; left: number };
const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Resizes the map only when its container changed size since the map last measured it: resizing
 * reallocates the canvas's WebGL drawing buffer and redraws, which is slow on software GL.
 */
function resizeIfNeeded(map: MapLibreMap): void {
  const container = map.getContainer();
  const canvas = map.getCanvas();
  if (container.clientWidth !== canvas.clientWidth || container.clientHeight !== canvas.clientHeight)
    map.resize();
}

/**
 * Moves the camera of the map that MapView owns. MapView attaches the map when it creates it and
 * detaches it before removing it; until then, commands are kept and applied on attach.
 */
export class MapCamera {
  map = $state.raw<MapLibreMap | null>(null);
  #pending: (() => void) | null = null;
  /**
   * The part of the map an overlay covers (the side panel lies over the map, so that opening it
   * never resizes the map's canvas): camera moves centre their target in the rest.
   */
  #cover: Padding = NO_PADDING;

  /** Sets the room the side panel covers (none when it is closed). */
  setCover(cover: Padding | null): void {
    this.#cover = cover ?? NO_PADDING;
  }

  attach(map: MapLibreMap): void {
    this.map = map;
    this.#pending?.();
    this.#pending = null;
  }

  detach(): void {
    this.map = null;
  }

  #run(command: (map: MapLibreMap) => void): void {
    // A jump fires map events synchronously, whose listeners read app state: untracked, so an
    // effect that moves the camera does not come to depend on that state.
    untrack(() => {
      // The panel may just have opened beside the map: measure the container before moving.
      if (this.map) resizeIfNeeded(this.map);
      if (this.map) command(this.map);
      else this.#pending = () => this.map && command(this.map);
    });
  }

  current(): Camera | null {
    if (!this.map) return null;
    const { lng, lat } = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat, lng, bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  moveTo(target: CameraTarget, animate = true): void {
    this.#run((map) => {
      const options = {
        center: target.center,
        zoom: target.zoom,
        bearing: target.bearing ?? 0,
        pitch: target.pitch ?? 0,
        // Padding is sticky in MapLibre: always set it, so a step's room does not leak into the next move.
        padding: target.padding ?? this.#cover,
      };
      if (animate && !prefersReducedMotion()) map.flyTo({ ...options, duration: 1400, essential: false });
      else map.jumpTo(options);
    });
  }

  jumpTo(camera: Camera): void {
    this.moveTo(
      { center: [camera.lng, camera.lat], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch },
      false,
    );
  }

  showFeature(feature: FeatureSummary, animate = true): void {
    this.#run((map) => {
      const [west, south, east, north] = feature.bbox;
      const point = east - west < 0.5 && north - south < 0.5;
      if (point) this.moveTo({ center: feature.anchor, zoom: Math.max(map.getZoom(), 5) }, animate);
      else
        this.#fit(
          map,
          [
            [west, south],
            [east, north],
          ],
          { margin: 40, maxZoom: 7, fallback: feature.anchor },
          animate,
        );
    });
  }

  /** Shows the whole of `bounds` (the data's extent: the opening view, "Reset view"). */
  showBounds(bounds: Bounds, animate = true): void {
    const [[west, south], [east, north]] = bounds;
    this.#run((map) =>
      this.#fit(
        map,
        bounds,
        { margin: BOUNDS_MARGIN, fallback: [(west + east) / 2, (south + north) / 2] },
        animate,
      ),
    );
  }

  /** Moves to the camera that fits `bounds` in the part of the map no overlay covers, `margin` px inside it. */
  #fit(
    map: MapLibreMap,
    bounds: Bounds,
    { margin, maxZoom, fallback }: { margin: number; maxZoom?: number; fallback: [number, number] },
    animate: boolean,
  ): void {
    const cover = this.#cover;
    const camera = map.cameraForBounds(bounds, {
      padding: {
        top: margin + cover.top,
        right: margin + cover.right,
        bottom: margin + cover.bottom,
        left: margin + cover.left,
      },
      ...(maxZoom === undefined ? {} : { maxZoom }),
    });
    if (!camera?.center) return;
    const center = 'lng' in camera.center ? camera.center : null;
    this.moveTo(
      { center: center ? [center.lng, center.lat] : fallback, zoom: camera.zoom ?? map.getZoom() },
      animate,
    );
  }

  /**
   * Brings a feature clicked on the map out from under the panel: when its anchor lies in the covered
   * part (or off the map), the map pans it to the middle of the rest. Not while the camera moves (a
   * move already on its way to the feature).
   */
  reveal(feature: FeatureSummary): void {
    const map = this.map;
    if (!map || map.isMoving()) return;
    untrack(() => {
      const canvas = map.getCanvas();
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      const cover = this.#cover;
      const at = map.project(feature.anchor);
      const free = {
        left: cover.left,
        right: width - cover.right,
        top: cover.top,
        bottom: height - cover.bottom,
      };
      if (at.x >= free.left && at.x <= free.right && at.y >= free.top && at.y <= free.bottom) return;
      map.panBy([at.x - (free.left + free.right) / 2, at.y - (free.top + free.bottom) / 2], {
        duration: prefersReducedMotion() ? 0 : 400,
      });
    });
  }
}
