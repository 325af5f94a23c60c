import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle, generateFeatures } from './generate-corpus.ts';

/**
 * Copies seeds/ and geo/ into `dir` and adds generated articles and features until there are
 * `articles` articles and `features` features in all (the seeds and geo count). Every generated
 * article also names the `featured` real features (by their first alias) in a few paragraphs, so that
 * the most-cited feature of a large corpus is a real one, as in real news (Almaty by default).
 */
export function writeScaledInputs(
  root: string,
  dir: string,
  {
    articles,
    features,
    featured = ['almaty'],
  }: { articles: number; features: number; featured?: readonly string[] },
) {
  const seeds = join(dir, 'seeds');
  const geo = join(dir, 'geo');
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'seeds'), seeds, { recursive: true });
  cpSync(join(root, 'geo'), geo, { recursive: true });
  const seedCount = readdirSync(join(root, 'seeds')).filter((name) => /\.(txt|html?)$/.test(name)).length;
  const realFeatures = readdirSync(join(root, 'geo'))
    .filter((name) => name.endsWith('.geojson'))
    .flatMap(
      (name) =>
        (
          JSON.parse(readFileSync(join(root, 'geo', name), 'utf8')) as {
            features: Array<{ properties: { id: string; aliases: string[] } }>;
          }
        ).features,
    );
  const featureCount = realFeatures.length;
  const featuredNames = featured.map((id) => {
    const feature = realFeatures.find((candidate) => candidate.properties.id === id);
    if (!feature) throw new Error(`writeScaledInputs: no feature "${id}" in ${join(root, 'geo')}`);
    return feature.properties.aliases[0]!;
  });
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
      generateArticle(generated, index, 25, featuredNames),
    );
  }
}
