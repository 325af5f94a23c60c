import { gzipSync } from 'node:zlib';
import type { Excerpt } from '../contract/article.ts';
import type { FeatureEvidence, FeatureHead } from '../contract/dataset.ts';
import { sourceKey } from '../contract/source-key.ts';

/** How a feature's ranked excerpts are cut into a first window and pages. */
export interface PagingBudget {
  /** At most this many excerpts in the first window (what the panel paints first). */
  firstCount: number;
  /** The first window's excerpts, as JSON, at most this many bytes gzip. */
  firstBytes: number;
  /** Each later page, as JSON, at most this many bytes gzip (a single excerpt larger than this stands alone). */
  pageBytes: number;
  /** A whole list within this many bytes gzip stays whole in the first file: one fetch, not two. */
  wholeBytes: number;
}

/**
 * The first window is the best two dozen excerpts (the list's first screen and a little more);
 * pages are 64 KB gzip (a few hundred excerpts), so a long list needs few fetches as it is read. A
 * list of up to 32 KB gzip (every feature of the five seeds; about 150 excerpts) is not paged.
 */
export const PAGING: PagingBudget = {
  firstCount: 24,
  firstBytes: 64 * 1024,
  pageBytes: 64 * 1024,
  wholeBytes: 32 * 1024,
};

export const gzipBytes = (text: string): number => gzipSync(text).length;

/**
 * A list whose JSON is longer than this many characters per budget byte is judged by its start first:
 * no JSON of ours compresses 16 to 1, so a start already over the budget settles it without building
 * or compressing the rest (a start compresses to no more than the whole, give or take a few bytes of
 * framing: misjudged, a list that would just have fit is paged; none is ever let over its budget).
 */
const PROBE_CHARS_PER_BYTE = 16;

/**
 * Whether `text` gzips to at most `bytes`, doing no more work than needed: a text whose raw UTF-8
 * (plus deflate's worst-case framing) is within the budget fits outright; otherwise compression
 * stops as soon as its output passes the budget (zlib's `maxOutputLength`).
 */
export function gzipFits(text: string, bytes: number): boolean {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`gzipFits: budget ${bytes} bytes`);
  // UTF-8 takes at least a byte per UTF-16 unit, so only a text that short can fit uncompressed:
  // gzip's header and trailer (18 bytes) and 5 bytes per stored block of at most 16 KiB.
  if (text.length <= bytes) {
    const raw = Buffer.byteLength(text);
    if (raw + 18 + 5 * Math.ceil((raw + 1) / 16_384) <= bytes) return true;
  }
  return compressesWithin(text, bytes);
}

function compressesWithin(text: string, bytes: number): boolean {
  try {
    gzipSync(text, { maxOutputLength: Math.max(1, bytes) });
    return true;
  } catch (error) {
    if (error instanceof RangeError && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE') return false;
    throw error;
  }
}

/** At most this many characters of a list's JSON are compressed to learn its compression ratio. */
const RATIO_SAMPLE_CHARS = 256 * 1024;

export interface PagedExcerpts {
  first: Excerpt[];
  pages: Excerpt[][];
}

/**
 * Cuts a ranked list into a first window and pages, in order: concatenated they are the list, each
 * excerpt once. Each piece stays within its gzip budget (`fits` says whether a piece's JSON is within
 * a number of bytes gzip); pages are cut by raw size and the compression ratio of the list's start,
 * then checked, and a page found too large is split in two.
 */
export function pageExcerpts(
  excerpts: readonly Excerpt[],
  budget: PagingBudget = PAGING,
  fits: (json: string, bytes: number) => boolean = gzipFits,
): PagedExcerpts {
  // Each excerpt's JSON once; a piece's JSON is theirs joined, as JSON.stringify(piece) would write it.
  const json = excerpts.map((excerpt) => JSON.stringify(excerpt));
  const pieceJson = (from: number, to: number) => `[${json.slice(from, to).join(',')}]`;
  const pieceFits = (from: number, to: number, bytes: number) => {
    if (to - from <= 1) return true;
    // A long piece (a whole list of thousands) is judged by its start first (PROBE_CHARS_PER_BYTE).
    let end = from;
    for (let chars = 2; end < to && chars <= bytes * PROBE_CHARS_PER_BYTE; end += 1)
      chars += json[end]!.length + 1;
    if (end < to && !fits(pieceJson(from, end), bytes)) return false;
    return fits(pieceJson(from, to), bytes);
  };
  if (excerpts.length <= budget.firstCount || pieceFits(0, excerpts.length, budget.wholeBytes))
    return { first: [...excerpts], pages: [] };
  let firstCount = Math.min(budget.firstCount, excerpts.length);
  while (firstCount > 1 && !pieceFits(0, firstCount, budget.firstBytes))
    firstCount = Math.floor(firstCount / 2);
  const first = excerpts.slice(0, firstCount);
  if (firstCount === excerpts.length) return { first, pages: [] };

  let sampleEnd = firstCount;
  let sampleChars = 0;
  while (sampleEnd < excerpts.length && sampleChars < RATIO_SAMPLE_CHARS)
    sampleChars += json[sampleEnd++]!.length + 1;
  const sample = pieceJson(firstCount, sampleEnd);
  const ratio = gzipBytes(sample) / Buffer.byteLength(sample);
  // Aim a little under the budget, so that most estimated pages need no split.
  const rawPerPage = Math.max(1, (budget.pageBytes * 0.9) / ratio);
  const cuts: Array<[number, number]> = [];
  let start = firstCount;
  let raw = 0;
  for (let index = firstCount; index < excerpts.length; index += 1) {
    const size = Buffer.byteLength(json[index]!) + 1;
    if (index > start && raw + size > rawPerPage) {
      cuts.push(...splitToFit(start, index, (from, to) => pieceFits(from, to, budget.pageBytes)));
      start = index;
      raw = 0;
    }
    raw += size;
  }
  cuts.push(...splitToFit(start, excerpts.length, (from, to) => pieceFits(from, to, budget.pageBytes)));
  return { first, pages: cuts.map(([from, to]) => excerpts.slice(from, to)) };
}

/** The range [from, to) as it is when it fits, else its two halves, each split again until it fits. */
function splitToFit(
  from: number,
  to: number,
  fits: (from: number, to: number) => boolean,
): Array<[number, number]> {
  if (fits(from, to)) return [[from, to]];
  const middle = from + Math.ceil((to - from) / 2);
  return [...splitToFit(from, middle, fits), ...splitToFit(middle, to, fits)];
}

/** How many excerpts each source has, by the panel's source key. */
export function countBySource(excerpts: readonly Excerpt[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const excerpt of excerpts) {
    const key = sourceKey(excerpt);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * A feature's first file: everything but its excerpts, its first window, the counts, and its later
 * pages, each handed to `pageUrl` (which stores it and says where it is).
 */
export function featureHead(
  feature: FeatureEvidence,
  pageUrl: (page: Excerpt[], index: number) => string,
  paging: PagingBudget = PAGING,
): FeatureHead {
  const { excerpts, ...rest } = feature;
  const { first, pages } = pageExcerpts(excerpts, paging);
  return {
    ...rest,
    first,
    excerptCount: excerpts.length,
    sourceCounts: countBySource(excerpts),
    pages: pages.map((page, index) => ({ url: pageUrl(page, index), count: page.length })),
  };
}
