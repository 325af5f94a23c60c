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

export interface PagedExcerpts {
  first: Excerpt[];
  pages: Excerpt[][];
}

/**
 * Cuts a ranked list into a first window and pages, in order: concatenated they are the list, each
 * excerpt once. Each piece stays within its gzip budget; sizes are estimated from the raw JSON and
 * the list's own compression ratio, then checked, and a page found too large is split in two.
 */
export function pageExcerpts(
  excerpts: readonly Excerpt[],
  budget: PagingBudget = PAGING,
  gzipSize: (text: string) => number = gzipBytes,
): PagedExcerpts {
  const fits = (piece: readonly Excerpt[], bytes: number) =>
    piece.length <= 1 || gzipSize(JSON.stringify(piece)) <= bytes;
  if (excerpts.length <= budget.firstCount || fits(excerpts, budget.wholeBytes))
    return { first: [...excerpts], pages: [] };
  let firstCount = Math.min(budget.firstCount, excerpts.length);
  while (firstCount > 1 && !fits(excerpts.slice(0, firstCount), budget.firstBytes))
    firstCount = Math.floor(firstCount / 2);
  const first = excerpts.slice(0, firstCount);
  const rest = excerpts.slice(firstCount);
  if (rest.length === 0) return { first, pages: [] };

  const sizes = rest.map((excerpt) => JSON.stringify(excerpt).length + 1);
  const rawTotal = sizes.reduce((sum, size) => sum + size, 0);
  const ratio = gzipSize(JSON.stringify(rest)) / rawTotal;
  // Aim a little under the budget, so that most estimated pages need no split.
  const rawPerPage = Math.max(1, (budget.pageBytes * 0.9) / ratio);
  const pages: Excerpt[][] = [];
  let start = 0;
  let raw = 0;
  for (let index = 0; index < rest.length; index += 1) {
    if (index > start && raw + sizes[index]! > rawPerPage) {
      pages.push(...splitToFit(rest.slice(start, index), (piece) => fits(piece, budget.pageBytes)));
      start = index;
      raw = 0;
    }
    raw += sizes[index]!;
  }
  pages.push(...splitToFit(rest.slice(start), (piece) => fits(piece, budget.pageBytes)));
  return { first, pages };
}

/** The piece as it is when it fits, else its two halves, each split again until it fits. */
function splitToFit(piece: Excerpt[], fits: (piece: readonly Excerpt[]) => boolean): Excerpt[][] {
  if (fits(piece)) return [piece];
  const middle = Math.ceil(piece.length / 2);
  return [...splitToFit(piece.slice(0, middle), fits), ...splitToFit(piece.slice(middle), fits)];
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
