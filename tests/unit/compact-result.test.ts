import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/pipeline/article-stage.ts';
import { compactResult } from '../../src/pipeline/compact-result.ts';
import { buildAliasIndex } from '../../src/pipeline/text/alias-index.ts';

const aliases = buildAliasIndex([
  { id: 'veska', aliases: ['Veska'], weakAliases: [] },
  { id: 'orlan', aliases: ['Orlan'], weakAliases: [] },
]);

const page = [
  'Orlan moves troops toward Veska',
  'By Mira Tandel, The Harbour Ledger',
  'January 12, 2022',
  'Orlan sent 3,000 troops to Veska on Monday, officials said.',
  'In Veska, residents said 12 people were killed in the clashes that followed.',
  'Talks are set to resume next week, according to both sides.',
].join('\n\n');

/** A stage result as it arrives from a pool thread or the cache: every value a copy of its own. */
const arrived = () =>
  structuredClone(
    processArticle(
      { file: 'seeds/100_ledger.txt', bytes: new TextEncoder().encode(page) },
      { aliases, source: null },
    ),
  );

describe('compactResult', () => {
  it('keeps every value of the stage result', () => {
    const result = arrived();
    const before = JSON.stringify(result);
    expect(JSON.stringify(compactResult(result))).toBe(before);
  });

  it('shares one source object among the paragraphs and figures an article credits alike', () => {
    const result = compactResult(arrived());
    const paragraphs = result.article!.paragraphs;
    expect(paragraphs.length).toBeGreaterThan(2);
    expect(new Set(paragraphs.map((paragraph) => paragraph.source)).size).toBe(1);
    expect(result.figures.map((figure) => figure.kind)).toEqual(['troops', 'killed']);
    for (const figure of result.figures) expect(figure.source).toBe(paragraphs[0]!.source);
  });

  it('leaves a figure whose sentence is not its paragraph text alone', () => {
    const result = arrived();
    result.figures[0]!.quote = 'edited';
    expect(compactResult(result).figures[0]!.quote).toBe('edited');
  });
});
