import { processArticle, type ArticleStageResult } from '../article-stage.ts';
import type { SeedInput } from '../text/page/seed-article.ts';
import type { AliasIndex } from '../text/match/alias-index.ts';
import { buildAliasIndex, type MatchableFeature } from '../text/match/alias-index.ts';
import type { SourceMeta } from '../../contract/article.ts';

export interface ArticleBatch {
  /** Identifies the alias spec, so a worker builds its index once per build, not once per batch. */
  contextKey: string;
  aliasSpec: MatchableFeature[];
  seeds: Array<SeedInput & { source: SourceMeta | null }>;
}

let index: { key: string; aliases: AliasIndex } | null = null;

/** Runs the per-article stage over a batch of seeds inside a pool worker. */
export function runBatch(batch: ArticleBatch): ArticleStageResult[] {
  if (index?.key !== batch.contextKey)
    index = { key: batch.contextKey, aliases: buildAliasIndex(batch.aliasSpec) };
  const { aliases } = index;
  return batch.seeds.map(({ source, ...seed }) => processArticle(seed, { aliases, source }));
}
