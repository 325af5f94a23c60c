import { articleIdOf, processArticle } from './article-stage.ts';
import type { SeedInput } from './text/page/seed-article.ts';
import { prepareCorpus, type CorpusInput } from './corpus.ts';
import { reduceCorpus, type ReducedCorpus } from './reduce.ts';

export { articleIdOf };

export interface PipelineInput extends CorpusInput {
  /** Seed files as bytes; `file` is the path shown in messages, e.g. "seeds/000_x.txt". */
  seeds: readonly SeedInput[];
}

export type PipelineOutput = ReducedCorpus;

/** Seeds in the order every build processes them (file name), so every path gives the same output. */
export const seedOrder = <T extends { file: string }>(seeds: readonly T[]): T[] =>
  [...seeds].sort((a, b) => a.file.localeCompare(b.file));

/**
 * The whole pipeline: seeds and geo in, typed data out. Pure: reads nothing, writes nothing.
 * Three steps: prepare the shared context (geo, aliases, sources), run the per-article stage on each
 * seed (article-stage.ts: a pure map), then reduce the corpus (reduce.ts: ranking, facts, map data).
 */
export function runPipeline(input: PipelineInput): PipelineOutput {
  const corpus = prepareCorpus(input);
  const results = seedOrder(input.seeds).map((seed) =>
    processArticle(seed, {
      aliases: corpus.aliases,
      source: corpus.sources[articleIdOf(seed.file)] ?? null,
    }),
  );
  return reduceCorpus({
    corpus,
    results,
    storyText: input.storyText ?? null,
    overviewTopology: input.overviewTopology,
  });
}
