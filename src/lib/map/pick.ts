/** Distinct feature ids from rendered features, topmost first (queryRenderedFeatures order). */
export function distinctIds(
  rendered: ReadonlyArray<{ properties: Record<string, unknown> | null }>,
): string[] {
  const ids: string[] = [];
  for (const feature of rendered) {
    const id = feature.properties?.['id'];
    if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** A square around the pointer, so a finger or a small marker is easy to hit. */
export function hitBox(x: number, y: number, radius: number): [[number, number], [number, number]] {
  return [
    [x - radius, y - radius],
    [x + radius, y + radius],
  ];
}

/**
 * What was found at the last point asked, kept while the map has not redrawn: a click lands where the
 * pointer last moved, and then need not query the map again before it answers. `drawn()` counts the
 * map's redraws (its `render` events); any redraw, or another point, queries afresh.
 */
export class LastPick {
  #last: { x: number; y: number; drawn: number; ids: string[] } | null = null;
  readonly #query: (point: { x: number; y: number }) => string[];
  readonly #drawn: () => number;

  constructor(query: (point: { x: number; y: number }) => string[], drawn: () => number) {
    this.#query = query;
    this.#drawn = drawn;
  }

  at(point: { x: number; y: number }): string[] {
    const last = this.#last;
    const drawn = this.#drawn();
    if (last && last.x === point.x && last.y === point.y && last.drawn === drawn) return last.ids;
    const ids = this.#query(point);
    this.#last = { x: point.x, y: point.y, drawn, ids };
    return ids;
  }
}
