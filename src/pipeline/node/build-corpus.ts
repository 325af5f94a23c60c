import { availableParallelism, tmpdir } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';

const folder = (path: string): string => {
  mkdirSync(path, { recursive: true });
  return path;
};
import { join } from 'node:path';
import Tinypool from 'tinypool';
import { articleIdOf, processArticle, type ArticleStageResult } from '../article-stage.ts';
import { seedOrder } from '../build.ts';
import { prepareCorpus, type PreparedCorpus } from '../corpus.ts';
import { streamReduce, type EvidenceSink, type StageResults, type StreamedCorpus } from '../stream-reduce.ts';
import { ArticleCache, articleKey, contextHash, prune, writeAtomically } from './article-cache.ts';
import type { ArticleBatch } from './article-worker.ts';
import { DiskSpill } from './excerpt-spill.ts';
import { listSeeds, readCorpusInputs, type InputPaths } from './read-inputs.ts';
import { stageVersion } from './stage-version.ts';
import type { SourceMeta } from '../../contract/article.ts';

export interface StageOptions {
  /**
   * The cache folder (per-article results go in its articles/). Default: defaultCacheDir(root).
   * Null bypasses the cache: nothing is read from it or written to it (`--no-cache`).
   */
  cacheDir?: string | null;
  /** Worker threads for the per-article stage (default: the machine's cores; 1 runs in process). */
  workers?: number;
  /** Fewer uncached articles than this are processed in process: starting workers costs more. */
  minPooled?: number;
}

export interface BuildOptions extends InputPaths, StageOptions {}

export interface BuildStats {
  articles: number;
  /** Articles read from the cache. */
  cached: number;
  /** Articles run through the per-article stage. */
  processed: number;
  /** Whether the stage ran on the worker pool. */
  pooled: boolean;
  /** Cache entries removed because this build did not use them. */
  pruned: number;
}

const BATCH = 16;
const IN_FLIGHT_PER_WORKER = 2;
const DEFAULT_MIN_POOLED = 48;

/** The build's cache: articles/ (per-article results, by key) and evidence/ (the staged evidence files). */
export const defaultCacheDir = (root: string) => join(root, 'node_modules', '.cache', 'two-fronts');

/** The cache folder the options name (`undefined`: the default one), or null for none. */
export const cacheDirOf = (options: StageOptions & { root: string }): string | null =>
  options.cacheDir === undefined ? defaultCacheDir(options.root) : options.cacheDir;

/** Stage results read back from their files, one at a time (nothing is kept). */
export class DiskResults implements StageResults {
  readonly paths: readonly string[];
  constructor(paths: readonly string[]) {
    this.paths = paths;
  }
  get length(): number {
    return this.paths.length;
  }
  read(position: number): ArticleStageResult {
    return JSON.parse(readFileSync(this.paths[position]!, 'utf8')) as ArticleStageResult;
  }
}

interface Pending {
  position: number;
  file: string;
  path: string;
  source: SourceMeta | null;
  key: string;
}

export interface StageRun {
  /** Where each seed's result is, in the order of the seeds given. */
  paths: string[];
  stats: BuildStats;
}

/**
 * The per-article stage over a list of seeds: each seed is read, hashed and looked up in the cache
 * one at a time; only the missing ones go through the stage (on a worker pool when there are many),
 * and each result is written to a file as it arrives: to the cache, and to `out(position)` when
 * given (without a cache, `out` is required). Nothing is kept in memory.
 */
