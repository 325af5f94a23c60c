import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { PipelineInput } from '../build.ts';
import type { CorpusInput } from '../corpus.ts';

const require = createRequire(import.meta.url);

export interface InputPaths {
  root: string;
  storyFile?: string;
  seedsDir?: string;
  geoDir?: string;
}

/** Reads seeds/, geo/ and Natural Earth from disk. Only reads: the pipeline never writes inputs. */
export function readInputs(paths: InputPaths): PipelineInput {
  return {
    seeds: listSeeds(paths).map(({ file, path }) => ({ file, bytes: new Uint8Array(readFileSync(path)) })),
    ...readCorpusInputs(paths),
  };
}

/** The seed files, in name order: `file` as messages show it, `path` to read it (one at a time, at scale). */
export function listSeeds({ root, seedsDir = join(root, 'seeds') }: InputPaths): Array<{
  file: string;
  path: string;
}> {
  return listFiles(seedsDir, ...SEED_EXTENSIONS).map((path) => ({ file: displayPath(root, path), path }));
}

/** Everything but the seeds: geo layers, the curator's sources, the story and Natural Earth. */
export function readCorpusInputs({
  root,
  seedsDir = join(root, 'seeds'),
  geoDir = join(root, 'geo'),
  storyFile = join(root, 'story', 'briefing.json'),
}: InputPaths): CorpusInput {
  const sourcesPath = join(seedsDir, 'sources.json');
  const geoFiles = readGeoFiles({ root, geoDir });
  return {
    sourcesText: existsSync(sourcesPath) ? readFileSync(sourcesPath, 'utf8') : null,
    storyText: existsSync(storyFile) ? readFileSync(storyFile, 'utf8') : null,
    geoFiles,
    detailTopology: require('world-atlas/countries-50m.json') as Topology,
    overviewTopology: require('world-atlas/countries-110m.json') as Topology,
  };
}

/** The geo layer files as text, in name order. */
export function readGeoFiles({
  root,
  geoDir = join(root, 'geo'),
}: InputPaths): Array<{ file: string; text: string }> {
  return listFiles(geoDir, '.geojson').map((path) => ({
    file: displayPath(root, path),
    text: readFileSync(path, 'utf8'),
  }));
}

/** Inside the project, paths are shown as "seeds/x.txt"; elsewhere in full. */
export function displayPath(root: string, path: string): string {
  const inside = relative(root, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/** Every input file the build depends on, for watch mode. */
export function inputFiles({
  root,
  seedsDir = join(root, 'seeds'),
  geoDir = join(root, 'geo'),
  storyFile = join(root, 'story', 'briefing.json'),
}: InputPaths): string[] {
  const sourcesPath = join(seedsDir, 'sources.json');
  return [
    ...listFiles(seedsDir, ...SEED_EXTENSIONS),
    ...listFiles(geoDir, '.geojson'),
    ...[sourcesPath, storyFile].filter((path) => existsSync(path)),
  ];
}

/** Seeds are text pages or saved web pages (bytes are decoded the same way for both). */
export const SEED_EXTENSIONS = ['.txt', '.html', '.htm'] as const;

function listFiles(dir: string, ...extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extensions.some((extension) => name.toLowerCase().endsWith(extension)))
    .sort()
    .map((name) => join(dir, name));
}
