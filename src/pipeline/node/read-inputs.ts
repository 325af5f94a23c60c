import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
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

/** The paths with the project's own where none is given: `seeds/`, `geo/`, `story/briefing.json`. */
export function withDefaults({ root, seedsDir, geoDir, storyFile }: InputPaths): Required<InputPaths> {
  return {
    root,
    seedsDir: seedsDir ?? join(root, 'seeds'),
    geoDir: geoDir ?? join(root, 'geo'),
    storyFile: storyFile ?? join(root, 'story', 'briefing.json'),
  };
}

/** Reads seeds/, geo/ and Natural Earth from disk. Only reads: the pipeline never writes inputs. */
export function readInputs(paths: InputPaths): PipelineInput {
  return {
    seeds: listSeeds(paths).map(({ file, path }) => ({ file, bytes: new Uint8Array(readFileSync(path)) })),
    ...readCorpusInputs(paths),
  };
}

/** The seed files, in name order: `file` as messages show it, `path` to read it (one at a time, at scale). */
export function listSeeds(paths: InputPaths): Array<{ file: string; path: string }> {
  const { root, seedsDir } = withDefaults(paths);
  return listFiles(seedsDir, isSeedName).map((path) => ({ file: displayPath(root, path), path }));
}

/** Everything but the seeds: geo layers, the curator's sources, the story and Natural Earth. */
export function readCorpusInputs(paths: InputPaths): CorpusInput {
  const { root, seedsDir, geoDir, storyFile } = withDefaults(paths);
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
export function readGeoFiles(paths: InputPaths): Array<{ file: string; text: string }> {
  const { root, geoDir } = withDefaults(paths);
  return listFiles(geoDir, isGeoName).map((path) => ({
    file: displayPath(root, path),
    text: readFileSync(path, 'utf8'),
  }));
}

/** Inside the project, paths are shown as "seeds/x.txt"; elsewhere in full. */
export function displayPath(root: string, path: string): string {
  const inside = relative(root, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/** Seeds are text pages or saved web pages (bytes are decoded the same way for both). */
export const SEED_EXTENSIONS = ['.txt', '.html', '.htm'] as const;
export const GEO_EXTENSIONS = ['.geojson'] as const;
const SOURCES_FILE = 'sources.json';

const hasExtension = (name: string, extensions: readonly string[]) =>
  extensions.some((extension) => name.toLowerCase().endsWith(extension));
const isSeedName = (name: string) => hasExtension(name, SEED_EXTENSIONS);
const isGeoName = (name: string) => hasExtension(name, GEO_EXTENSIONS);

/**
 * What the pipeline reads, folder by folder, and which names in each: the one rule behind reading the
 * inputs, listing them and the dev server's watching (so a dropped .html page or a folder set by
 * TWO_FRONTS_SEEDS is seen exactly as it is read).
 */
export function inputSources(paths: InputPaths): Array<{ dir: string; accepts: (name: string) => boolean }> {
  const { seedsDir, geoDir, storyFile } = withDefaults(paths);
  return [
    { dir: resolve(seedsDir), accepts: (name) => isSeedName(name) || name === SOURCES_FILE },
    { dir: resolve(geoDir), accepts: isGeoName },
    { dir: resolve(dirname(storyFile)), accepts: (name) => name === basename(storyFile) },
  ];
}

/** Whether the pipeline reads this file (a new one counts too): for the dev server's watcher. */
export function isInputFile(paths: InputPaths, file: string): boolean {
  const path = resolve(file);
  return inputSources(paths).some(({ dir, accepts }) => dirname(path) === dir && accepts(basename(path)));
}

/** Every input file the build depends on now, for watch mode. */
export function inputFiles(paths: InputPaths): string[] {
  return inputSources(paths).flatMap(({ dir, accepts }) => listFiles(dir, accepts));
}

function listFiles(dir: string, accepts: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(accepts)
    .sort()
    .map((name) => join(dir, name));
}
