import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle, generateFeatures } from './generate-corpus.ts';

/**
 * Copies seeds/ and geo/ into `dir` and adds generated articles and features until there are
 * `articles` articles and `features` features in all (the seeds and geo count).
 */
export function writeScaledInputs(
  root: string,
  dir: string,
  { articles, features }: { articles: number; features: number },
) {
  const seeds = join(dir, 'seeds');
  const geo = join(dir, 'geo');
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'seeds'), seeds, { recursive: true });
  cpSync(join(root, 'geo'), geo, { recursive: true });
  const seedCount = readdirSync(join(root, 'seeds')).filter((name) => /\.(txt|html?)$/.test(name)).length;
  const featureCount = readdirSync(join(root, 'geo'))
    .filter((name) => name.endsWith('.geojson'))
    .reduce(
      (sum, name) =>
        sum +
        (JSON.parse(readFileSync(join(root, 'geo', name), 'utf8')) as { features: unknown[] }).features
          .length,
      0,
    );
  const generated = generateFeatures(Math.max(0, features - featureCount), 42);
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  writeFileSync(
    join(geo, 'generated.geojson'),
    JSON.stringify({
      type: 'FeatureCollection',
      layer: {
        id: 'generated',
        name: 'Generated places',
        description: 'Generated features for the load benchmark.',
        order: 60,
        visible: true,
      },
      features: generated.map((feature) => ({
        type: 'Feature',
        properties: {
          id: feature.id,
          name: feature.aliases[0],
          kind: 'generated',
          description: 'A generated place.',
          aliases: feature.aliases,
          weakAliases: feature.weakAliases,
          sources: [{ what: 'position', source: 'generated' }],
        },
        geometry: { type: 'Point', coordinates: [20 + next() * 70, 38 + next() * 20] },
      })),
    }),
  );
  for (let index = 0; index < articles - seedCount; index += 1) {
    writeFileSync(
      join(seeds, `9${String(index).padStart(5, '0')}_generated.txt`),
      generateArticle(generated, index, 25),
    );
  }
}
