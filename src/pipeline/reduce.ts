import { toFeatureSource } from './geo/feature-sources.ts';
import type { Topology } from 'topojson-specification';
import type { ArticleStageResult } from './article-stage.ts';
import type { PreparedCorpus } from './corpus.ts';
import { buildMapData, excerptSources } from './map-data.ts';
import { resolveStory } from './story/story.ts';
import type { Story } from '../contract/story.ts';
import { keyParagraphs, rankMatches, type KeyParagraphs } from './text/match/rank-corpus.ts';
import { resolveAllFacts } from './text/figures/resolve-facts.ts';
import { checkDescriptions } from './story/description-claims.ts';
import { SOURCES_FILE } from './text/meta/sources.ts';
import type { Article, Excerpt, Problem, SourceMeta } from '../contract/article.ts';
import type {
  ArticleEvidence,
  ArticleReport,
  BuildReport,
  Evidence,
  ExcerptSources,
  FeatureEvidence,
  MapData,
  ResolvedFact,
} from '../contract/dataset.ts';
import type { GeoFeature } from './geo/geo-schema.ts';
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
 * The corpus-wide reduce, in memory: rank every feature's excerpts across articles (shared quotes
 * included), resolve facts, build the evidence, the story and the map data, and collect the report.
 * The Node build runs the same reduce streamed from the stage's results on disk
 * (stream-reduce.ts), sharing the pieces below; tests/unit/stream-reduce.test.ts checks that both
 * give the same output, so a change here is made there too.
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
  warnings.push(...unusedSources(corpus, new Set(results.map((result) => result.id))));

  const excerpts = rankMatches(articles, matches, factKeys(corpus, articles));
  const evidence: Evidence = { articles: {}, features: {} };
  for (const article of articles) evidence.articles[article.id] = articleEvidence(article);
  const allFacts = resolveFacts(corpus, articles, figures);
  problems.push(...allFacts.problems);
  for (const { feature } of corpus.features) {
    const { id } = feature.properties;
    evidence.features[id] = featureEvidence(
      feature,
      excerpts.get(id) ?? [],
      allFacts.facts.get(id) ?? [],
      (articleId) => evidence.articles[articleId]?.meta,
    );
  }

  const { story, mapData } = storyAndMap(
    corpus,
    articles,
    storyText,
    new Map([...excerpts].map(([id, list]) => [id, list.length])),
    overviewTopology,
    problems,
    excerptSources(articles.map((article) => article.meta.outlet)),
  );
  return {
    articles,
    layers: corpus.layers,
    excerpts,
    mapData,
    evidence,
    story,
    report: { articles: articles.map(articleReport), problems, warnings },
  };
}

/**
 * The reduce's last step, in memory or streamed: the briefing resolved against the articles (its
 * problems added to `problems`), then the map data with each feature's excerpt count and the
 * briefing's length.
 */
export function storyAndMap(
  corpus: PreparedCorpus,
  articles: readonly Article[],
  storyText: string | null,
  excerptCounts: ReadonlyMap<string, number>,
  overviewTopology: Topology,
  problems: Problem[],
  /** Whose words the excerpts are, over every article (`articles` may be only those the briefing cites). */
  sources: ExcerptSources,
): { story: Story | null; mapData: MapData } {
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
    excerptCounts,
    overviewTopology,
    story.story?.steps.length ?? 0,
    sources,
  );
  return { story: story.story, mapData };
}

/** A sources.json entry that no seed file has is worth a warning (a renamed or missing file). */
export function unusedSources(corpus: PreparedCorpus, seedIds: ReadonlySet<string>): Problem[] {
  return Object.keys(corpus.sources)
    .filter((id) => !seedIds.has(id))
    .map((id) => ({ file: SOURCES_FILE, message: `entry "${id}" has no seed file` }));
}

