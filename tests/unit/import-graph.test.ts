import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './fixtures.ts';
import {
  contractLeaks,
  describeEdges,
  folderCycles,
  importGraph,
  importsOf,
  layerLeaks,
  readSourceTree,
  stateLeaks,
  type SourceText,
} from './import-graph.ts';

/** A small tree in memory: path → text. */
const tree = (files: Record<string, string>): SourceText[] =>
  Object.entries(files).map(([path, text]) => ({ path, text }));

describe('the import graph reader', () => {
  it('reads static, type, re-export, dynamic and import-type imports, and no look-alikes', () => {
    const refs = importsOf({
      path: 'lib/a/x.ts',
      text: [
        "import { a } from './a.ts';",
        "import type { B } from '../b/b.ts';",
        "import { type C } from '../c/c.ts';",
        "import { type D, e } from '../d/d.ts';",
        "export { f } from './f.ts';",
        "export type { G } from './g.ts';",
        "const h = () => import('./h.ts');",
        "let i: import('../i/i.ts').I;",
        "import './side-effect.css';",
        "// import { no } from './comment.ts';",
        'const text = "import { no } from \'./string.ts\'";',
      ].join('\n'),
    });
    expect(refs).toEqual([
      { specifier: './a.ts', typeOnly: false },
      { specifier: '../b/b.ts', typeOnly: true },
      { specifier: '../c/c.ts', typeOnly: true },
      { specifier: '../d/d.ts', typeOnly: false },
      { specifier: './f.ts', typeOnly: false },
      { specifier: './g.ts', typeOnly: true },
      { specifier: './h.ts', typeOnly: false },
      { specifier: '../i/i.ts', typeOnly: true },
      { specifier: './side-effect.css', typeOnly: false },
    ]);
  });

  it("reads a Svelte component's scripts, not its markup", () => {
    const refs = importsOf({
      path: 'lib/a/A.svelte',
      text: [
        '<script module lang="ts">',
        "  export { helper } from './helper.ts';",
        '</script>',
        '<script lang="ts">',
        "  import B from '../b/B.svelte';",
        '</script>',
        "<p>import x from './markup.ts'</p>",
      ].join('\n'),
    });
    expect(refs.map((ref) => ref.specifier)).toEqual(['./helper.ts', '../b/B.svelte']);
  });

  it('resolves relative imports to paths under src/, packages to null, and names a missing file', () => {
    const edges = importGraph(
      tree({
        'lib/a/x.ts':
          "import { y } from '../b/y.ts';\nimport url from 'pkg/file.mjs?url';\nimport './x.css';",
        'lib/b/y.ts': "import raw from './data.csl?raw';\nexport const y = raw;",
      }),
    );
    expect(edges.map((edge) => [edge.from, edge.to])).toEqual([
      ['lib/a/x.ts', 'lib/b/y.ts'],
      ['lib/a/x.ts', null],
      ['lib/a/x.ts', 'lib/a/x.css'],
      ['lib/b/y.ts', 'lib/b/data.csl'],
    ]);
    expect(() => importGraph(tree({ 'lib/a/x.ts': "import { z } from '../b/gone.ts';" }))).toThrow(
      "lib/a/x.ts: import '../b/gone.ts' names no file",
    );
  });
});

