import { Map as MapLibreMap } from 'maplibre-gl';
import type { MapData } from '../../contract/dataset.ts';
import type { StoryStep } from '../../contract/story.ts';
import { buildStyle } from '../map/style.ts';
import { MISSION_SOURCE } from '../map/thematic-layers.ts';
import { captureMap } from './capture-map.ts';

/**
 * A second, hidden map that draws each briefing step (its camera, layers and highlights) for the
 * handout, without moving the map the presenter sees. `picture(step)` resolves to a JPEG of it.
 */
export async function stepMaps(data: MapData, size: { width: number; height: number }, ratio: number) {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-10000px',
    top: '0',
    width: `${size.width}px`,
    height: `${size.height}px`,
  });
  document.body.append(container);
  const thematic = buildStyle(data, []);
  const map = new MapLibreMap({
    container,
    style: thematic.style,
    interactive: false,
    attributionControl: false,
    pixelRatio: ratio,
    center: [0, 0],
    zoom: 2,
  });
  for (const image of thematic.images) map.addImage(image.name, image.draw());
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  let highlighted: string[] = [];

  async function picture(step: StoryStep): Promise<Uint8Array<ArrayBuffer>> {
    for (const [id, filter] of thematic.filters(step.layers)) if (map.getLayer(id)) map.setFilter(id, filter);
    for (const id of highlighted) map.setFeatureState({ source: MISSION_SOURCE, id }, { selected: false });
    highlighted = [...step.highlight];
    for (const id of highlighted) map.setFeatureState({ source: MISSION_SOURCE, id }, { selected: true });
    map.jumpTo({
      center: step.camera.center,
      zoom: step.camera.zoom,
      bearing: step.camera.bearing,
      pitch: step.camera.pitch,
    });
    const { image } = await captureMap(map, ratio);
    const blob = await new Promise<Blob | null>((resolve) => image.toBlob(resolve, 'image/jpeg', 0.85));
    if (!blob) throw new Error('the browser could not encode the map as JPEG');
    return new Uint8Array(await blob.arrayBuffer());
  }

  return {
    picture,
    remove() {
      map.remove();
      container.remove();
    },
  };
}
