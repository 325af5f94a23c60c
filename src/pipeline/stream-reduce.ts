import type { Topology } from 'topojson-specification';
import type { ArticleStageResult } from './article-stage.ts';
import type { PreparedCorpus } from './corpus.ts';
import {
  articleEvidence,
  articleReport,
  factArticles,
  factKeys,
  featureEvidence,
  resolveFacts,
  storyAndMap,
  unusedSources,
} from './reduce.ts';
import type { Story } from '../contract/story.ts';
import { excerptOf, LedeKeys, rankFeatureExcerpts } from './text/match/rank-corpus.ts';
import { CorroborationSearch } from './text/quotes/shared-quotes.ts';
import type { Article, ArticleMeta, Excerpt, Paragraph, Problem } from '../contract/article.ts';
import type {
  ArticleEvidence,
  ArticleReport,
  BuildReport,
  FeatureEvidence,
  MapData,
} from '../contract/dataset.ts';

/** The per-article stage's results, in seed-file order, read again each time they are asked for. */
export interface StageResults {
  readonly length: number;
  read(position: number): ArticleStageResult;
}

/**
 * Where every feature's excerpts wait, in no order, until the feature's turn: on disk in the Node
 * build (node/excerpt-spill.ts), so that no more than one feature's excerpts are in memory.
 */
export interface ExcerptSpill {
  add(featureId: string, excerpt: Excerpt): void;
  /** Every excerpt added for the feature (then forgotten). */
  take(featureId: string): Excerpt[];
}

/** Where the evidence goes, one piece at a time (src/vite/evidence-files.ts's EvidenceWriter). */
export interface EvidenceSink {
  /** Called in corpus order. */
  article(evidence: ArticleEvidence): void;
  /** Called in layer order. */
  feature(id: string, evidence: FeatureEvidence): void;
  /** The search index's entries, by article id then paragraph. */
  searchEntry(entry: [featureId: string, article: string, paragraph: number, text: string]): void;
  /** Optional: each article whole, in corpus order, for what reads more than its evidence (the timeline). */
  articleRead?(article: Article): void;
}

export interface StreamReduceInput {
  corpus: PreparedCorpus;
  results: StageResults;
  storyText: string | null;
  overviewTopology: Topology;
  spill: ExcerptSpill;
  sink: EvidenceSink;
}

/** What the streamed reduce returns: everything but the evidence, which went to the sink. */
export interface StreamedCorpus {
  mapData: MapData;
  story: Story | null;
  report: BuildReport;
  /** Each feature's excerpt count (what `npm run data` summarises). */
  excerptCounts: Map<string, number>;
}

/**
 * The corpus-wide reduce of reduce.ts, streamed: the same output, with memory that does not grow
 * with the articles' text. Three passes over the stage's results (read from disk one at a time):
 * 1. each article's evidence file, its report line, its figures, and its words (as integer ids) for
 *    the shared-quote search;
 * 2. only the articles holding a paragraph that shares a run of words with another article's: their
 *    sentences are compared;
 * 3. every match becomes its excerpt, spilled by feature, and each paragraph's strongest feature
 *    goes to the search index.
 * Then each feature in turn: its excerpts ranked, its facts, its evidence file. Only the articles
 * that geo/ facts or the story cite are kept whole.
 */
