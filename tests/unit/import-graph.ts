import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** A source file by its path under src/ (posix, e.g. `lib/map/MapView.svelte`) and its text. */
export interface SourceText {
  path: string;
  text: string;
}

/** One import statement (static, dynamic, re-export or `import('…')` type) as written. */
export interface ImportRef {
  specifier: string;
  /** `import type …`, `export type … from`, or an `import('…')` in a type: gone at run time. */
  typeOnly: boolean;
}

/** An import resolved: `to` is a path under src/ for a relative import, null for a package or virtual module. */
export interface ImportEdge extends ImportRef {
  from: string;
  to: string | null;
}

const SOURCE = /\.(ts|svelte)$/;
const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

/** Every .ts and .svelte file under `srcDir`, with paths relative to it. */
export function readSourceTree(srcDir: string): SourceText[] {
  const entries = readdirSync(srcDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: relative(srcDir, file).split(sep).join('/'), text: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The script of a file: a .ts file whole, a .svelte file's `<script>` blocks. */
function scriptOf(source: SourceText): string {
  if (!source.path.endsWith('.svelte')) return source.text;
  return [...source.text.matchAll(SCRIPT)].map((match) => match[1]).join('\n');
}

/** The imports a file makes, read from its syntax tree (comments and strings that look like imports are not). */
export function importsOf(source: SourceText): ImportRef[] {
  const tree = ts.createSourceFile(source.path + '.ts', scriptOf(source), ts.ScriptTarget.Latest, false);
  const found: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/**
 * Resolves every import of every file against the given files. A relative import resolves to a
 * path under src/ (`../x` outside src/ stays as written, starting with `..`); `?url`/`?raw` are
 * dropped; a relative import naming no file throws, naming the file and the import.
 */
export function importGraph(sources: readonly SourceText[]): ImportEdge[] {
  const known = new Set(sources.map((source) => source.path));
  const edges: ImportEdge[] = [];
  for (const source of sources)
    for (const ref of importsOf(source)) {
      if (!ref.specifier.startsWith('.')) {
        edges.push({ ...ref, from: source.path, to: null });
        continue;
      }
      const bare = ref.specifier.replace(/\?.*$/, '');
      const target = posix.normalize(posix.join(posix.dirname(source.path), bare));
      const resolved = [target, `${target}.ts`, `${target}/index.ts`].find((path) => known.has(path));
      if (resolved === undefined && !target.startsWith('..') && SOURCE.test(target))
        throw new Error(`${source.path}: import '${ref.specifier}' names no file`);
      edges.push({ ...ref, from: source.path, to: resolved ?? target });
    }
  return edges;
}

/** The folder of `src/lib` a file lives in (`lib/panel` for `lib/panel/citation/cite.ts`), else null. */
export function libFolder(path: string): string | null {
  const match = /^lib\/([^/]+)\//.exec(path);
  return match ? `lib/${match[1]}` : null;
}

/** Folders that import each other, directly or round a loop. */
export interface FolderCycle {
  /** Every folder of the tangle (a strongly connected group), sorted. */
  group: string[];
  /** One shortest loop through the group's first folder, ending where it starts. */
  loop: string[];
  /** A file import for each step of the loop. */
  imports: ImportEdge[];
  /** A file import for every folder-to-folder dependency inside the group: what to cut. */
  within: ImportEdge[];
}

/**
 * Cycles between `src/lib/*` folders: each strongly connected group of folders (Tarjan), with one
 * loop through it and the file imports that tie it. Type-only imports count: a type
 * a folder takes from another is a dependency the reader must follow all the same.
 */
export function folderCycles(edges: readonly ImportEdge[]): FolderCycle[] {
  const between = new Map<string, Map<string, ImportEdge>>();
  for (const edge of edges) {
    const from = libFolder(edge.from);
    const to = edge.to === null ? null : libFolder(edge.to);
    if (from === null || to === null || from === to) continue;
    const out = between.get(from) ?? new Map<string, ImportEdge>();
    if (!out.has(to)) out.set(to, edge);
    between.set(from, out);
  }
  const next = (folder: string): string[] => [...(between.get(folder)?.keys() ?? [])].sort();
  const folders = [
    ...new Set([...between.keys(), ...[...between.values()].flatMap((out) => [...out.keys()])]),
  ].sort();

  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;
  const connect = (folder: string): void => {
    index.set(folder, counter);
    low.set(folder, counter);
    counter += 1;
    stack.push(folder);
    onStack.add(folder);
    for (const target of next(folder)) {
      if (!index.has(target)) {
        connect(target);
        low.set(folder, Math.min(low.get(folder)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(folder, Math.min(low.get(folder)!, index.get(target)!));
    }
    if (low.get(folder) === index.get(folder)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== folder);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const folder of folders) if (!index.has(folder)) connect(folder);

  return groups.map((group) => {
    // The shortest way back to the group's first folder: breadth-first inside the group.
    const start = group[0]!;
    const inGroup = new Set(group);
    const parent = new Map<string, string>([[start, start]]);
    const queue = [start];
    let last: string | undefined;
    while (queue.length > 0 && last === undefined) {
      const folder = queue.shift()!;
      for (const target of next(folder)) {
        if (!inGroup.has(target)) continue;
        if (target === start) {
          last = folder;
          break;
        }
        if (!parent.has(target)) {
          parent.set(target, folder);
          queue.push(target);
        }
      }
    }
    const path = [start];
    for (let at = last!; at !== start; at = parent.get(at)!) path.splice(1, 0, at);
    path.push(start);
    const imports = path.slice(1).map((to, step) => between.get(path[step]!)!.get(to)!);
    const within = group.flatMap((folder) =>
      next(folder)
        .filter((target) => inGroup.has(target))
        .map((target) => between.get(folder)!.get(target)!),
    );
    return { group, loop: path, imports, within };
  });
}

/**
 * Imports that leave src/contract: any file outside it, any package (even for its types alone). The
 * contract is the shapes and rules both sides agree on, and depends on neither side nor any library.
 */
export function contractLeaks(edges: readonly ImportEdge[]): ImportEdge[] {
  return edges.filter(
    (edge) => edge.from.startsWith('contract/') && (edge.to === null || !edge.to.startsWith('contract/')),
  );
}

/** Whether a file is the app's (what the browser runs): src/lib, App.svelte, main.ts, the service worker. */
export const isAppFile = (path: string): boolean =>
  path.startsWith('lib/') || path.startsWith('sw/') || path === 'App.svelte' || path === 'main.ts';

const isContractFile = (path: string): boolean => path.startsWith('contract/');

/**
 * Imports that break the one-way flow (pipeline → contract ← app): the app importing a file that is
 * neither the app's nor the contract's (the pipeline, the build), or any of those importing the app.
 */
export function layerLeaks(edges: readonly ImportEdge[]): ImportEdge[] {
  return edges.filter((edge) => {
    if (edge.to === null || edge.to.startsWith('..') || !SOURCE.test(edge.to)) return false;
    if (isAppFile(edge.from)) return !isAppFile(edge.to) && !isContractFile(edge.to);
    return !isContractFile(edge.from) && isAppFile(edge.to);
  });
}

/** App state (`lib/state`) imports nothing of the UI: only itself and files outside src/lib. */
export function stateLeaks(edges: readonly ImportEdge[]): ImportEdge[] {
  return edges.filter(
    (edge) =>
      libFolder(edge.from) === 'lib/state' &&
      edge.to !== null &&
      libFolder(edge.to) !== null &&
      libFolder(edge.to) !== 'lib/state',
  );
}

/** One line per import, for a failure message: `lib/a/x.ts → lib/b/y.ts`. */
export const describeEdges = (edges: readonly ImportEdge[]): string[] =>
  edges.map((edge) => `${edge.from} → ${edge.to ?? edge.specifier}${edge.typeOnly ? ' (type)' : ''}`);
