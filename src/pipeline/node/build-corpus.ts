import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Tinypool from 'tinypool';
import { articleIdOf, processArticle, type ArticleStageResult } from '../article-stage.ts';
import { seedOrder, type PipelineOutput } from '../build.ts';
import { prepareCorpus, type PreparedCorpus } from '../corpus.ts';
import { compactResult } from '../compact-result.ts';
import { reduceCorpus } from '../reduce.ts';
import { ArticleCache, articleKey, contextHash } from './article-cache.ts';
import type { ArticleBatch } from './article-worker.ts';
import { listSeeds, readCorpusInputs, type InputPaths } from './read-inputs.ts';
import type { SourceMeta } from '../../contract/article.ts';

export interface BuildOptions extends InputPaths {
  /** The build's cache folder (per-article results go in its articles/); null for none. Default: defaultCacheDir. */
  cacheDir?: string | null;
  /** Worker threads for the per-article stage (default: the machine's cores; 1 runs in process). */
  workers?: number;
  /** Fewer uncached articles than this are processed in process: starting workers costs more. */
  minPooled?: number;
}

export interface BuildStats {
  articles: number;
  /** Articles read from the cache. */
  cached: number;
  /** Articles run through the per-article stage. */
  processed: number;
  /** Whether the stage ran on the worker pool. */
  pooled: boolean;
}

const BATCH = 16;
const IN_FLIGHT_PER_WORKER = 2;
const DEFAULT_MIN_POOLED = 48;

export const defaultCacheDir = (root: string) =>
  join(root, 'node_modules', '.cache', 'two-fronts', 'articles');

interface Pending {
  position: number;
  file: string;
  path: string;
  source: SourceMeta | null;
  key: string;
}

/**
 * The Node build: the same output as runPipeline, but each seed is read, hashed and looked up in the
 * cache one at a time, only the changed ones go through the per-article stage (on a worker pool when
 * there are many), and nothing but the stage's results is kept for the reduce.
 */
export async function buildCorpus(
  options: BuildOptions,
): Promise<{ output: PipelineOutput; stats: BuildStats }> {
  const input = readCorpusInputs(options);
  const corpus = prepareCorpus(input);
  const context = contextHash(corpus.aliasSpec);
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir(options.root) : options.cacheDir;
  const cache = cacheDir ? new ArticleCache(join(cacheDir, 'articles')) : null;
  const seeds = seedOrder(listSeeds(options));
  const results: ArticleStageResult[] = new Array<ArticleStageResult>(seeds.length);
  const pending: Pending[] = [];
  seeds.forEach(({ file, path }, position) => {
    const source = corpus.sources[articleIdOf(file)] ?? null;
    const key = articleKey(readFileSync(path), source, context);
    const hit = cache?.get(key);
    if (hit && hit.file === file) results[position] = compactResult(hit);
    else pending.push({ position, file, path, source, key });
  });
  const workers = options.workers ?? availableParallelism();
  const pooled =
    workers > 1 && pending.length > 0 && pending.length >= (options.minPooled ?? DEFAULT_MIN_POOLED);
  const store = (item: Pending, result: ArticleStageResult) => {
    results[item.position] = compactResult(result);
    cache?.set(item.key, result);
  };
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
  const output = reduceCorpus({
    corpus,
    results,
    storyText: input.storyText ?? null,
    overviewTopology: input.overviewTopology,
  });
  return {
    output,
    stats: {
      articles: seeds.length,
      cached: seeds.length - pending.length,
      processed: pending.length,
      pooled,
    },
  };
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
