import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EvidenceWriter, evidenceFiles } from '../../src/vite/evidence-files.ts';
import type { Excerpt } from '../../src/contract/article.ts';
import type { ArticleEvidence, FeatureHead } from '../../src/contract/dataset.ts';
import { buildCorpus, type BuildOptions } from '../../src/pipeline/node/build-corpus.ts';
import { ROOT, realData } from './fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'two-fronts-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** buildCorpus with the evidence kept in memory: the files by URL, and a reader of one feature's or article's. */
async function build(options: BuildOptions) {
  const writer = new EvidenceWriter('/');
  const { output, stats } = await buildCorpus(options, writer);
  const { manifest, files } = writer.finish();
  const body = (url: string | undefined) => JSON.parse(files.get(url!)!) as unknown;
  const articleUrls = body(manifest.articles) as Record<string, string>;
  return {
    output,
    stats,
    files,
    /** A feature's whole ranked list: its first file's window, then its pages. */
    excerpts: (id: string) => {
      const head = body(manifest.features[id]) as FeatureHead;
      return [...head.first, ...head.pages.flatMap((page) => body(page.url) as Excerpt[])];
    },
    article: (id: string) => body(articleUrls[id]) as ArticleEvidence,
  };
}

const cacheEntries = (cacheDir: string) => readdirSync(join(cacheDir, 'articles')).sort();

describe('buildCorpus (worker pool and per-article cache)', () => {
  it('gives the same output on the worker pool as runPipeline in process, and again from the cache', async () => {
    const options = { root: ROOT, cacheDir: join(work, 'pool-cache'), workers: 2, minPooled: 0 };
    const first = await build(options);
    expect(first.stats).toMatchObject({ pooled: true, cached: 0, processed: first.stats.articles });
    const direct = realData();
    const expected = evidenceFiles(direct.evidence, '/').files;
    expect(new Map([...first.files].sort())).toEqual(new Map([...expected].sort()));
    expect(first.output.mapData).toEqual(direct.mapData);
    expect(first.output.report).toEqual(direct.report);
    expect(first.output.story).toEqual(direct.story);
    // The cache's articles/ holds one entry per seed, and nothing else (no articles/articles/).
    expect(cacheEntries(options.cacheDir)).toHaveLength(first.stats.articles);
    expect(cacheEntries(options.cacheDir).every((name) => /^[0-9a-f]{64}\.json$/.test(name))).toBe(true);
    // …and the same again when every article comes from the cache.
    const again = await build(options);
    expect(again.stats).toMatchObject({ pooled: false, cached: first.stats.articles, processed: 0 });
    expect(new Map([...again.files].sort())).toEqual(new Map([...expected].sort()));
    expect(again.output.report).toEqual(direct.report);
  }, 120_000);

  it('reprocesses a changed seed, reads the unchanged ones from the cache, and prunes the stale entry', async () => {
    const seedsDir = join(work, 'seeds');
    const geoDir = join(work, 'geo');
    cpSync(join(ROOT, 'seeds'), seedsDir, { recursive: true });
    cpSync(join(ROOT, 'geo'), geoDir, { recursive: true });
    const cacheDir = join(work, 'cache');
    const options = { root: ROOT, seedsDir, geoDir, cacheDir, workers: 1 };
    const first = await build(options);
    const count = first.stats.articles;
    expect(first.stats).toMatchObject({ cached: 0, processed: count, pruned: 0 });
    const before = cacheEntries(cacheDir);

    const seed = readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()[0]!;
    const added = 'Envoys of the invented Lakeside Forum met in Geneva on Thursday to talk about grain.';
    appendFileSync(join(seedsDir, seed), `\n\n${added}\n`);
    const second = await build(options);
    expect(second.stats).toMatchObject({ cached: count - 1, processed: 1, pruned: 1 });
    const articleId = seed.replace(/\.txt$/, '');
    expect(second.article(articleId).paragraphs.map((paragraph) => paragraph.text)).toContain(added);
    expect(second.excerpts('geneva').some((excerpt) => excerpt.text === added)).toBe(true);
    // The changed seed's old entry is gone; the others are the same files.
    const after = cacheEntries(cacheDir);
    expect(after).toHaveLength(count);
    expect(after.filter((name) => !before.includes(name))).toHaveLength(1);

    // A change to the aliases every article is matched against makes every cached result stale.
    const geoFile = readdirSync(geoDir).find((name) => name.endsWith('.geojson'))!;
    const geoText = readFileSync(join(geoDir, geoFile), 'utf8');
    writeFileSync(join(geoDir, geoFile), geoText.replace('"aliases": [', '"aliases": ["Lakeside Forum", '));
    const third = await build(options);
    expect(third.stats).toMatchObject({ cached: 0, processed: count, pruned: count });
  }, 120_000);

  it('misses the cache when a package the stage loads changes version in the lockfile', async () => {
    // Two checkouts that differ only in package-lock.json's entry for linkedom.
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string }>;
    };
    const checkout = (name: string, linkedom: string) => {
      const root = join(work, name);
      mkdirSync(root, { recursive: true });
      const changed = structuredClone(lock);
      changed.packages['node_modules/linkedom']!.version = linkedom;
      writeFileSync(join(root, 'package-lock.json'), JSON.stringify(changed));
      return root;
    };
    const seedsDir = join(ROOT, 'seeds');
    const geoDir = join(ROOT, 'geo');
    const cacheDir = join(work, 'lock-cache');
    const current = lock.packages['node_modules/linkedom']!.version;
    const same = { seedsDir, geoDir, cacheDir, workers: 1, root: checkout('same', current) };
    const updated = { ...same, root: checkout('updated', `${current}-next`) };
    const first = await build(same);
    expect(first.stats.processed).toBe(first.stats.articles);
    expect((await build(same)).stats.cached).toBe(first.stats.articles);
    const after = await build(updated);
    expect(after.stats).toMatchObject({ cached: 0, processed: first.stats.articles });
    // Its results are the same (the package did not really change), under new keys.
    expect(after.output.report).toEqual(first.output.report);
  }, 120_000);

  it('neither reads nor writes a cache when there is none (--no-cache)', async () => {
    // A checkout whose default cache (node_modules/.cache/two-fronts) holds every seed's result.
    const root = join(work, 'checkout');
    mkdirSync(root, { recursive: true });
    cpSync(join(ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
    const paths = { root, seedsDir: join(ROOT, 'seeds'), geoDir: join(ROOT, 'geo'), workers: 1 };
    const filled = await build(paths);
    const cacheDir = join(root, 'node_modules', '.cache', 'two-fronts');
    const entries = cacheEntries(cacheDir);
    expect(entries).toHaveLength(filled.stats.articles);
    const bypass = await build({ ...paths, cacheDir: null });
    expect(bypass.stats).toMatchObject({ cached: 0, processed: filled.stats.articles, pruned: 0 });
    expect(cacheEntries(cacheDir)).toEqual(entries);
    expect(bypass.files).toEqual(filled.files);
  }, 120_000);
});
