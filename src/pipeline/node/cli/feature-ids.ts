import { parseGeoFiles } from '../../geo/load-geo.ts';
import { readGeoFiles, type InputPaths } from '../read-inputs.ts';

/** The feature ids the geo layers define: read from geo/ alone, so a bad id is refused before the pipeline runs. */
export function knownFeatureIds(paths: InputPaths): string[] {
  return parseGeoFiles(readGeoFiles(paths)).layers.flatMap((layer) =>
    layer.features.map((feature) => feature.properties.id),
  );
}
