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

/** The layers a pointer can pick: hit layers whose app layer is visible, top first. */
export function pickableLayers(
  hitLayers: readonly string[],
  groups: Readonly<Record<string, readonly string[]>>,
  visible: readonly string[],
): string[] {
  const shown = new Set(visible.flatMap((group) => groups[group] ?? []));
  return hitLayers.filter((layer) => shown.has(layer));
}

/** A square around the pointer, so a finger or a small marker is easy to hit. */
export function hitBox(x: number, y: number, radius: number): [[number, number], [number, number]] {
  return [
    [x - radius, y - radius],
    [x + radius, y + radius],
  ];
}
