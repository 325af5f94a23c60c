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

/** How many paragraphs go in each chunk of the full-text index. */
export interface ChunkSizes {
  /** The first chunk: it answers most queries' first result, so its fetch and load are kept short. */
  first: number;
  /** Every later chunk: fewer, larger files for the rarer words that walk the whole index. */
  rest: number;
}

/**
 * One chunk answers most queries; at 1,000 articles a chunk of 500 paragraphs is about 90 KB gzip
 * (365 KB of JSON), and fetching, parsing and loading it is most of the time to the first result. The
 * first chunk is half that, so a common word's first result comes sooner; the rest stay at 500 so a
 * rare word needs few requests.
 */
export const CHUNK_SIZES: ChunkSizes = { first: 250, rest: 500 };

/** The size of the chunk at `position` (0 is the first): a whole number of paragraphs, at least one. */
export function chunkSizeAt(sizes: ChunkSizes, position: number): number {
  const size = position === 0 ? sizes.first : sizes.rest;
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(
      `search chunk sizes: ${position === 0 ? 'first' : 'rest'} is ${size}, not a count ≥ 1`,
    );
  return size;
}

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

/** The full-text index, built once at build time, in chunks of the sizes given. */
export function* searchChunks(evidence: Evidence, sizes: ChunkSizes = CHUNK_SIZES): Generator<IndexChunk> {
  const entries = searchEntries(evidence);
  for (let start = 0, position = 0; start < entries.length; position += 1) {
    const end = start + chunkSizeAt(sizes, position);
    yield searchChunk(entries.slice(start, end));
    start = end;
  }
}

/** Every chunk at once (tests, small corpora); the build takes them one at a time. */
export const buildSearchChunks = (evidence: Evidence, sizes: ChunkSizes = CHUNK_SIZES): IndexChunk[] => [
  ...searchChunks(evidence, sizes),
];

/** Feature id → aliases, for the name search. */
export const aliasesOf = (evidence: Evidence): Record<string, string[]> =>
  Object.fromEntries(Object.entries(evidence.features).map(([id, feature]) => [id, feature.aliases]));
