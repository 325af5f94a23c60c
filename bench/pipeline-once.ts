/**
 * One cold run of the Node build's data (worker pool, no cache, the evidence written to a temporary
 * folder as the build does) over the given seeds and geo folders; prints `{ms, cpuMs, articles}` as JSON.
 * Run through bench/max-rss.mjs for its peak memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvidenceWriter, toFolder } from '../src/vite/evidence-files.ts';
import { buildCorpus } from '../src/pipeline/node/build-corpus.ts';

const [seedsDir, geoDir] = process.argv.slice(2);
if (!seedsDir || !geoDir) throw new Error('usage: pipeline-once.ts <seeds dir> <geo dir>');
const staging = mkdtempSync(join(tmpdir(), 'two-fronts-pipeline-once-'));
try {
  const start = performance.now();
  const writer = new EvidenceWriter('/', toFolder(staging));
  const { stats } = await buildCorpus({ root: process.cwd(), seedsDir, geoDir, cacheDir: null }, writer);
  writer.finish();
  // CPU time of every thread (the pool's included): on a busy machine it follows the work, not the wait.
  const { user, system } = process.cpuUsage();
  console.log(
    JSON.stringify({
      ms: performance.now() - start,
      cpuMs: (user + system) / 1000,
      articles: stats.articles,
    }),
  );
} finally {
  rmSync(staging, { recursive: true, force: true });
}
