import { matchArticle, type ParagraphMatch } from './text/match/score-article.ts';
import type { AliasIndex } from './text/match/alias-index.ts';
import { findStatedFigures, type StatedFigure } from './text/figures/text-figures.ts';
import { anchorParagraphs } from './text/quotes/selector.ts';
import { articleFromSeed, articleIdOf, type SeedInput } from './text/page/seed-article.ts';
import type { Article, Problem, SourceMeta } from '../contract/article.ts';

/** What one article needs from the rest of the corpus: the aliases to match, and its curator entry. */
export interface ArticleContext {
  aliases: AliasIndex;
  /** The article's entry in seeds/sources.json, or null when it has none. */
  source: SourceMeta | null;
}

/** Everything the corpus-wide reduce needs from one article; plain data (structured-clone safe). */
export interface ArticleStageResult {
  id: string;
  file: string;
  /** Null when the seed could not be read (a problem says why). */
  article: Article | null;
  /** Each paragraph's score and marks per feature it mentions. */
  matches: ParagraphMatch[];
  /** The counts of troops and of people killed it states about features (the reduce assigns them). */
  figures: StatedFigure[];
  problems: Problem[];
  warnings: Problem[];
}

/** A related blurb is on topic when it names at least this many different mission features. */
const ON_TOPIC_FEATURES = 2;

export { articleIdOf };

/**
 * The per-article stage: decode → clean → segment → match (and find stated figures), one seed in,
 * its article, matches and figures out.
 * Pure (no file system, no shared state), so a worker pool or a batch engine can run it anywhere.
 */
export function processArticle(seed: SeedInput, context: ArticleContext): ArticleStageResult {
  const id = articleIdOf(seed.file);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const { aliases, source } = context;
  // Names only: an epithet or an incidental phrase ("the country", "the Minsk talks") names nothing.
  const isOnTopic = (text: string) =>
    new Set(
      aliases
        .find(text)
        .filter((hit) => hit.weight > 0 && hit.reference !== 'epithet')
        .map((hit) => hit.featureId),
    ).size >= ON_TOPIC_FEATURES;
  // Reading the page (text or HTML), its metadata and its cleaning live in text/page/seed-article.ts.
  const read = articleFromSeed(seed, source ?? undefined, isOnTopic);
  problems.push(...read.problems);
  warnings.push(...read.warnings);
  if (!read.article)
    return { id, file: seed.file, article: null, matches: [], figures: [], problems, warnings };
  const article: Article = {
    ...read.article,
    paragraphs: anchorParagraphs(read.article.paragraphs, read.pageText),
  };
  return {
    id,
    file: seed.file,
    article,
    matches: matchArticle(article, aliases),
    figures: findStatedFigures(article, aliases),
    problems,
    warnings,
  };
}