describe('the rules, on small graphs made to break them', () => {
  it('finds a cycle between two lib folders, with the imports that make it', () => {
    const edges = importGraph(
      tree({
        'lib/state/app.ts': "import type { Keys } from '../story/keys.ts';",
        'lib/story/keys.ts': "import { app } from '../state/app.ts';",
        'lib/map/view.ts': "import { app } from '../state/app.ts';",
      }),
    );
    const cycles = folderCycles(edges);
    expect(cycles.map((cycle) => cycle.group)).toEqual([['lib/state', 'lib/story']]);
    expect(cycles[0]!.loop).toEqual(['lib/state', 'lib/story', 'lib/state']);
    expect(describeEdges(cycles[0]!.imports)).toEqual([
      'lib/state/app.ts → lib/story/keys.ts (type)',
      'lib/story/keys.ts → lib/state/app.ts',
    ]);
  });

  it('finds a cycle round three folders, through a nested file, and one group per tangle', () => {
    const edges = importGraph(
      tree({
        'lib/panel/citation/cite.ts': "import { r } from '../../reader/r.ts';",
        'lib/reader/r.ts': "import { t } from '../timeline/t.ts';",
        'lib/timeline/t.ts': "import { c } from '../panel/citation/cite.ts';",
        'lib/ui/u.ts': "import { t } from '../timeline/t.ts';",
      }),
    );
    const cycles = folderCycles(edges);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.group).toEqual(['lib/panel', 'lib/reader', 'lib/timeline']);
    expect(cycles[0]!.loop).toEqual(['lib/panel', 'lib/reader', 'lib/timeline', 'lib/panel']);
  });

  it('passes folders that import one way, and files that import each other inside one folder', () => {
    const edges = importGraph(
      tree({
        'lib/panel/a.ts': "import { b } from './b.ts';\nimport { s } from '../state/s.ts';",
        'lib/panel/b.ts': "import { a } from './a.ts';",
        'lib/state/s.ts': "import type { T } from '../../contract/t.ts';",
        'contract/t.ts': 'export type T = string;',
      }),
    );
    expect(folderCycles(edges)).toEqual([]);
  });

  it('finds a contract file importing the pipeline, the app, or any package, even for its types', () => {
    const edges = importGraph(
      tree({
        'contract/story.ts': [
          "import type { StoryStep } from '../pipeline/story/story.ts';",
          "import { fold } from '../lib/search/fold.ts';",
          "import { z } from 'zod';",
          "import type { Feature } from 'geojson';",
          "import type { Options } from 'minisearch';",
          "import type { SourceMeta } from './article.ts';",
        ].join('\n'),
        'contract/article.ts': 'export interface SourceMeta { outlet: string | null }',
        'pipeline/story/story.ts': 'export interface StoryStep { title: string }',
        'lib/search/fold.ts': 'export const fold = (text: string) => text;',
      }),
    );
    expect(describeEdges(contractLeaks(edges))).toEqual([
      'contract/story.ts → pipeline/story/story.ts (type)',
      'contract/story.ts → lib/search/fold.ts',
      'contract/story.ts → zod',
      'contract/story.ts → geojson (type)',
      'contract/story.ts → minisearch (type)',
    ]);
  });

  it('finds the app importing the pipeline or the build, and the pipeline importing the app', () => {
    const edges = importGraph(
      tree({
        'App.svelte': '<script lang="ts">import type { Story } from \'./pipeline/story.ts\';</script>',
        'lib/timeline/filter.ts': "import { verdictOf } from '../../pipeline/verdict.ts';",
        'lib/map/ok.ts': "import type { MapData } from '../../contract/dataset.ts';",
        'pipeline/story.ts': 'export interface Story { title: string }',
        'pipeline/verdict.ts': "import { fold } from '../lib/search/fold.ts';",
        'build/files.ts': "import type { M } from '../lib/evidence/manifest.ts';",
        'lib/search/fold.ts': 'export const fold = (text: string) => text;',
        'lib/evidence/manifest.ts': 'export interface M { a: string }',
        'contract/dataset.ts': 'export interface MapData { a: string }',
      }),
    );
    expect(describeEdges(layerLeaks(edges))).toEqual([
      'App.svelte → pipeline/story.ts (type)',
      'lib/timeline/filter.ts → pipeline/verdict.ts',
      'pipeline/verdict.ts → lib/search/fold.ts',
      'build/files.ts → lib/evidence/manifest.ts (type)',
    ]);
  });

  it('finds app state importing a UI folder', () => {
    const edges = importGraph(
      tree({
        'lib/state/url-sync.ts':
          "import type { MapCamera } from '../map/camera.ts';\nimport { c } from './context.ts';",
        'lib/state/context.ts': 'export const c = 1;',
        'lib/map/camera.ts': "import { c } from '../state/context.ts';",
      }),
    );
    expect(describeEdges(stateLeaks(edges))).toEqual(['lib/state/url-sync.ts → lib/map/camera.ts (type)']);
  });
});

describe('the source tree', () => {
  const edges = importGraph(readSourceTree(join(ROOT, 'src')));

  it('is read whole: every folder of src/lib, the contract and the pipeline', () => {
    const files = new Set(edges.map((edge) => edge.from));
    for (const path of ['App.svelte', 'contract/dataset.ts', 'lib/map/MapView.svelte', 'pipeline/build.ts'])
      expect(files).toContain(path);
  });

  it('has no import cycle between src/lib folders', () => {
    const cycles = folderCycles(edges).map(
      (cycle) => `${cycle.loop.join(' → ')}: ${describeEdges(cycle.within).join('; ')}`,
    );
    expect(cycles).toEqual([]);
  });

  it('src/contract imports nothing outside src/contract, not even a package', () => {
    expect(describeEdges(contractLeaks(edges))).toEqual([]);
  });

  it('data flows one way: the app reaches the pipeline and the build only through src/contract, and back', () => {
    expect(describeEdges(layerLeaks(edges))).toEqual([]);
  });

  it('app state (src/lib/state) imports no UI folder', () => {
    expect(describeEdges(stateLeaks(edges))).toEqual([]);
  });
});
