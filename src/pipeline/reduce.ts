import { toFeatureSource } from './geo/feature-sources.ts';
import type { Topology } from 'topojson-specification';
import type { ArticleStageResult } from './article-stage.ts';
import type { PreparedCorpus } from './corpus.ts';
import { buildMapData } from './map-data.ts';
import { resolveStory, type Story } from './story/story.ts';
import { keyParagraphs, rankMatches } from './text/rank-corpus.ts';
import { resolveAllFacts } from './text/resolve-facts.ts';
import { SOURCES_FILE } from './text/sources.ts';
import type { Article, Excerpt, Problem } from '../contract/article.ts';
import type { ArticleReport, BuildReport, Evidence, MapData } from '../contract/dataset.ts';
import type { GeoLayerFile } from './geo/load-geo.ts';

export interface ReducedCorpus {
  articles: Article[];
  layers: GeoLayerFile[];
  excerpts: Map<string, Excerpt[]>;
  mapData: MapData;
  evidence: Evidence;
  story: Story | null;
  report: BuildReport;
}

export interface ReduceInput {
  corpus: PreparedCorpus;
  /** The per-article stage's results, one per seed, in seed-file order. */
  results: readonly ArticleStageResult[];
  storyText: string | null;
  overviewTopology: Topology;
}

/**
 * The corpus-wide reduce: rank every feature's excerpts across articles (shared quotes included),
 * resolve facts, build the evidence, the story and the map data, and collect the report.
 */
export function reduceCorpus({ corpus, results, storyText, overviewTopology }: ReduceInput): ReducedCorpus {
  const problems: Problem[] = [...corpus.problems];
  const warnings: Problem[] = [];
  const articles: Article[] = [];
  const matches: ArticleStageResult['matches'][] = [];
  const figures: ArticleStageResult['figures'] = [];
  for (const result of results) {
    problems.push(...result.problems);
    warnings.push(...result.warnings);
    if (!result.article) continue;
    articles.push(result.article);
    matches.push(result.matches);
    figures.push(...result.figures);
  }
  const seedIds = new Set(results.map((result) => result.id));
  for (const id of Object.keys(corpus.sources)) {
    if (!seedIds.has(id)) warnings.push({ file: SOURCES_FILE, message: `entry "${id}" has no seed file` });
  }

  const keys = keyParagraphs(
    corpus.features.map(({ feature, layer }) => ({
      id: feature.properties.id,
      layers: [layer.layer.id, ...feature.properties.memberOf],
      facts: feature.properties.facts,
    })),
    articles,
    corpus.aliases,
  );
  const excerpts = rankMatches(articles, matches, keys);
  const evidence: Evidence = { articles: {}, features: {} };
  for (const article of articles) {
    evidence.articles[article.id] = {
      id: article.id,
      meta: article.meta,
      paragraphs: article.paragraphs.map(({ index, section, text, heading }) =>
        heading === undefined ? { index, section, text } : { index, section, text, heading },
      ),
    };
  }
  const allFacts = resolveAllFacts(
    corpus.features.map(({ feature }) => ({ id: feature.properties.id, facts: feature.properties.facts })),
    articles,
    figures,
  );
  for (const { feature, layer } of corpus.features) {
    const { id } = feature.properties;
    const facts = { facts: allFacts.facts.get(id) ?? [] };
    for (const { message } of allFacts.problems.filter((problem) => problem.featureId === id))
      problems.push({ file: layer.file, message: `feature "${id}": ${message}` });
    const featureExcerpts = excerpts.get(id) ?? [];
    const cited = new Set([
      ...featureExcerpts.flatMap((excerpt) => [excerpt.article, ...excerpt.alsoIn.map((ref) => ref.article)]),
      ...facts.facts.flatMap((fact) => fact.claims.map((claim) => claim.article)),
    ]);
    evidence.features[id] = {
      description: feature.properties.description,
      aliases: [...feature.properties.aliases, ...feature.properties.weakAliases],
      sources: feature.properties.sources.map(toFeatureSource),
      facts: facts.facts,
      excerpts: featureExcerpts,
      articles: Object.fromEntries(
        [...cited].sort().flatMap((articleId) => {
          const article = evidence.articles[articleId];
          return article ? [[articleId, { id: articleId, meta: article.meta }]] : [];
        }),
      ),
    };
  }

  const story = resolveStory(
    storyText,
    articles,
    new Set(corpus.features.map(({ feature }) => feature.properties.id)),
    corpus.knownLayers,
  );
  problems.push(...story.problems);
  const mapData = buildMapData(
    corpus.layers,
    corpus.geometries,
    excerpts,
    overviewTopology,
    story.story?.steps.length ?? 0,
  );
  const articleReports: ArticleReport[] = articles.map((article) => ({
    id: article.id,
    file: article.file,
    meta: article.meta,
    metaFrom: article.metaFrom,
    paragraphs: article.paragraphs.length,
    dropped: article.dropped,
  }));
  return {
    articles,
    layers: corpus.layers,
    excerpts,
    mapData,
    evidence,
    story: story.story,
    report: { articles: articleReports, problems, warnings },
  };
}
