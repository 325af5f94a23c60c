import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeScaledInputs } from '../../bench/scaled-inputs.ts';
import { EvidenceWriter, evidenceFiles } from '../../src/vite/evidence-files.ts';
import { runPipeline } from '../../src/pipeline/build.ts';
import { buildCorpus } from '../../src/pipeline/node/build-corpus.ts';
import { readInputs, type InputPaths } from '../../src/pipeline/node/read-inputs.ts';
import { storyArticles } from '../../src/pipeline/stream-reduce.ts';
import { corroborate, CorroborationSearch } from '../../src/pipeline/text/quotes/shared-quotes.ts';
import { ROOT, realData } from './fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'two-fronts-stream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The streamed build (stage results on disk, read back three times, excerpts spilled by feature)
 * against the in-memory reduce (runPipeline): every output file, byte for byte, and the map data,
 * story and report.
 */
async function expectSameAsInMemory(paths: InputPaths, workers: number) {
  const writer = new EvidenceWriter('/');
  const { output, stats } = await buildCorpus({ ...paths, cacheDir: null, workers, minPooled: 0 }, writer);
  const streamed = writer.finish();
  const direct = runPipeline(readInputs(paths));
  const expected = evidenceFiles(direct.evidence, '/');
  expect(streamed.manifest).toEqual(expected.manifest);
  expect([...streamed.files.keys()].sort()).toEqual([...expected.files.keys()].sort());
  for (const [url, body] of streamed.files) expect(body, url).toBe(expected.files.get(url));
  expect(JSON.stringify(output.mapData)).toBe(JSON.stringify(direct.mapData));
  expect(output.story).toEqual(direct.story);
  expect(output.report).toEqual(direct.report);
  return { stats, direct };
}

describe('the streamed reduce', () => {
  it('writes the same files as the in-memory reduce over the seeds', async () => {
    const { stats, direct } = await expectSameAsInMemory({ root: ROOT }, 1);
    expect(stats.processed).toBe(direct.articles.length);
    // The seeds share quotes, so the corroboration search had something to compare.
    expect([...direct.excerpts.values()].flat().some((excerpt) => excerpt.carried.length > 0)).toBe(true);
  }, 60_000);

  it('writes the same files as the in-memory reduce over a generated corpus, on the worker pool', async () => {
    const dir = join(work, 'generated');
    writeScaledInputs(ROOT, dir, { articles: 80, features: 40 });
    const paths = { root: ROOT, seedsDir: join(dir, 'seeds'), geoDir: join(dir, 'geo') };
    const { stats, direct } = await expectSameAsInMemory(paths, 2);
    expect(stats).toMatchObject({ pooled: true, articles: 80 });
    // Several search chunks' worth would need thousands of paragraphs; one full feature list is enough
    // to show ranking across generated articles happened.
    expect(Math.max(...[...direct.excerpts.values()].map((list) => list.length))).toBeGreaterThan(50);
  }, 120_000);
});

describe('CorroborationSearch', () => {
  it('finds the same shared sentences when its counts move from a Map to the fixed table', () => {
    const { articles } = realData();
    const search = new CorroborationSearch({ smallCounts: 0 });
    for (const article of articles) search.add(article);
    const byRef = new Map(
      articles.flatMap((article) => article.paragraphs.map((p) => [`${article.id}#${p.index}`, p] as const)),
    );
    const needed = search.needed();
    const streamed = search.finish((ref) => byRef.get(`${ref.article}#${ref.paragraph}`)!);
    const direct = corroborate(articles);
    expect(streamed).toEqual(direct);
    expect(direct.size).toBeGreaterThan(0);
    // Only the paragraphs that share a run are needed again, not the corpus.
    const total = articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
    expect(needed.length).toBeGreaterThan(0);
    expect(needed.length).toBeLessThan(total / 2);
  });
});

describe('storyArticles', () => {
  it('names the articles a briefing cites, and none for a story that does not parse', () => {
    const text = readFileSync(join(ROOT, 'story', 'briefing.json'), 'utf8');
    const cited = new Set(storyArticles(text));
    const steps = (JSON.parse(text) as { steps: Array<{ cite: string[] }> }).steps;
    for (const id of steps.flatMap((step) => step.cite)) expect(cited.has(id.split('#')[0]!)).toBe(true);
    expect(storyArticles('{"steps": [')).toEqual([]);
    expect(storyArticles(null)).toEqual([]);
  });
});
