import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { PipelineInput } from '../build.ts';

const require = createRequire(import.meta.url);

export interface InputPaths {
  root: string;
  storyFile?: string;
  seedsDir?: string;
  geoDir?: string;
}

/** Reads seeds/, geo/ and Natural Earth from disk. Only reads: the pipeline never writes inputs. */
export function readInputs({
  root,
  seedsDir = join(root, 'seeds'),
  geoDir = join(root, 'geo'),
  storyFile = join(root, 'story', 'briefing.json'),
}: InputPaths): PipelineInput {
  // Inside the project, paths are shown as "seeds/x.txt"; elsewhere in full.
  const display = (path: string) => {
    const inside = relative(root, path);
    return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
  };
  const seeds = listFiles(seedsDir, ...SEED_EXTENSIONS).map((path) => ({
    file: display(path),
    bytes: new Uint8Array(readFileSync(path)),
  }));
  const sourcesPath = join(seedsDir, 'sources.json');
  const geoFiles = listFiles(geoDir, '.geojson').map((path) => ({
    file: display(path),
    text: readFileSync(path, 'utf8'),
  }));
  return {
    seeds,
    sourcesText: existsSync(sourcesPath) ? readFileSync(sourcesPath, 'utf8') : null,
    storyText: existsSync(storyFile) ? readFileSync(storyFile, 'utf8') : null,
    geoFiles,
    detailTopology: require('world-atlas/countries-50m.json') as Topology,
    overviewTopology: require('world-atlas/countries-110m.json') as Topology,
  };
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
