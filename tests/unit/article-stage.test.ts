import { describe, expect, it } from 'vitest';
import { articleIdOf, processArticle } from '../../src/pipeline/article-stage.ts';
import { runPipeline, seedOrder } from '../../src/pipeline/build.ts';
import { prepareCorpus } from '../../src/pipeline/corpus.ts';
import { reduceCorpus } from '../../src/pipeline/reduce.ts';
import { readInputs } from '../../src/pipeline/node/read-inputs.ts';
import { buildAliasIndex } from '../../src/pipeline/text/match/alias-index.ts';
import { ROOT, realData } from './fixtures.ts';

const encoder = new TextEncoder();
const aliases = buildAliasIndex([
  { id: 'almaty', aliases: ['Almaty'], weakAliases: [] },
  { id: 'geneva', aliases: ['Geneva'], weakAliases: [] },
]);

describe('processArticle (the per-article stage)', () => {
  it('turns one seed into its article, its matches and its report lines', () => {
    const seed = {
      file: 'seeds/ledger.txt',
      bytes: encoder.encode(
        'Prices and protests\n\nProtesters gathered in Almaty on Wednesday as prices rose.\n\nEnvoys met in Geneva.\n',
      ),
    };
    const result = processArticle(seed, { aliases, source: null });
    expect(result.id).toBe('ledger');
    expect(result.article?.paragraphs.map((paragraph) => paragraph.text)).toContain('Envoys met in Geneva.');
    expect(new Set(result.matches.map((match) => match.featureId))).toEqual(new Set(['almaty', 'geneva']));
    expect(result.warnings[0]?.message).toMatch(/no entry in seeds\/sources\.json/);
  });

  it('reports a seed it cannot decode and yields no article', () => {
    const result = processArticle(
      { file: 'seeds/broken.txt', bytes: new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x00]) },
      { aliases, source: null },
    );
    expect(result.article).toBeNull();
    expect(result.problems[0]?.file).toBe('seeds/broken.txt');
  });

  it('gives plain data: reducing structured clones of the stage results is runPipeline', () => {
    const input = readInputs({ root: ROOT });
    const corpus = prepareCorpus(input);
    const results = seedOrder(input.seeds).map((seed) =>
      structuredClone(
        processArticle(seed, {
          aliases: corpus.aliases,
          source: corpus.sources[articleIdOf(seed.file)] ?? null,
        }),
      ),
    );
    const reduced = reduceCorpus({
      corpus,
      results,
      storyText: input.storyText ?? null,
      overviewTopology: input.overviewTopology,
    });
    const direct = realData();
    expect(reduced.evidence).toEqual(direct.evidence);
    expect(reduced.mapData).toEqual(direct.mapData);
    expect(reduced.report).toEqual(direct.report);
    expect(runPipeline(input).excerpts).toEqual(direct.excerpts);
  });
});