/** What the reader loads for one article: its metadata and paragraphs. */
export function articleEvidence(article: Article): ArticleEvidence {
  const updated = article.meta.date === null ? dateNotice(article) : null;
  return {
    id: article.id,
    meta: updated ? { ...article.meta, updated } : article.meta,
    paragraphs: article.paragraphs.map(({ index, section, text, heading }) =>
      heading === undefined ? { index, section, text } : { index, section, text, heading },
    ),
  };
}

/** A page's update or publication notice the cleaner set aside ("updated on January 6"), as stated. */
function dateNotice(article: Article): string | null {
  const line = article.dropped.find((dropped) => /update|publication|posted/i.test(dropped.reason));
  const said = line ? /\b(?:updated|published|posted)\b.*$/i.exec(line.text.trim())?.[0] : undefined;
  return said ? said.replace(/\.$/, '') : null;
}

/** One article's line in the build report. */
export function articleReport(article: Article): ArticleReport {
  return {
    id: article.id,
    file: article.file,
    meta: article.meta,
    metaFrom: article.metaFrom,
    paragraphs: article.paragraphs.length,
    dropped: article.dropped,
  };
}

/** Every feature's facts (curated ones and figures the articles state); problems name the layer file. */
export function resolveFacts(
  corpus: PreparedCorpus,
  articles: readonly Article[],
  figures: ArticleStageResult['figures'],
): { facts: Map<string, ResolvedFact[]>; problems: Problem[] } {
  const all = resolveAllFacts(
    corpus.features.map(({ feature }) => ({ id: feature.properties.id, facts: feature.properties.facts })),
    articles,
    figures,
  );
  const described = checkDescriptions(
    corpus.features.map(({ feature }) => ({
      id: feature.properties.id,
      description: feature.properties.description,
      cite: feature.properties.cite,
    })),
    articles,
  );
  const problems: Problem[] = [];
  for (const { feature, layer } of corpus.features) {
    const { id } = feature.properties;
    for (const { message } of [...all.problems, ...described].filter((problem) => problem.featureId === id))
      problems.push({ file: layer.file, message: `feature "${id}": ${message}` });
  }
  return { facts: all.facts, problems };
}

/** Articles the facts and descriptions of geo/ cite: the reduce needs their text, whatever the corpus's size. */
export const factArticles = (corpus: PreparedCorpus): Set<string> =>
  new Set(
    corpus.features.flatMap(({ feature }) => [
      ...feature.properties.facts.flatMap((fact) => fact.claims.map((claim) => claim.article)),
      ...feature.properties.cite.map((id) => id.slice(0, id.lastIndexOf('#p'))),
    ]),
  );

/** One feature's evidence file: its description, sources, facts, ranked excerpts and cited articles. */
export function featureEvidence(
  feature: GeoFeature,
  excerpts: Excerpt[],
  facts: ResolvedFact[],
  metaOf: (articleId: string) => SourceMeta | undefined,
): FeatureEvidence {
  const cited = new Set([
    ...excerpts.flatMap((excerpt) => [excerpt.article, ...excerpt.alsoIn.map((ref) => ref.article)]),
    ...facts.flatMap((fact) => fact.claims.map((claim) => claim.article)),
  ]);
  return {
    description: feature.properties.description,
    aliases: [...feature.properties.aliases, ...feature.properties.weakAliases],
    sources: feature.properties.sources.map(toFeatureSource),
    facts,
    excerpts,
    articles: Object.fromEntries(
      [...cited].sort().flatMap((articleId) => {
        const meta = metaOf(articleId);
        return meta ? [[articleId, { id: articleId, meta }]] : [];
      }),
    ),
  };
}

/** The paragraphs each feature's curated facts quote (see keyParagraphs): key paragraphs in its ranking. */
export function factKeys(corpus: PreparedCorpus, articles: readonly Article[]): KeyParagraphs {
  return keyParagraphs(
    corpus.features.map(({ feature, layer }) => ({
      id: feature.properties.id,
      layers: [layer.layer.id, ...feature.properties.memberOf],
      facts: feature.properties.facts,
    })),
    articles,
    corpus.aliases,
  );
}
