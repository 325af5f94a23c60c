import { untrack } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureSummary } from '../../contract/dataset.ts';
import type { Camera } from '../state/url-state.ts';

/** Both fronts, Ukraine to Kazakhstan: the opening view. */
export const OPENING_BOUNDS: [[number, number], [number, number]] = [
  [21, 36],
  [88, 57],
];

export interface CameraTarget {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
  /** Room taken by an overlay (the briefing card): the target is centred in what remains. */
  padding?: { top: number; right: number; bottom: number; left: number };
}

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
        padding: target.padding ?? { top: 0, right: 0, bottom: 0, left: 0 },
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
      if (point) {
        this.moveTo({ center: feature.anchor, zoom: Math.max(map.getZoom(), 5) }, animate);
        return;
      }
      const camera = map.cameraForBounds(
        [
          [west, south],
          [east, north],
        ],
        { padding: 40, maxZoom: 7 },
      );
      if (!camera?.center) return;
      const center = 'lng' in camera.center ? camera.center : null;
      const target: CameraTarget = {
        center: center ? [center.lng, center.lat] : feature.anchor,
        zoom: camera.zoom ?? map.getZoom(),
      };
      this.moveTo(target, animate);
    });
  }
}
