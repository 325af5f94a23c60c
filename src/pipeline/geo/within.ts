import type { GeoFeature } from './geo-schema.ts';
import type { Problem } from '../../contract/article.ts';

/** Every `within` names a known feature, and no feature ends up inside itself. */
export function checkWithin(
  features: ReadonlyArray<{ feature: GeoFeature; layer: { file: string } }>,
): Problem[] {
  const problems: Problem[] = [];
  const within = new Map(features.map(({ feature }) => [feature.properties.id, feature.properties.within]));
  for (const { feature, layer } of features) {
    const { id } = feature.properties;
    for (const container of feature.properties.within) {
      if (!within.has(container))
        problems.push({
          file: layer.file,
          message: `feature "${id}": within names unknown feature "${container}"`,
        });
    }
    const seen = new Set<string>();
    const queue = [...feature.properties.within];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (next === id) {
        problems.push({ file: layer.file, message: `feature "${id}": within leads back to itself` });
        break;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(within.get(next) ?? []));
    }
  }
  return problems;
}
