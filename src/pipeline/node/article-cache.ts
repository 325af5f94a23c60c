import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleStageResult } from '../article-stage.ts';
import type { SourceMeta } from '../../contract/article.ts';
import type { MatchableFeature } from '../text/alias-index.ts';

const sha256 = (...parts: Array<string | Uint8Array>) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

let version: string | null = null;

/**
 * The pipeline's version: a hash of its own source (src/pipeline without the Node side, and the
 * contract types). Any edit to how an article is processed makes every cached result stale.
 */
export function pipelineVersion(): string {
  if (version) return version;
  const pipeline = join(dirname(fileURLToPath(import.meta.url)), '..');
  const files = [
    ...sourceFiles(pipeline).filter((file) => !file.startsWith(join(pipeline, 'node'))),
    ...sourceFiles(join(pipeline, '..', 'contract')),
  ].sort();
  version = sha256(...files.flatMap((file) => [file.slice(pipeline.length), readFileSync(file)]));
  return version;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** What every article is matched against: the aliases of every feature, and the pipeline's version. */
export const contextHash = (aliasSpec: readonly MatchableFeature[]): string =>
  sha256(JSON.stringify(aliasSpec), pipelineVersion());

/** One article's cache key: its bytes, its curator entry and the shared context. */
export const articleKey = (bytes: Uint8Array, source: SourceMeta | null, context: string): string =>
  sha256(bytes, JSON.stringify(source), context);

/**
 * Per-article stage results on disk, one JSON file per key (content-addressed: a stale entry is
 * never read, only left behind). A missing or unreadable entry is a miss, never an error.
 */
export class ArticleCache {
  readonly #dir: string;
  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  get(key: string): ArticleStageResult | null {
    try {
      return JSON.parse(readFileSync(this.#path(key), 'utf8')) as ArticleStageResult;
    } catch {
      return null;
    }
  }

  set(key: string, result: ArticleStageResult): void {
    const path = this.#path(key);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(result));
    renameSync(temporary, path);
  }

  #path(key: string): string {
    return join(this.#dir, `${key}.json`);
  }
}
