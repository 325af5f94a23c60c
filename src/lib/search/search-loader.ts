import { fetchJson, searchManifestUrl } from '../evidence/load-evidence.ts';
import type { SearchManifest } from '../../contract/search.ts';
import type { TextResult } from './search-index.ts';
import type { IndexChunk, LoadedChunk } from './search-text.ts';

const engine = () => import('./search-text.ts');

/**
 * The full-text index, loaded lazily: the manifest (aliases and chunk list) when the search box is
 * first used, then each chunk only when a query has not yet found enough in the chunks before it.
 */
export const loadSearchManifest = (): Promise<SearchManifest> =>
  fetchJson<SearchManifest>(searchManifestUrl());

const loaded = new Map<string, Promise<LoadedChunk>>();

function chunkAt(url: string): Promise<LoadedChunk> {
  let pending = loaded.get(url);
  if (!pending) {
    pending = Promise.all([engine(), fetchJson<IndexChunk>(url)]).then(([{ loadChunk }, chunk]) =>
      loadChunk(chunk),
    );
    pending.catch(() => loaded.delete(url));
    loaded.set(url, pending);
  }
  return pending;
}

/**
 * Fetches the manifest and the engine ahead of the first query (when idle), and with `firstChunk`
 * the first index chunk too (on focus, when a query is about to come).
 */
export async function warmSearch(firstChunk = true): Promise<SearchManifest> {
  const [manifest] = await Promise.all([loadSearchManifest(), engine()]);
  if (firstChunk && manifest.chunks[0]) await chunkAt(manifest.chunks[0]);
  return manifest;
}

/**
 * Up to `limit` paragraphs matching the query, chunk by chunk in corpus order. `onPartial` gets the
 * results so far after each chunk that added some, so the first result shows before the last chunk.
 */
export async function searchText(
  query: string,
  limit = 8,
  onPartial: (results: TextResult[]) => void = () => {},
): Promise<TextResult[]> {
  const [manifest, { searchChunk }] = await Promise.all([loadSearchManifest(), engine()]);
  const results: TextResult[] = [];
  // A chunk is fetched only when the ones before it found too little: a query the first chunk answers
  // loads no other (loading one is main-thread work that would hold back the frame showing the hits).
  for (const url of manifest.chunks) {
    const chunk = await chunkAt(url);
    const found = searchChunk(chunk, query, limit - results.length);
    if (found.length === 0) continue;
    results.push(...found);
    onPartial([...results]);
    if (results.length >= limit) break;
  }
  return results;
}
