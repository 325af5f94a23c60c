import manifest from 'virtual:two-fronts/evidence-manifest';
import type { ArticleEvidence, FeatureEvidence } from '../../contract/dataset.ts';
import { IDLE_PREFETCH_BYTES } from './evidence-manifest.ts';
import { HttpError } from './load-latest.ts';

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

/** One feature's excerpts, facts and the metadata of the articles they cite; undefined for an unknown id. */
export async function loadFeatureEvidence(featureId: string): Promise<FeatureEvidence | undefined> {
  const url = Object.hasOwn(manifest.features, featureId) ? manifest.features[featureId] : undefined;
  return url ? fetchJson<FeatureEvidence>(url) : undefined;
}

/** One article's cleaned text, for the reader; undefined for an unknown id. */
export async function loadArticle(articleId: string): Promise<ArticleEvidence | undefined> {
  const urls = await fetchJson<Record<string, string>>(manifest.articles);
  const url = Object.hasOwn(urls, articleId) ? urls[articleId] : undefined;
  return url ? fetchJson<ArticleEvidence>(url) : undefined;
}

/** Starts loading what a click on this feature will need (on hover, or when the browser is idle). */
export function prefetchFeature(featureId: string): void {
  loadFeatureEvidence(featureId).catch(() => {
    // A prefetch that fails is retried by the click that needs it, which reports the failure.
  });
}

/**
 * When the browser is idle: fetches the files of these features, in order, one at a time, while
 * they fit in the budget (a small corpus is prefetched whole; a large feature waits for its click).
 */
export async function prefetchFeatures(featureIds: readonly string[], budget = IDLE_PREFETCH_BYTES) {
  let left = budget;
  for (const id of featureIds) {
    const size = manifest.sizes[id] ?? Infinity;
    if (size > left) continue;
    left -= size;
    await loadFeatureEvidence(id).catch(() => undefined);
  }
}

/** Where the search manifest is: the search loads it when the search box is first used. */
export const searchManifestUrl = (): string => manifest.search;
