import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './fixtures.ts';
import { describeEdges, importGraph, readSourceTree, type ImportEdge } from './import-graph.ts';

/** File → the files under src/ it imports (type-only imports too: a loop of types is a loop). */
type Graph = Map<string, string[]>;

function fileGraph(edges: readonly ImportEdge[], under: string): Graph {
  const graph: Graph = new Map();
  for (const edge of edges) {
    if (!edge.from.startsWith(under)) continue;
    const imported = graph.get(edge.from) ?? [];
    if (edge.to !== null && edge.to.startsWith(under)) imported.push(edge.to);
    graph.set(edge.from, imported);
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

/**
 * The rooms of pipeline/text in the order they may import: a room imports itself and the rooms
 * before it. text/ itself holds what they all read (folding, word tokens, a page's lines and its
 * furniture rules) and imports no room.
 */
const TEXT_ROOMS = ['text', 'text/meta', 'text/page', 'text/quotes', 'text/match', 'text/figures'];
const roomOf = (file: string) => posix.dirname(file).replace(/^pipeline\//, '');

/** Imports of pipeline/text that go against the room order, or out to the stage, the reduce or Node. */
function roomLeaks(edges: readonly ImportEdge[]): ImportEdge[] {
  return edges.filter((edge) => {
    if (!edge.from.startsWith('pipeline/text/') || edge.to === null) return false;
    // The text stages read the contract, the geo schema and JSON input; never the stage, reduce or Node side.
    if (!/^(contract|pipeline\/(text|geo|json))\//.test(edge.to)) return true;
    return (
      edge.to.startsWith('pipeline/text/') &&
      TEXT_ROOMS.indexOf(roomOf(edge.to)) > TEXT_ROOMS.indexOf(roomOf(edge.from))
    );
  });
}

const edges = importGraph(readSourceTree(join(ROOT, 'src')));

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

  it('finds an import against the room order, and one out of text/ to the stage', () => {
    const edge = (from: string, to: string): ImportEdge => ({ from, to, specifier: to, typeOnly: true });
    const wrong = [
      edge('pipeline/text/meta/title.ts', 'pipeline/text/page/page-model.ts'),
      edge('pipeline/text/page/seed-article.ts', 'pipeline/article-stage.ts'),
    ];
    const right = [
      edge('pipeline/text/page/page-model.ts', 'pipeline/text/meta/title.ts'),
      edge('pipeline/text/figures/text-figures.ts', 'pipeline/text/match/mentions.ts'),
      edge('pipeline/text/meta/sources.ts', 'pipeline/json/json-input.ts'),
    ];
    expect(roomLeaks([...wrong, ...right])).toEqual(wrong);
  });

  it('text/ lives in its rooms, and they import one way', () => {
    for (const { from } of edges.filter((edge) => edge.from.startsWith('pipeline/text/')))
      expect(TEXT_ROOMS, `${from} is in no room`).toContain(roomOf(from));
    expect(describeEdges(roomLeaks(edges))).toEqual([]);
  });

  it('has no import cycle in src/pipeline or src/vite', () => {
    expect(findCycle(fileGraph(edges, 'pipeline/'))).toBeNull();
    expect(findCycle(fileGraph(edges, 'vite/'))).toBeNull();
  });
});
