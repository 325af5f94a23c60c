/**
 * `npm run bench:pipeline`: the text stages of the pipeline (decode, clean, segment, match and
 * rank) over generated corpora of 100 and 1,000 articles with 500 features. Prints articles per
 * second and the time ratio 1,000 ÷ 100 (linear work gives about 10).
 */
import { cleanArticle } from '../src/pipeline/text/page/clean.ts';
import { decodeSeed } from '../src/pipeline/text/page/decode-seed.ts';
import { buildAliasIndex } from '../src/pipeline/text/match/alias-index.ts';
import { rankExcerpts } from '../src/pipeline/text/match/rank-corpus.ts';
import { segmentArticle } from '../src/pipeline/text/page/segment.ts';
import type { Article } from '../src/contract/article.ts';
import { generateArticle, generateFeatures } from './generate-corpus.ts';

const FEATURES = 500;
const encoder = new TextEncoder();
const features = generateFeatures(FEATURES);
const corpus = Array.from({ length: 1000 }, (_, index) => encoder.encode(generateArticle(features, index)));

function run(count: number): { ms: number; excerpts: number } {
  const start = performance.now();
  const index = buildAliasIndex(features);
  const isOnTopic = (text: string) => new Set(index.find(text).map((hit) => hit.featureId)).size >= 2;
  const articles: Article[] = corpus.slice(0, count).map((bytes, position) => {
    const decoded = decodeSeed(bytes);
    if (!decoded.ok) throw new Error(decoded.reason);
    const id = `gen_${position}`;
    const cleaned = cleanArticle(decoded.text, { isOnTopic });
    const meta = { outlet: null, title: cleaned.firstLine, author: null, date: null, dateText: null };
    return {
      id,
      file: `${id}.txt`,
      meta,
      metaFrom: { outlet: null, title: 'line 1', author: null, date: null },
      paragraphs: segmentArticle(id, cleaned.blocks, meta),
      dropped: cleaned.dropped,
    };
  });
  const excerpts = rankExcerpts(articles, index);
  const ms = performance.now() - start;
  return { ms, excerpts: [...excerpts.values()].reduce((sum, list) => sum + list.length, 0) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
run(50); // warm-up: JIT and Intl.Segmenter data
const small = median(Array.from({ length: 5 }, () => run(100).ms));
const largeRuns = Array.from({ length: 3 }, () => run(1000));
const large = median(largeRuns.map((result) => result.ms));
console.log(`features: ${FEATURES}, excerpts at 1,000 articles: ${largeRuns[0]!.excerpts}`);
console.log(`100 articles:   ${small.toFixed(0)} ms  (${((100 / small) * 1000).toFixed(0)} articles/s)`);
console.log(`1,000 articles: ${large.toFixed(0)} ms  (${((1000 / large) * 1000).toFixed(0)} articles/s)`);
console.log(
  `ratio 1,000 ÷ 100: ${(large / small).toFixed(2)}  (linear ≈ 10; goal ≤ 11, and 1,000 articles < 3 s)`,
);
