import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceMeta } from '../../contract/article.ts';
import type { MatchableFeature } from '../text/match/alias-index.ts';
import { stageVersion } from './stage-version.ts';

const sha256 = (...parts: Array<string | Uint8Array>) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/**
 * What every article is matched against, and what processes it: the aliases of every feature, and
 * the stage's version (its source files and the locked versions of the packages it loads).
 */
export const contextHash = (aliasSpec: readonly MatchableFeature[], version = stageVersion().hash): string =>
  sha256(JSON.stringify(aliasSpec), version);

/** One article's cache key: its file name (its id comes from it), bytes, curator entry and the shared context. */
export const articleKey = (
  file: string,
  bytes: Uint8Array,
  source: SourceMeta | null,
  context: string,
): string => sha256(file, bytes, JSON.stringify(source), context);

/**
 * Per-article stage results on disk, one JSON file per key (content-addressed: a stale entry is
 * never read, and `prune` removes what the last build did not use).
 */
export class ArticleCache {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  path(key: string): string {
    return join(this.dir, `${key}.json`);
  }
}

/** Writes through a temporary name, so a reader never sees half a file. */
export function writeAtomically(path: string, body: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, body);
  renameSync(temporary, path);
}

/**
 * Removes the files under `dir` that are not in `keep` and were last written or read before
 * `since` (the build's start): what the last build did not use goes, and a build running at the
 * same time (whose files are newer) keeps its own. Returns how many files were removed.
 */
export function prune(dir: string, keep: ReadonlySet<string>, since: number): number {
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (keep.has(path)) continue;
    try {
      if (statSync(path).mtimeMs >= since) continue;
      rmSync(path, { force: true });
      removed += 1;
    } catch {
      // Gone already (another build pruned it): nothing to do.
    }
  }
  return removed;
}
