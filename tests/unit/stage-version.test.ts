import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './fixtures.ts';
import {
  importsOf,
  resolvedVersions,
  stageModules,
  stageVersion,
} from '../../src/pipeline/node/stage-version.ts';

describe('the stage version (part of every cache key)', () => {
  it('reads the imports of a module, across lines, and tells type-only ones apart', () => {
    const source = [
      "import { a } from './a.ts';",
      'import {',
      '  b,',
      '  c,',
      "} from '../b.ts';",
      "import type { T } from 'some-types';",
      "export { d } from './d.ts';",
      "import 'side-effect';",
      "const lazy = await import('lazy-package');",
      "/** A comment that says words from 'nowhere' is not an import. */",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      './a.ts',
      '../b.ts',
      'some-types',
      './d.ts',
      'side-effect',
      'lazy-package',
    ]);
    expect(importsOf(source, false)).toEqual(['./a.ts', '../b.ts', './d.ts', 'side-effect', 'lazy-package']);
  });

  it('follows the stage through the project, and only the stage', () => {
    const { files, packages } = stageModules();
    const names = files.map((file) => file.replaceAll('\\\\', '/'));
    expect(names.some((file) => file.endsWith('src/pipeline/article-stage.ts'))).toBe(true);
    expect(names.some((file) => file.endsWith('src/pipeline/text/page/clean.ts'))).toBe(true);
    // The reduce, the Node side, the app and the build are not the stage.
    for (const outside of ['src/pipeline/reduce.ts', 'src/pipeline/node/', 'src/lib/', 'src/vite/'])
      expect(names.some((file) => file.includes(outside))).toBe(false);
    expect(packages).toEqual(expect.arrayContaining(['@mozilla/readability', 'chrono-node', 'linkedom']));
  });

  it('the pool workers load the stage and nothing of the reduce', () => {
    const stage = stageModules();
    const worker = stageModules(join(ROOT, 'src', 'pipeline', 'node', 'article-worker.ts'));
    const extra = worker.files.filter((file) => !stage.files.includes(file)).map((file) => basename(file));
    expect(extra).toEqual(['article-worker.ts']);
    expect(worker.packages).toEqual(stage.packages);
    for (const reduceOnly of ['rank-corpus.ts', 'shared-quotes.ts', 'stream-reduce.ts', 'reduce.ts'])
      expect(worker.files.map((file) => basename(file))).not.toContain(reduceOnly);
  });

  it("resolves each package's version and its dependencies' as Node would, nested copies first", () => {
    const lock = {
      packages: {
        '': { dependencies: { parser: '^1' } },
        'node_modules/parser': { version: '1.2.0', dependencies: { entities: '^4', shared: '^1' } },
        'node_modules/parser/node_modules/entities': { version: '4.5.0' },
        'node_modules/entities': { version: '7.0.1' },
        'node_modules/shared': { version: '1.0.3', dependencies: { entities: '^7' } },
      },
    };
    expect(resolvedVersions(lock, ['parser'])).toEqual([
      'entities@4.5.0',
      'entities@7.0.1',
      'parser@1.2.0',
      'shared@1.0.3',
    ]);
    expect(resolvedVersions(lock, ['missing'])).toEqual(['missing (not in the lockfile)']);
  });

  it('names the locked versions of what the stage loads, here', () => {
    const version = stageVersion();
    expect(version.packages.some((name) => /^linkedom@\d/.test(name))).toBe(true);
    expect(version.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
