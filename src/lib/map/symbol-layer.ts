import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { byRule, hasRole, inLayer, isGeometry, ofLayer, whenActive } from './expressions.ts';
import { markerImage, PALETTE } from './icons.ts';
import { LABEL_INK, type ResolvedLook } from './looks.ts';
import { ANCHOR_ROLE } from './map-sources.ts';
import { asExpression, MISSION_SOURCE, ownCopy, type LayerSet } from './thematic-layers.ts';

/** Label font: a CSS font-family list, drawn locally by MapLibre (no glyph server). */
export const LABEL_FONT = ['system-ui', 'sans-serif'];

export const SYMBOL_LAYER = 'thematic-symbols';

const isAnchor = hasRole(ANCHOR_ROLE);

/**
 * What the symbol layer shows: the labels at the anchors of, and the points drawn by, the visible
 * layers. Toggling a layer changes this filter (`layers` is " own member… ", so a member shows too).
 */
export function symbolFilter(visible: readonly string[]): FilterSpecification {
  const shown: ExpressionSpecification =
    visible.length === 0 ? ['literal', false] : ['any', ...visible.map(inLayer)];
  return [
    'all',
    shown,
    // A member's point has a copy per layer that draws it (drawnSource): its own copy shows.
    ownCopy,
    ['any', ['all', isAnchor, ['!=', ['get', 'text'], '']], ['all', ['!', isAnchor], isGeometry('point')]],
  ];
}

/** A value per shape: the rules of the feature's own layer decide it. */
function perLayer(
  sets: readonly LayerSet[],
  value: (look: ResolvedLook) => string,
  fallback: string,
): ExpressionSpecification | string {
  const branches = sets.flatMap((set): ExpressionSpecification[] =>
    set.symbols ? [ofLayer(set.id), asExpression(byRule(set.symbols.rules, value))] : [],
  );
  if (branches.length === 0) return fallback;
  return ['case', ...branches, fallback] as ExpressionSpecification;
}

/**
 * ONE symbol layer for every app layer: the markers of points with their names, and the labels at
 * features' anchors. One layer is one placement pass for MapLibre instead of one per app layer, and
 * its sort key places area labels before point names whatever layer they come from.
 */
export function thematicSymbols(sets: readonly LayerSet[], visible: readonly string[]): LayerSpecification {
  const withPoints = sets.filter((set) => set.symbols?.points);
  return {
    id: SYMBOL_LAYER,
    type: 'symbol',
    source: MISSION_SOURCE,
    filter: symbolFilter(visible),
    layout: {
      'icon-image': [
        'case',
        isAnchor,
        '',
        asExpression(
          perLayer(withPoints, (look) => markerImage(look.marker, look.color, look.size).name, ''),
        ),
      ],
      'icon-allow-overlap': true,
      // Anchors have no icon: their text stands alone.
      'icon-optional': true,
      // Placed first: area labels, then the points of the layers drawn on top.
      'symbol-sort-key': [
        'case',
        isAnchor,
        0,
        ...[...withPoints]
          .reverse()
          .flatMap((set, rank): ExpressionSpecification[] => [ofLayer(set.id), ['literal', rank + 1]]),
        withPoints.length + 1,
      ] as ExpressionSpecification,
      'text-field': [
        'case',
        isAnchor,
        ['get', 'text'],
        ['!=', ['get', 'label'], ''],
        ['get', 'label'],
        ['get', 'name'],
      ],
      'text-font': LABEL_FONT,
      'text-size': 11.5,
      'text-max-width': 12,
      'text-anchor': ['case', isAnchor, 'center', 'top'],
      'text-offset': [
        'case',
        ['boolean', ['get', 'above'], false],
        ['literal', [0, -2.4]],
        isAnchor,
        ['literal', [0, 0]],
        ['literal', [0, 1.1]],
      ],
      'text-optional': true,
    },
    paint: {
      'text-color': perLayer(sets, (look) => look.labelColor, LABEL_INK),
      'text-halo-color': PALETTE.halo,
      'text-halo-width': whenActive(2.5, 1.6),
    },
  };
}
