import type { Command } from './command.ts';
import { finish, JSON_FLAG } from './shared.ts';

/** `npm run features`: every feature of every layer (as one GeoJSON FeatureCollection with --json). */
export const featuresCommand: Command = {
  name: 'features',
  summary: 'every feature of every layer',
  positional: 'none',
  options: { json: JSON_FLAG },
  run({ args, out, err, pipeline }) {
    const output = pipeline();
    if (args.flag('json')) {
      const memberOf = new Map(output.mapData.features.map((feature) => [feature.id, feature.memberOf]));
      const collection = {
        type: 'FeatureCollection',
        features: output.mapData.shapes.features.map((shape) => ({
          ...shape,
          properties: { ...shape.properties, memberOf: memberOf.get(shape.properties.id) ?? [] },
        })),
      };
      out(JSON.stringify(collection));
    } else
      for (const feature of output.mapData.features)
        out(
          `${feature.id.padEnd(24)} ${feature.layer.padEnd(11)} ${feature.kind.padEnd(18)} ${feature.name}`,
        );
    return finish(output, err);
  },
};
