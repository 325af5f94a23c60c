import { describe, expect, it } from 'vitest';
import * as maplibre from 'maplibre-gl';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, overlayThematic } from '../../src/lib/map/style.ts';
import { IMAGES } from '../../src/lib/map/icons.ts';
import { realData } from './fixtures.ts';

/** The MapLibre API this code calls: if an upgrade drops any of it, this fails before users do. */
describe('MapLibre contract', () => {
  it('exports the classes and functions the app uses', () => {
    for (const name of [
      'Map',
      'NavigationControl',
      'FullscreenControl',
      'ScaleControl',
      'AttributionControl',
      'setWorkerUrl',
    ] as const) {
      expect(typeof maplibre[name], name).toBe('function');
    }
  });
  it('Map has the methods the app calls', () => {
    const methods = [
      'on',
      'off',
      'once',
      'addControl',
      'addImage',
      'hasImage',
      'setStyle',
      'setLayoutProperty',
      'getLayer',
      'getSource',
      'setFeatureState',
      'queryRenderedFeatures',
      'isStyleLoaded',
      'flyTo',
      'jumpTo',
      'cameraForBounds',
      'getCenter',
      'getZoom',
      'getBearing',
      'getPitch',
      'getCanvas',
      'resize',
      'remove',
    ];
    for (const method of methods)
      expect(typeof maplibre.Map.prototype[method as keyof maplibre.Map], method).toBe('function');
  });

  const thematic = buildStyle(realData().mapData);
  it('the embedded style validates against the MapLibre style spec', () => {
    expect(validateStyleMin(thematic.style)).toEqual([]);
  });
  it('the embedded style asks for nothing remote: no glyphs, no sprite, inline data only', () => {
    expect(thematic.style.glyphs).toBeUndefined();
    expect(thematic.style.sprite).toBeUndefined();
    for (const source of Object.values(thematic.style.sources))
      expect(typeof (source as { data?: unknown }).data).toBe('object');
    expect(JSON.stringify(thematic.style)).not.toMatch(/https?:\/\//);
  });
  it('every image the style names is drawn locally', () => {
    const names =
      JSON.stringify(thematic.style.layers).match(/"(talks-square|[a-z]+-triangle|hatch-[a-z]+)"/g) ?? [];
    for (const name of names) expect(Object.keys(IMAGES)).toContain(name.replaceAll('"', ''));
  });
  it('every app layer toggles at least one map layer, and every hit layer exists', () => {
    const ids = new Set(thematic.style.layers.map((layer) => layer.id));
    for (const layer of realData().mapData.layers)
      expect(thematic.groups[layer.id]?.length, layer.id).toBeGreaterThan(0);
    for (const id of thematic.hitLayers) expect(ids.has(id), id).toBe(true);
  });
  it('a hosted style gets the thematic layers on top, and its own base layers instead of ours', () => {
    const hosted = {
      version: 8 as const,
      sources: {},
      layers: [{ id: 'hosted-bg', type: 'background' as const }],
    };
    const merged = overlayThematic(hosted, thematic.style);
    expect(merged.layers[0]?.id).toBe('hosted-bg');
    expect(merged.layers.some((layer) => layer.id === 'sea')).toBe(false);
    expect(merged.layers.some((layer) => layer.id === 'csto-fill')).toBe(true);
  });
});
