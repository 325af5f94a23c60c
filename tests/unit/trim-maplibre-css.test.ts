import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss, UNUSED_MAPLIBRE_PARTS } from '../../src/vite/trim-maplibre-css.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const stylesheet = readFileSync(join(ROOT, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl.css'), 'utf8');
const selectorsOf = (css: string) => new Set(css.match(/\.maplibregl-[\w-]+/g) ?? []);

describe('trimMaplibreCss', () => {
  it('drops a selector naming an unused part, keeps the rest of its list, and keeps keyframes', () => {
    const css =
      '.maplibregl-ctrl button.maplibregl-ctrl-geolocate .maplibregl-ctrl-icon{a:1}' +
      '.maplibregl-ctrl-globe-enabled .maplibregl-ctrl-icon{a:2}' +
      '.maplibregl-popup-anchor-top,.maplibregl-ctrl-scale{a:3}' +
      '@media (forced-colors:active){.maplibregl-ctrl-compass{a:4}}' +
      '@keyframes spin{0%{b:0}to{b:1}}' +
      '.maplibregl-ctrl-zoom-in{a:5}';
    expect(trimMaplibreCss(css, ['ctrl-geolocate', 'ctrl-globe', 'popup', 'ctrl-compass'])).toBe(
      '.maplibregl-ctrl-scale{a:3}@keyframes spin{0%{b:0}to{b:1}}.maplibregl-ctrl-zoom-in{a:5}',
    );
  });

  it("keeps every rule of the controls the map adds, and none of the unused parts, in MapLibre's real stylesheet", () => {
    const trimmed = trimMaplibreCss(stylesheet);
    const kept = selectorsOf(trimmed);
    for (const used of [
      '.maplibregl-map',
      '.maplibregl-canvas',
      '.maplibregl-ctrl-zoom-in',
      '.maplibregl-ctrl-zoom-out',
      '.maplibregl-ctrl-fullscreen',
      '.maplibregl-ctrl-shrink',
      '.maplibregl-ctrl-scale',
      '.maplibregl-ctrl-attrib-button',
      '.maplibregl-compact',
      '.maplibregl-boxzoom',
    ])
      expect(kept, used).toContain(used);
    for (const part of UNUSED_MAPLIBRE_PARTS)
      expect(
        [...kept].filter((name) => name.startsWith(`.maplibregl-${part}`)),
        part,
      ).toEqual([]);
    // Most of the sheet was the unused parts' inline icons.
    expect(trimmed.length).toBeLessThan(stylesheet.length / 3);
  });

  it('trims only what the app never uses: no file under src adds a control, popup or marker it removes', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|svelte)$/.test(name)) files.push(path);
      }
    };
    walk(join(ROOT, 'src'));
    const uses =
      /\bnew (?:GeolocateControl|TerrainControl|GlobeControl|LogoControl|Popup|Marker)\b|maplibreLogo:\s*true|cooperativeGestures:\s*true|showCompass:\s*true|maplibregl-(?:popup|marker)/;
    const offenders = files.filter(
      (path) => !path.endsWith('trim-maplibre-css.ts') && uses.test(readFileSync(path, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
