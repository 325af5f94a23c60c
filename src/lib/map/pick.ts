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

/**
 * The layers a pointer can pick, top first: hit layers of the visible app layers, and the hit layers
 * no app layer owns (the shared symbol layer, which shows only visible layers' features by its filter).
 */
export function pickableLayers(
  hitLayers: readonly string[],
  groups: Readonly<Record<string, readonly string[]>>,
  visible: readonly string[],
): string[] {
  const shown = new Set(visible.flatMap((group) => groups[group] ?? []));
  const owned = new Set(Object.values(groups).flat());
  return hitLayers.filter((layer) => shown.has(layer) || !owned.has(layer));
}

/** A square around the pointer, so a finger or a small marker is easy to hit. */
export function hitBox(x: number, y: number, radius: number): [[number, number], [number, number]] {
  return [
    [x - radius, y - radius],
    [x + radius, y + radius],
  ];
}
