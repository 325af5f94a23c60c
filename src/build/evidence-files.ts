import { createHash } from 'node:crypto';
import type { Evidence } from '../contract/dataset.ts';
import type { EvidenceManifest } from '../lib/evidence/evidence-manifest.ts';
import type { SearchManifest } from '../lib/search/search-options.ts';
import { aliasesOf, buildSearchChunks } from './search-files.ts';

/** The evidence as static files: URL path (under the base) → JSON body, plus the manifest naming them. */
export interface EvidenceFiles {
  manifest: EvidenceManifest;
  files: Map<string, string>;
}

const hashOf = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 12);

/**
 * Splits the evidence into content-hashed files (cached forever, since a change makes a new name):
 * one per feature, one per article, an article index, and the search manifest and chunks.
 */
export function evidenceFiles(evidence: Evidence, base = '/'): EvidenceFiles {
  const files = new Map<string, string>();
  const add = (prefix: string, body: string) => {
    const url = `${base}evidence/${prefix}${hashOf(body)}.json`;
    files.set(url, body);
    return url;
  };
  const features: Record<string, string> = {};
  for (const [id, feature] of Object.entries(evidence.features))
    features[id] = add(`f/${id}-`, JSON.stringify(feature));
  const articleUrls: Record<string, string> = {};
  for (const [id, article] of Object.entries(evidence.articles))
    articleUrls[id] = add('a/', JSON.stringify(article));
  const search: SearchManifest = {
    aliases: aliasesOf(evidence),
    chunks: buildSearchChunks(evidence).map((chunk) => add('s/', JSON.stringify(chunk))),
  };
  return {
    manifest: {
      features,
      articles: add('articles-', JSON.stringify(articleUrls)),
      search: add('search-', JSON.stringify(search)),
    },
    files,
  };
}
