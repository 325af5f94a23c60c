import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/node/build-corpus.ts';
import { ROOT, realData } from './fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'two-fronts-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('buildCorpus (worker pool and per-article cache)', () => {
  it('gives the same output on the worker pool as runPipeline in process', async () => {
    const { output, stats } = await buildCorpus({
      root: ROOT,
      cacheDir: join(work, 'pool-cache'),
      workers: 2,
      minPooled: 0,
    });
    expect(stats).toMatchObject({ pooled: true, cached: 0, processed: stats.articles });
    const direct = realData();
    expect(output.evidence).toEqual(direct.evidence);
    expect(output.mapData).toEqual(direct.mapData);
    expect(output.report).toEqual(direct.report);
    expect(output.excerpts).toEqual(direct.excerpts);
    expect(output.story).toEqual(direct.story);
    // …and the same again when every article comes from the cache.
    const again = await buildCorpus({
      root: ROOT,
      cacheDir: join(work, 'pool-cache'),
      workers: 2,
      minPooled: 0,
    });
    expect(again.stats).toMatchObject({ pooled: false, cached: stats.articles, processed: 0 });
    expect(again.output.evidence).toEqual(direct.evidence);
    expect(again.output.report).toEqual(direct.report);
  });

  it('reprocesses a changed seed and reads the unchanged ones from the cache', async () => {
    const seedsDir = join(work, 'seeds');
    const geoDir = join(work, 'geo');
    cpSync(join(ROOT, 'seeds'), seedsDir, { recursive: true });
    cpSync(join(ROOT, 'geo'), geoDir, { recursive: true });
    const options = { root: ROOT, seedsDir, geoDir, cacheDir: join(work, 'cache'), workers: 1 };
    const first = await buildCorpus(options);
    const count = first.stats.articles;
    expect(first.stats).toMatchObject({ cached: 0, processed: count });

    const seed = readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()[0]!;
    const added = 'Envoys of the invented Lakeside Forum met in Geneva on Thursday to talk about grain.';
    appendFileSync(join(seedsDir, seed), `\n\n${added}\n`);
    const second = await buildCorpus(options);
    expect(second.stats).toMatchObject({ cached: count - 1, processed: 1 });
    const articleId = seed.replace(/\.txt$/, '');
    const texts = second.output.evidence.articles[articleId]!.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain(added);
    expect(
      second.output.evidence.features['geneva']!.excerpts.some((excerpt) => excerpt.text === added),
    ).toBe(true);

    // A change to the aliases every article is matched against makes every cached result stale.
    const geoFile = readdirSync(geoDir).find((name) => name.endsWith('.geojson'))!;
    const geoText = readFileSync(join(geoDir, geoFile), 'utf8');
    writeFileSync(join(geoDir, geoFile), geoText.replace('"aliases": [', '"aliases": ["Lakeside Forum", '));
    const third = await buildCorpus(options);
    expect(third.stats).toMatchObject({ cached: 0, processed: count });
  });
});