export async function runStage(
  corpus: PreparedCorpus,
  seeds: ReadonlyArray<{ file: string; path: string }>,
  options: StageOptions & { root: string; out: ((position: number) => string) | null },
): Promise<StageRun> {
  const started = Date.now();
  const context = contextHash(corpus.aliasSpec, stageVersion(options.root).hash);
  const cacheDir = cacheDirOf(options);
  const cache = cacheDir ? new ArticleCache(join(cacheDir, 'articles')) : null;
  const { out } = options;
  if (!cache && !out) throw new Error('runStage: without a cache, results need a folder (out)');
  const paths = new Array<string>(seeds.length);
  const pending: Pending[] = [];
  seeds.forEach(({ file, path }, position) => {
    const source = corpus.sources[articleIdOf(file)] ?? null;
    const key = articleKey(file, readFileSync(path), source, context);
    const cached = cache?.path(key);
    if (cached && existsSync(cached)) {
      const now = new Date();
      utimesSync(cached, now, now);
      if (out) copyFileSync(cached, out(position));
      paths[position] = out ? out(position) : cached;
    } else pending.push({ position, file, path, source, key });
  });
  const store = (item: Pending, result: ArticleStageResult) => {
    const body = JSON.stringify(result);
    if (cache) writeAtomically(cache.path(item.key), body);
    if (out) writeAtomically(out(item.position), body);
    paths[item.position] = out ? out(item.position) : cache!.path(item.key);
  };
  const workers = options.workers ?? availableParallelism();
  const pooled =
    workers > 1 && pending.length > 0 && pending.length >= (options.minPooled ?? DEFAULT_MIN_POOLED);
  if (pooled) await runOnPool(corpus, context, pending, workers, store);
  else
    for (const item of pending)
      store(
        item,
        processArticle(
          { file: item.file, bytes: new Uint8Array(readFileSync(item.path)) },
          { aliases: corpus.aliases, source: item.source },
        ),
      );
  // What this build did not use goes (entries a build running at the same time uses are newer).
  const pruned = cache ? prune(cache.dir, new Set(paths), started) : 0;
  return {
    paths,
    stats: {
      articles: seeds.length,
      cached: seeds.length - pending.length,
      processed: pending.length,
      pooled,
      pruned,
    },
  };
}

/**
 * The Node build: the same output as runPipeline, but the stage's results go to disk as they come
 * (runStage) and the reduce streams them back (streamReduce): the evidence goes to `sink` piece by
 * piece, and memory does not grow with the articles' text.
 */
export async function buildCorpus(
  options: BuildOptions,
  sink: EvidenceSink,
): Promise<{ output: StreamedCorpus; stats: BuildStats }> {
  const input = readCorpusInputs(options);
  const corpus = prepareCorpus(input);
  const cacheDir = cacheDirOf(options);
  // The excerpts spill next to the cache (on disk), not in a temporary folder that may live in memory.
  const work = mkdtempSync(join(cacheDir ? folder(cacheDir) : tmpdir(), 'two-fronts-build-'));
  const spill = new DiskSpill(work);
  try {
    const seeds = seedOrder(listSeeds(options));
    const stage = await runStage(corpus, seeds, {
      ...options,
      out: cacheDir ? null : (position) => join(work, `${position}.json`),
    });
    const output = streamReduce({
      corpus,
      results: new DiskResults(stage.paths),
      storyText: input.storyText ?? null,
      overviewTopology: input.overviewTopology,
      spill,
      sink,
    });
    return { output, stats: stage.stats };
  } finally {
    spill.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function runOnPool(
  corpus: PreparedCorpus,
  contextKey: string,
  pending: readonly Pending[],
  workers: number,
  store: (item: Pending, result: ArticleStageResult) => void,
): Promise<void> {
  const pool = new Tinypool({
    filename: new URL('./article-worker.mjs', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
  });
  try {
    // A few batches in flight per worker: seeds are read as their batch is queued, so the bytes held
    // at once do not grow with the corpus.
    let next = 0;
    const feed = async (): Promise<void> => {
      while (next < pending.length) {
        const items = pending.slice(next, (next += BATCH));
        // Bytes are transferred to the worker, not copied.
        const seeds = items.map((item) => ({
          file: item.file,
          bytes: new Uint8Array(readFileSync(item.path)),
          source: item.source,
        }));
        const batch: ArticleBatch = { contextKey, aliasSpec: corpus.aliasSpec, seeds };
        const results: ArticleStageResult[] = await pool.run(batch, {
          transferList: seeds.map((seed) => seed.bytes.buffer as ArrayBuffer),
        });
        results.forEach((result, at) => store(items[at]!, result));
      }
    };
    await Promise.all(Array.from({ length: workers * IN_FLIGHT_PER_WORKER }, feed));
  } finally {
    await pool.destroy();
  }
}
