import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleIdOf } from '../article-stage.ts';
import { seedOrder } from '../build.ts';
import { prepareCorpus } from '../corpus.ts';
import { streamReduce, type EvidenceSink, type StreamedCorpus } from '../stream-reduce.ts';
import { contextHash } from './article-cache.ts';
import { DiskResults, runStage, type BuildStats, type StageOptions } from './build-corpus.ts';
import { DiskSpill } from './excerpt-spill.ts';
import { displayPath, readCorpusInputs, SEED_EXTENSIONS, type InputPaths } from './read-inputs.ts';
import { stageVersion } from './stage-version.ts';

/**
 * The map and the reduce as two commands, for a batch engine that runs one command per shard:
 * `npm run stage` runs the per-article stage over a list of seed files and writes one result per
 * article and a stage.json to a folder; `npm run reduce` reads any number of such folders and writes
 * what the build writes. A shard's results are only reduced with the alias spec and the stage they
 * were made with (stage.json records both).
 */
export const STAGE_FILE = 'stage.json';

/** A stage folder's record: what its results were made with, and which article each file is. */
export interface StageRecord {
  /** The alias spec and the stage's version (see article-cache.ts contextHash). */
  context: string;
  results: Array<{ id: string; file: string; result: string }>;
}

/** A shard that cannot be staged or reduced: the message names the file (and line) at fault. */
export class ShardError extends Error {}

/**
 * The seed files a list names, one path a line (relative to the list's folder, or absolute; blank
 * lines and `#` comments skipped). A missing file, one that is not a seed, or two with the same
 * article id are named with the list's line.
 */
export function readSeedList(list: string, root: string): Array<{ file: string; path: string }> {
  let text: string;
  try {
    text = readFileSync(list, 'utf8');
  } catch {
    throw new ShardError(`${list}: the list of seed files cannot be read`);
  }
  const seeds: Array<{ file: string; path: string }> = [];
  const lines = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${list}:${index + 1}`;
    const path = resolve(join(list, '..'), line);
    if (!existsSync(path) || !statSync(path).isFile())
      throw new ShardError(`${where}: "${line}" is not a file`);
    if (!SEED_EXTENSIONS.some((extension) => path.toLowerCase().endsWith(extension)))
      throw new ShardError(`${where}: "${line}" is not a seed (${SEED_EXTENSIONS.join(', ')})`);
    const file = displayPath(root, path);
    const id = articleIdOf(file);
    const before = lines.get(id);
    if (before !== undefined)
      throw new ShardError(`${where}: "${line}" is article "${id}" again (line ${before})`);
    lines.set(id, index + 1);
    seeds.push({ file, path });
  });
  return seeds;
}

/** `npm run stage`: the per-article stage over the listed seeds, each result written to `out`. */
export async function stageShard(
  paths: InputPaths,
  list: string,
  out: string,
  options: StageOptions = {},
): Promise<{ stats: BuildStats; record: StageRecord }> {
  const seeds = readSeedList(list, paths.root);
  const corpus = prepareCorpus(readCorpusInputs(paths));
  mkdirSync(out, { recursive: true });
  const names = seeds.map(({ file }) => `${articleIdOf(file)}.json`);
  const { stats } = await runStage(corpus, seeds, {
    ...options,
    root: paths.root,
    out: (position) => join(out, names[position]!),
  });
  const record: StageRecord = {
    context: contextHash(corpus.aliasSpec, stageVersion(paths.root).hash),
    results: seeds.map(({ file }, position) => ({ id: articleIdOf(file), file, result: names[position]! })),
  };
  writeFileSync(join(out, STAGE_FILE), JSON.stringify(record, null, 2));
  return { stats, record };
}

/**
 * `npm run reduce`: the stage folders' results, in seed-file order as one build would take them,
 * reduced to the build's outputs (the evidence to `sink`). Refused, naming the folder, when a folder
 * is not a stage folder, was staged with other aliases or another stage, or repeats an article.
 */
export function reduceShards(
  paths: InputPaths,
  folders: readonly string[],
  sink: EvidenceSink,
): StreamedCorpus {
  const input = readCorpusInputs(paths);
  const corpus = prepareCorpus(input);
  const context = contextHash(corpus.aliasSpec, stageVersion(paths.root).hash);
  const entries: Array<{ file: string; path: string }> = [];
  const owner = new Map<string, string>();
  for (const folder of folders) {
    const recordPath = join(folder, STAGE_FILE);
    let record: StageRecord;
    try {
      record = JSON.parse(readFileSync(recordPath, 'utf8')) as StageRecord;
    } catch {
      throw new ShardError(`${folder}: no readable ${STAGE_FILE} (is it a folder npm run stage wrote?)`);
    }
    if (record.context !== context)
      throw new ShardError(
        `${recordPath}: staged with other aliases (geo/) or another version of the stage; run npm run stage again`,
      );
    for (const { id, file, result } of record.results) {
      const before = owner.get(id);
      if (before !== undefined)
        throw new ShardError(`${recordPath}: article "${id}" was staged in ${before} too`);
      owner.set(id, folder);
      entries.push({ file, path: join(folder, result) });
    }
  }
  const spill = new DiskSpill();
  try {
    return streamReduce({
      corpus,
      results: new DiskResults(seedOrder(entries).map(({ path }) => path)),
      storyText: input.storyText ?? null,
      overviewTopology: input.overviewTopology,
      spill,
      sink,
    });
  } finally {
    spill.close();
  }
}
