/**
 * One cold run of the Node build's pipeline (worker pool, no cache) over the given seeds and geo
 * folders; prints `{ms, articles}` as JSON. Run through bench/max-rss.mjs for its peak memory.
 */
import { buildCorpus } from '../src/pipeline/node/build-corpus.ts';

const [seedsDir, geoDir] = process.argv.slice(2);
if (!seedsDir || !geoDir) throw new Error('usage: pipeline-once.ts <seeds dir> <geo dir>');
const start = performance.now();
const { stats } = await buildCorpus({ root: process.cwd(), seedsDir, geoDir, cacheDir: null });
console.log(JSON.stringify({ ms: performance.now() - start, articles: stats.articles }));
