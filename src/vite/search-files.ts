import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Evidence } from '../contract/dataset.ts';
import {
  SEARCH_OPTIONS,
  type SearchChunk,
  type SearchDocument,
  type SearchEntry,
} from '../contract/search.ts';

/** A chunk as the build writes it: MiniSearch's serialised index. */
export type IndexChunk = SearchChunk<AsPlainObject>;

/**
 * Paragraphs per index chunk: one chunk answers most queries, and stays a quick fetch and load at
 * scale (at 1,000 articles a chunk of 1,000 paragraphs was 150 KB gzip, and loading it held the first
 * result back; half that answers about twice as soon, for a few more requests on rare words).
 */
export const CHUNK_ENTRIES = 500;

/** One paragraph's claim to a feature: its score there, and the feature's place in the corpus's order. */
export interface SearchCandidate {
  featureId: string;
  /** The feature's position among all features (a tie in score goes to the earlier one). */
  featureOrder: number;
  score: number;
}

/** Whether `candidate` is stronger evidence for its feature than `known` is for its own. */
export const stronger = (candidate: SearchCandidate, known: SearchCandidate | undefined): boolean =>
  !known ||
  candidate.score > known.score ||
  (candidate.score === known.score && candidate.featureOrder < known.featureOrder);

/** Search entries go by article, then paragraph. */
export const entryOrder = (a: SearchEntry, b: SearchEntry): number => a[1].localeCompare(b[1]) || a[2] - b[2];

/**
 * The full-text index's entries: every excerpt paragraph once (attributed to the feature it is the
 * strongest evidence for), in article order. The streamed reduce makes the same entries article by
 * article with `stronger`.
 */
export function searchEntries(evidence: Evidence): SearchEntry[] {
  const best = new Map<string, SearchCandidate & { entry: SearchEntry }>();
  Object.entries(evidence.features).forEach(([featureId, feature], featureOrder) => {
    for (const excerpt of feature.excerpts) {
      const candidate = {
        featureId,
        featureOrder,
        score: excerpt.score,
        entry: [featureId, excerpt.article, excerpt.paragraph, excerpt.text] satisfies SearchEntry,
      };
      if (stronger(candidate, best.get(excerpt.id))) best.set(excerpt.id, candidate);
    }
  });
  return [...best.values()].map(({ entry }) => entry).sort(entryOrder);
}

/** One chunk of the index: a MiniSearch index over these entries. */
export function searchChunk(entries: SearchEntry[]): IndexChunk {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(entries.map((entry, id) => ({ id, text: entry[3] })));
  return { index: index.toJSON(), entries };
}

/** The full-text index, built once at build time, in chunks of `chunkEntries` paragraphs. */
export function* searchChunks(evidence: Evidence, chunkEntries = CHUNK_ENTRIES): Generator<IndexChunk> {
  const entries = searchEntries(evidence);
  for (let start = 0; start < entries.length; start += chunkEntries)
    yield searchChunk(entries.slice(start, start + chunkEntries));
}

/** Every chunk at once (tests, small corpora); the build takes them one at a time. */
export const buildSearchChunks = (evidence: Evidence, chunkEntries = CHUNK_ENTRIES): IndexChunk[] => [
  ...searchChunks(evidence, chunkEntries),
];

/** Feature id → aliases, for the name search. */
export const aliasesOf = (evidence: Evidence): Record<string, string[]> =>
  Object.fromEntries(Object.entries(evidence.features).map(([id, feature]) => [id, feature.aliases]));
