import postcss from 'postcss';
import type { Plugin } from 'vite';

/**
 * What of MapLibre's stylesheet the app never shows: the controls and overlays it does not add
 * (geolocate, terrain, globe, compass, logo), popups and markers (the panel and the tooltip are the
 * app's own), and cooperative gestures (off). Their rules are mostly inline SVG icons: 8 of the
 * stylesheet's 10 KB gzip, on the first load. MapView.svelte adds the controls that stay; a unit test
 * fails if the app starts using one of these.
 */
export const UNUSED_MAPLIBRE_PARTS = [
  'ctrl-geolocate',
  'ctrl-terrain',
  'ctrl-globe',
  'ctrl-compass',
  'ctrl-logo',
  'popup',
  'marker',
  'user-location',
  'cooperative-gesture',
  'cooperative-gestures',
] as const;

/** A class that is one of the parts or a state of one (`ctrl-globe-enabled`), not a longer name. */
const unusedSelector = (parts: readonly string[]) =>
  new RegExp(`\\.maplibregl-(?:${parts.join('|')})(?:-|(?![\\w]))`);

/**
 * The stylesheet without the rules that style only `parts`: a selector list loses the selectors that
 * name one of them, and a rule left with none goes (and an at-rule left empty).
 */
export function trimMaplibreCss(css: string, parts: readonly string[] = UNUSED_MAPLIBRE_PARTS): string {
  const unused = unusedSelector(parts);
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframe steps ("0%", "to") are rules too, named by no class: they stay.
    const kept = rule.selectors.filter((selector) => !unused.test(selector));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
  return root.toString();
}

/** Serves MapLibre's stylesheet trimmed (dev and build), before Vite's own CSS handling. */
export function trimMaplibreStylesheet(): Plugin {
  return {
    name: 'two-fronts:trim-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css(?:\?|$)/.test(id)) return null;
      return { code: trimMaplibreCss(code), map: null };
    },
  };
}