export function streamReduce(input: StreamReduceInput): StreamedCorpus {
  const { corpus, results, spill, sink } = input;
  const problems: Problem[] = [...corpus.problems];
  const warnings: Problem[] = [];
  const reports: ArticleReport[] = [];
  const figures: ArticleStageResult['figures'] = [];
  const metas = new Map<string, ArticleMeta>();
  const cited = new Set([...factArticles(corpus), ...storyArticles(input.storyText)]);
  const kept: Article[] = [];
  const search = new CorroborationSearch();
  const positions: number[] = [];
  const seedIds = new Set<string>();

  // 1. Report, article files, figures, words.
  for (let position = 0; position < results.length; position += 1) {
    const result = results.read(position);
    seedIds.add(result.id);
    problems.push(...result.problems);
    warnings.push(...result.warnings);
    const { article } = result;
    if (!article) continue;
    positions.push(position);
    reports.push(articleReport(article));
    const evidence = articleEvidence(article);
    // The evidence's metadata (with a page's update notice), as the in-memory reduce cites it.
    metas.set(article.id, { ...article.meta, ...evidence.meta });
    sink.article(evidence);
    sink.articleRead?.(article);
    figures.push(...result.figures);
    search.add(article);
    if (cited.has(article.id)) kept.push(article);
  }
  warnings.push(...unusedSources(corpus, seedIds));

  // 2. Sentences compared, for the few paragraphs that share a run with another article's.
  const needed = new Map<string, Set<number>>();
  for (const ref of search.needed()) {
    const paragraphs = needed.get(ref.article) ?? new Set<number>();
    paragraphs.add(ref.paragraph);
    needed.set(ref.article, paragraphs);
  }
  const held = new Map<string, Paragraph>();
  for (const [at, position] of positions.entries()) {
    const wanted = needed.get(reports[at]!.id);
    if (!wanted) continue;
    const article = results.read(position).article!;
    for (const paragraph of article.paragraphs)
      if (wanted.has(paragraph.index)) held.set(`${article.id}#${paragraph.index}`, paragraph);
  }
  const corroboration = search.finish((ref) => held.get(`${ref.article}#${ref.paragraph}`)!);
  held.clear();

  // 3. Excerpts spilled by feature; search entries in article order.
  const featureOrder = new Map(corpus.features.map(({ feature }, order) => [feature.properties.id, order]));
  const counts = new Map<string, number>();
  const ledes = new LedeKeys();
  const byId = positions
    .map((position, at) => ({ position, id: reports[at]!.id }))
    .sort((a, b) => a.id.localeCompare(b.id));
  for (const { position } of byId) {
    const { article: read, matches } = results.read(position);
    const article = read!;
    const byIndex = new Map(article.paragraphs.map((paragraph) => [paragraph.index, paragraph]));
    const best = new Map<number, { featureId: string; order: number; score: number; text: string }>();
    for (const scored of matches) {
      const excerpt = excerptOf(article, byIndex, scored, corroboration);
      ledes.note(scored, excerpt);
      spill.add(scored.featureId, excerpt);
      counts.set(scored.featureId, (counts.get(scored.featureId) ?? 0) + 1);
      const order = featureOrder.get(scored.featureId) ?? Infinity;
      const known = best.get(scored.paragraph);
      if (!known || scored.score > known.score || (scored.score === known.score && order < known.order))
        best.set(scored.paragraph, {
          featureId: scored.featureId,
          order,
          score: scored.score,
          text: excerpt.text,
        });
    }
    for (const [paragraph, { featureId, text }] of [...best].sort(([a], [b]) => a - b))
      sink.searchEntry([featureId, article.id, paragraph, text]);
  }

  // Each feature in turn.
  const facts = resolveFacts(corpus, kept, figures);
  problems.push(...facts.problems);
  // The articles the facts quote are kept whole, so their key paragraphs are found as in memory.
  const keys = factKeys(corpus, kept);
  for (const { feature } of corpus.features) {
    const { id } = feature.properties;
    const excerpts = counts.has(id) ? rankFeatureExcerpts(spill.take(id), ledes.withFacts(id, keys)) : [];
    sink.feature(
      id,
      featureEvidence(feature, excerpts, facts.facts.get(id) ?? [], (articleId) => metas.get(articleId)),
    );
  }

  const { story, mapData } = storyAndMap(
    corpus,
    kept,
    input.storyText,
    counts,
    input.overviewTopology,
    problems,
  );
  return {
    mapData,
    story,
    report: { articles: reports, problems, warnings },
    excerptCounts: counts,
  };
}

/**
 * The articles a briefing cites (`"<article>#p<n>"` in its steps' `cite`), read leniently: a story
 * that does not parse cites nothing here, and resolveStory reports why.
 */
export function storyArticles(storyText: string | null): string[] {
  if (storyText === null) return [];
  try {
    const story = JSON.parse(storyText) as { steps?: Array<{ cite?: unknown }> };
    return (story.steps ?? []).flatMap((step) =>
      Array.isArray(step.cite)
        ? step.cite.flatMap((id) => (typeof id === 'string' && id.includes('#') ? [id.split('#')[0]!] : []))
        : [],
    );
  } catch {
    return [];
  }
}
