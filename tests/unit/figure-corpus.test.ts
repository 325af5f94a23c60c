import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../src/pipeline/build.ts';
import { listSeeds, readInputs } from '../../src/pipeline/node/read-inputs.ts';
import { resolveAllFacts } from '../../src/pipeline/text/figures/resolve-facts.ts';
import type { StatedFigure } from '../../src/pipeline/text/figures/text-figures.ts';
import { ROOT } from './fixtures.ts';

/** The checked-in seeds and geo, plus invented pages that state figures in several ways. */
function withFigurePages() {
  const base = readInputs({ root: ROOT });
  const extra = listSeeds({ root: ROOT, seedsDir: join(ROOT, 'tests/fixtures/figure-corpus/seeds') }).map(
    ({ file, path }) => ({ file, bytes: new Uint8Array(readFileSync(path)) }),
  );
  return runPipeline({ ...base, seeds: [...base.seeds, ...extra] });
}

describe('figures read for what they are, over the seeds and invented pages', () => {
  const output = withFigurePages();
  const facts = (id: string) => output.evidence.features[id]?.facts ?? [];
  const claim = (id: string, value: string) =>
    facts(id)
      .flatMap((fact) => fact.claims)
      .find((item) => item.value === value);

  it('lists "could eventually reach 175,000" as projected, outside the verdict, and finds the counts', () => {
    const [troops] = facts('ukraine-border-buildup');
    const projected = troops?.claims.find((item) => item.value === '175,000');
    expect(projected).toMatchObject({ modality: 'projected', article: '100_harbor-dispatch' });
    expect(claim('ukraine-border-buildup', 'more than 90,000')).toMatchObject({
      modality: 'attributed',
      attributedTo: "Ukraine's defence ministry",
      asOf: '2022-01-09',
    });
    expect(claim('ukraine-border-buildup', 'Over 100,000')).toMatchObject({ number: [100_000, null] });
    // The verdict is the same as over the seeds alone: 100,000 against "hundreds of thousands".
    expect(troops?.verdict).toBe('differ');
  });

  it('gives "At least 164 … killed nationwide" to the country its paragraph is about, dated by its weekday', () => {
    expect(claim('kazakhstan', 'At least 164')).toMatchObject({
      modality: 'attributed',
      attributedTo: 'the health ministry',
      asOf: '2022-01-09',
    });
  });
});

describe('a projection never enters a verdict', () => {
  const source = { outlet: 'Ledger', title: 'T', author: null, date: null };
  const stated = (value: number, modality: StatedFigure['modality']): StatedFigure => ({
    kind: 'troops',
    figure: { number: value, start: 0, end: 1, text: String(value) },
    article: 'a',
    paragraph: 0,
    start: 0,
    end: 1,
    quote: `${value} troops`,
    asOf: '2022-01-10',
    source,
    named: ['veska'],
    fromParagraph: false,
    about: ['veska'],
    modality,
    attributedTo: null,
  });
  const verdict = (figures: StatedFigure[]) =>
    resolveAllFacts([{ id: 'veska', facts: [] }], [], figures).facts.get('veska')?.[0]?.verdict;

  it('100,000 beside a projected 175,000 stays single; two counts that cannot both be true differ', () => {
    expect(verdict([stated(100_000, 'reported'), stated(175_000, 'projected')])).toBe('single');
    expect(verdict([stated(100_000, 'reported'), stated(175_000, 'attributed')])).toBe('differ');
  });
});
