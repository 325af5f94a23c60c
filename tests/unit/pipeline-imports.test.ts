import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './fixtures.ts';
import { importsOf } from '../../src/pipeline/node/stage-version.ts';

/** Project-relative file → the project files it imports (type-only imports too: a loop of types is a loop). */
type Graph = Map<string, string[]>;

function importGraph(folder: string): Graph {
  const graph: Graph = new Map();
  const files = readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mjs)$/.test(file))
    .map((file) => join(ROOT, folder, file));
  for (const file of files) {
    const imported = importsOf(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => relative(ROOT, resolve(dirname(file), specifier)));
    graph.set(relative(ROOT, file), imported);
  }
  return graph;
}

/** One import cycle (its files in import order, the first repeated at the end), or null. */
function findCycle(graph: Graph): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string[] | null => {
    const at = path.indexOf(file);
    if (at !== -1) return [...path.slice(at), file];
    if (done.has(file) || !graph.has(file)) return null;
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(file);
    return null;
  };
  for (const file of [...graph.keys()].sort()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe('the pipeline imports one way', () => {
  it('finds a cycle when there is one, and none when there is none', () => {
    const loop: Graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(findCycle(loop)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    const tree: Graph = new Map([
      ['a.ts', ['b.ts', 'c.ts']],
      ['b.ts', ['c.ts', 'outside.ts']],
      ['c.ts', []],
    ]);
    expect(findCycle(tree)).toBeNull();
  });

  it('reads type-only imports as imports (the stage ↔ seed-article loop was one)', () => {
    const graph = importGraph('src/pipeline');
    expect(graph.get('src/pipeline/article-stage.ts')).toContain('src/pipeline/text/page/seed-article.ts');
    expect(graph.get('src/pipeline/text/page/seed-article.ts')).not.toContain(
      'src/pipeline/article-stage.ts',
    );
  });

  it('text/ has rooms that import one way: the shared files, metadata, the page, quotes, matching, figures', () => {
    // A room may import itself and the rooms before it; text/ itself holds what they all read (folding,
    // word tokens, a page's lines and its furniture rules) and imports no room.
    const rooms = ['text', 'text/meta', 'text/page', 'text/quotes', 'text/match', 'text/figures'];
    const roomOf = (file: string) => dirname(file).replace(/^src\/pipeline\//, '');
    const backwards: string[] = [];
    for (const [file, imported] of importGraph('src/pipeline/text')) {
      expect(rooms, `${file} is in no room`).toContain(roomOf(file));
      for (const target of imported) {
        const to = rooms.indexOf(roomOf(target));
        if (target.startsWith('src/pipeline/text/') && to > rooms.indexOf(roomOf(file)))
          backwards.push(`${file} → ${target}`);
        // The text stages read the contract, the geo schema and JSON input; never the stage, reduce or Node side.
        if (!/^src\/(contract|pipeline\/(text|geo|json))\//.test(target))
          backwards.push(`${file} → ${target}`);
      }
    }
    expect(backwards).toEqual([]);
  });

  it('has no import cycle in src/pipeline or src/build', () => {
    expect(findCycle(importGraph('src/pipeline'))).toBeNull();
    expect(findCycle(importGraph('src/build'))).toBeNull();
  });
});
