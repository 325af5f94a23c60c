import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Evidence } from '../contract/dataset.ts';
import type { EvidenceManifest } from '../lib/evidence/evidence-manifest.ts';
import type { SearchManifest } from '../lib/search/search-options.ts';
import { aliasesOf, searchChunks } from './search-files.ts';

/** The evidence as static files: the manifest naming them, and URL path (under the base) → where. */
export interface EvidenceFiles {
  manifest: EvidenceManifest;
  /** URL path → path of the written file (under the staging folder), or its body when kept in memory. */
  files: Map<string, string>;
}

/** Where bodies go: kept in memory (tests, small corpora), or written to a folder one at a time. */
export type FileSink = (relativePath: string, body: string) => string;

export const inMemory: FileSink = (_path, body) => body;

/**
 * Writes each body under `dir` as soon as it is made, so the build never holds them all. Files are
 * named by their content, so one already there is the same file and is not written again.
 */
export const toFolder =
  (dir: string): FileSink =>
  (relativePath, body) => {
    const path = join(dir, relativePath);
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, body);
      renameSync(temporary, path);
    }
    return path;
  };

const hashOf = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 12);

/**
 * Splits the evidence into content-hashed files (cached forever, since a change makes a new name):
 * one per feature, one per article, an article index, and the search manifest and chunks.
 */
export function evidenceFiles(evidence: Evidence, base = '/', sink: FileSink = inMemory): EvidenceFiles {
  const files = new Map<string, string>();
  const add = (prefix: string, body: string) => {
    const relativePath = `evidence/${prefix}${hashOf(body)}.json`;
    const url = `${base}${relativePath}`;
    files.set(url, sink(relativePath, body));
    return url;
  };
  const features: Record<string, string> = {};
  const sizes: Record<string, number> = {};
  for (const [id, feature] of Object.entries(evidence.features)) {
    const body = JSON.stringify(feature);
    features[id] = add(`f/${id}-`, body);
    sizes[id] = Buffer.byteLength(body);
  }
  const articleUrls: Record<string, string> = {};
  for (const [id, article] of Object.entries(evidence.articles))
    articleUrls[id] = add('a/', JSON.stringify(article));
  const chunks: string[] = [];
  for (const chunk of searchChunks(evidence)) chunks.push(add('s/', JSON.stringify(chunk)));
  const search: SearchManifest = { aliases: aliasesOf(evidence), chunks };
  return {
    manifest: {
      features,
      sizes,
      articles: add('articles-', JSON.stringify(articleUrls)),
      search: add('search-', JSON.stringify(search)),
    },
    files,
  };
}
