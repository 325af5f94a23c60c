import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArticleEvidence, Evidence, EvidenceManifest, FeatureEvidence } from '../contract/dataset.ts';
import type { SearchEntry, SearchManifest } from '../contract/search.ts';
import { featureHead, gzipBytes, PAGING, type PagingBudget } from './evidence-pages.ts';
import { CHUNK_SIZES, chunkSizeAt, searchChunk, searchEntries, type ChunkSizes } from './search-files.ts';

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
 * per feature a first file (its first window of excerpts, counts, facts and sources: what a click
 * fetches) and the rest of its ranked excerpts in pages; one file per article, an article index, and
 * the search manifest and chunks.
 */
export function evidenceFiles(
  evidence: Evidence,
  base = '/',
  sink: FileSink = inMemory,
  paging: PagingBudget = PAGING,
): EvidenceFiles {
  const writer = new EvidenceWriter(base, sink, CHUNK_SIZES, paging);
  for (const [id, feature] of Object.entries(evidence.features)) writer.feature(id, feature);
  for (const article of Object.values(evidence.articles)) writer.article(article);
  for (const entry of searchEntries(evidence)) writer.searchEntry(entry);
  return writer.finish();
}

/**
 * The same files made one piece at a time, so that a streamed build never holds the evidence:
 * articles in corpus order, features in layer order, search entries in article order (any
 * interleaving), then `finish` for the article index and the search manifest.
 */
export class EvidenceWriter {
  readonly #base: string;
  readonly #sink: FileSink;
  readonly #chunkSizes: ChunkSizes;
  readonly #paging: PagingBudget;
  readonly #files = new Map<string, string>();
  readonly #features: Record<string, string> = {};
  readonly #sizes: Record<string, number> = {};
  readonly #aliases: Record<string, string[]> = {};
  readonly #articles: Record<string, string> = {};
  readonly #chunks: string[] = [];
  #entries: SearchEntry[] = [];

  constructor(
    base = '/',
    sink: FileSink = inMemory,
    chunkSizes: ChunkSizes = CHUNK_SIZES,
    paging: PagingBudget = PAGING,
  ) {
    this.#base = base;
    this.#sink = sink;
    this.#chunkSizes = chunkSizes;
    this.#paging = paging;
  }

  /** A feature's first file and its pages; the manifest notes the first file's gzip size (for prefetch). */
  feature(id: string, feature: FeatureEvidence): void {
    const head = featureHead(
      feature,
      (page, index) => this.#add(`p/${id}-${index + 1}-`, JSON.stringify(page)),
      this.#paging,
    );
    const body = JSON.stringify(head);
    this.#features[id] = this.#add(`f/${id}-`, body);
    this.#sizes[id] = gzipBytes(body);
    this.#aliases[id] = feature.aliases;
  }

  article(article: ArticleEvidence): void {
    this.#articles[article.id] = this.#add('a/', JSON.stringify(article));
  }

  searchEntry(entry: SearchEntry): void {
    this.#entries.push(entry);
    if (this.#entries.length === chunkSizeAt(this.#chunkSizes, this.#chunks.length)) this.#flushChunk();
  }

  /** Another content-hashed file beside the evidence (the timeline); returns its URL. */
  file(prefix: string, body: string): string {
    return this.#add(prefix, body);
  }

  finish(): EvidenceFiles {
    if (this.#entries.length > 0) this.#flushChunk();
    const search: SearchManifest = { aliases: this.#aliases, chunks: this.#chunks };
    return {
      manifest: {
        features: this.#features,
        sizes: this.#sizes,
        articles: this.#add('articles-', JSON.stringify(this.#articles)),
        search: this.#add('search-', JSON.stringify(search)),
      },
      files: this.#files,
    };
  }

  #flushChunk(): void {
    this.#chunks.push(this.#add('s/', JSON.stringify(searchChunk(this.#entries))));
    this.#entries = [];
  }

  #add(prefix: string, body: string): string {
    const relativePath = `evidence/${prefix}${hashOf(body)}.json`;
    const url = `${this.#base}${relativePath}`;
    this.#files.set(url, this.#sink(relativePath, body));
    return url;
  }
}
