import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the per-article stage's output depends on besides its input: its own source files (every
 * file article-stage.ts imports, followed through the project) and the resolved version of every
 * package they import, and of those packages' own dependencies, as package-lock.json pins them.
 * An edit to the stage, or `npm update` moving Readability, chrono-node or linkedom (or anything
 * under them), changes it; an edit to the reduce, the app or the tests does not.
 */
export interface StageVersion {
  /** Project-relative paths of the stage's source files, sorted. */
  files: string[];
  /** `name@version` of every package the stage loads, directly or through another package, sorted. */
  packages: string[];
  /** Hash of the files' contents and the packages' versions. */
  hash: string;
}

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const STAGE_ENTRY = join(PROJECT, 'src', 'pipeline', 'article-stage.ts');

// A line starting `import … from 'x'` or `export … from 'x'` (across line breaks), `import 'x'`, `import('x')`.
const IMPORT =
  /^\s*(import|export)(\s+type\b)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/gm;

/** The specifiers a module imports; `types` says whether `import type` ones are included. */
export function importsOf(source: string, types = true): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[3] ?? match[4];
    if (!specifier || (!types && match[2])) continue;
    found.push(specifier);
  }
  return found;
}

/** A package's name from a bare specifier: `@mozilla/readability/x` → `@mozilla/readability`. */
const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** The stage's project files and the packages they import at run time (not `import type`). */
export function stageModules(entry = STAGE_ENTRY): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    const runtime = new Set(importsOf(source, false));
    for (const specifier of importsOf(source)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else if (!specifier.startsWith('node:') && runtime.has(specifier)) packages.add(packageName(specifier));
    }
  };
  visit(entry);
  return { files: [...files].sort(), packages: [...packages].sort() };
}

interface LockPackage {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/**
 * `name@version` of each package and, transitively, of everything it depends on, resolved the way
 * Node resolves them (a nested node_modules first, then up the tree), from the lockfile's packages.
 */
export function resolvedVersions(
  lock: { packages?: Record<string, LockPackage> },
  names: readonly string[],
): string[] {
  const packages = lock.packages ?? {};
  const seen = new Map<string, string>();
  const locate = (name: string, from: string): string | null => {
    for (let base = from; ; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
      const path = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (packages[path]) return path;
      if (!base) return null;
    }
  };
  const visit = (name: string, from: string) => {
    const path = locate(name, from);
    if (!path) {
      seen.set(`missing:${name}`, `${name} (not in the lockfile)`);
      return;
    }
    if (seen.has(path)) return;
    const entry = packages[path]!;
    seen.set(path, `${name}@${entry.version ?? '?'}`);
    for (const dependency of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies }))
      visit(dependency, path);
  };
  for (const name of names) visit(name, '');
  return [...new Set(seen.values())].sort();
}

let cached: StageVersion | null = null;

/** The stage's version for this checkout (computed once per process). */
export function stageVersion(root = PROJECT): StageVersion {
  if (cached && root === PROJECT) return cached;
  const modules = stageModules();
  const lockPath = join(root, 'package-lock.json');
  const lock = existsSync(lockPath) ? (JSON.parse(readFileSync(lockPath, 'utf8')) as object) : {};
  const packages = resolvedVersions(lock, modules.packages);
  const hash = createHash('sha256');
  for (const file of modules.files)
    hash.update(relative(PROJECT, file)).update('\0').update(readFileSync(file)).update('\0');
  for (const name of packages) hash.update(name).update('\0');
  const version = {
    files: modules.files.map((file) => relative(PROJECT, file)),
    packages,
    hash: hash.digest('hex'),
  };
  if (root === PROJECT) cached = version;
  return version;
}
