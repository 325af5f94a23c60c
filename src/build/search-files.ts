import MiniSearch from 'minisearch';
import type { Excerpt } from '../contract/article.ts';
import type { Evidence } from '../contract/dataset.ts';
import { SEARCH_OPTIONS, type SearchChunk, type SearchEntry } from '../lib/search/search-options.ts';

/** Paragraphs per index chunk: one chunk answers most queries, and stays a quick fetch at scale. */
export const CHUNK_ENTRIES = 1000;

/**
 * The full-text index, built once at build time: every excerpt paragraph once (attributed to the
 * feature it is the strongest evidence for), in article order, split into MiniSearch chunks.
 */
export function* searchChunks(evidence: Evidence, chunkEntries = CHUNK_ENTRIES): Generator<SearchChunk> {
  const best = new Map<string, { featureId: string; excerpt: Excerpt }>();
  for (const [featureId, feature] of Object.entries(evidence.features)) {
    for (const excerpt of feature.excerpts) {
      const known = best.get(excerpt.id);
      if (!known || excerpt.score > known.excerpt.score) best.set(excerpt.id, { featureId, excerpt });
    }
  }
  const entries: SearchEntry[] = [...best.values()]
    .sort(
      (a, b) =>
        a.excerpt.article.localeCompare(b.excerpt.article) || a.excerpt.paragraph - b.excerpt.paragraph,
    )
    .map(({ featureId, excerpt }) => [featureId, excerpt.article, excerpt.paragraph, excerpt.text]);
  for (let start = 0; start < entries.length; start += chunkEntries) {
    const slice = entries.slice(start, start + chunkEntries);
    const index = new MiniSearch(SEARCH_OPTIONS);
    index.addAll(slice.map((entry, id) => ({ id, text: entry[3] })));
    yield { index: index.toJSON(), entries: slice };
  }
}

/** Every chunk at once (tests, small corpora); the build takes them one at a time. */
export const buildSearchChunks = (evidence: Evidence, chunkEntries = CHUNK_ENTRIES): SearchChunk[] => [
  ...searchChunks(evidence, chunkEntries),
];

/** Feature id → aliases, for the name search. */
export const aliasesOf = (evidence: Evidence): Record<string, string[]> =>
  Object.fromEntries(Object.entries(evidence.features).map(([id, feature]) => [id, feature.aliases]));
