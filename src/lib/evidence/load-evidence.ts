import manifest from 'virtual:two-fronts/evidence-manifest';
import type { Excerpt } from '../../contract/article.ts';
import type { ArticleEvidence, ExcerptPage, FeatureHead } from '../../contract/dataset.ts';
import { HttpError } from './load-latest.ts';
import { IDLE_DATA_BYTES, mayPrefetch } from './may-prefetch.ts';

/**
 * The app's only door to the evidence. Callers ask for one feature or one article; each lives in its
 * own content-hashed static file named by the manifest, fetched once when first asked (or prefetched)
 * and kept for the session. Nothing here ever loads the whole corpus.
 */
const fetched = new Map<string, Promise<unknown>>();

/** One JSON file, fetched once; a failed fetch is forgotten so that the next ask tries again. */
export function fetchJson<T>(url: string): Promise<T> {
  let pending = fetched.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new HttpError(url, response.status, response.statusText);
      return response.json() as Promise<T>;
    });
    pending.catch(() => fetched.delete(url));
    fetched.set(url, pending);
  }
  return pending;
}

/**
 * One feature's first file: its best excerpts, counts, facts and the metadata of the articles they
 * cite, and where the rest of its excerpts are (see ExcerptPages); undefined for an unknown id.
 */
export async function loadFeatureEvidence(featureId: string): Promise<FeatureHead | undefined> {
  const url = Object.hasOwn(manifest.features, featureId) ? manifest.features[featureId] : undefined;
  return url ? fetchJson<FeatureHead>(url) : undefined;
}

/** One later page of a feature's ranked excerpts. */
export const loadExcerptPage = (page: ExcerptPage): Promise<Excerpt[]> => fetchJson<Excerpt[]>(page.url);

/** One article's cleaned text, for the reader; undefined for an unknown id. */
export async function loadArticle(articleId: string): Promise<ArticleEvidence | undefined> {
  const urls = await fetchJson<Record<string, string>>(manifest.articles);
  const url = Object.hasOwn(urls, articleId) ? urls[articleId] : undefined;
  return url ? fetchJson<ArticleEvidence>(url) : undefined;
}

/**
 * Starts loading what a click on this feature will need (on hover): its first file only, and not
 * when the reader saves data or the connection is slow.
 */
export function prefetchFeature(featureId: string): void {
  if (!mayPrefetch()) return;
  loadFeatureEvidence(featureId).catch(() => {
    // A prefetch that fails is retried by the click that needs it, which reports the failure.
  });
}

/**
 * When the browser is idle: fetches the first files of these features, in order, one at a time,
 * while they fit in the budget (gzip bytes in all; a small corpus is prefetched whole). Nothing when
 * the reader saves data or the connection is slow. Resolves to the budget left.
 */
export async function prefetchFeatures(
  featureIds: readonly string[],
  budget = IDLE_DATA_BYTES,
): Promise<number> {
  if (!mayPrefetch()) return 0;
  let left = budget;
  for (const id of featureIds) {
    const size = manifest.sizes[id] ?? Infinity;
    if (size > left) continue;
    left -= size;
    await loadFeatureEvidence(id).catch(() => undefined);
  }
  return left;
}

/** The idle prefetch's order: the most-cited features first (the ones most often opened). */
export const mostCitedFirst = (features: ReadonlyArray<{ id: string; excerptCount: number }>): string[] =>
  [...features].sort((a, b) => b.excerptCount - a.excerptCount).map((feature) => feature.id);

/** Where the search manifest is: the search loads it when the search box is first used. */
export const searchManifestUrl = (): string => manifest.search;
