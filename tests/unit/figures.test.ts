import { describe, expect, it } from 'vitest';
import { findFigures, parseFigure } from '../../src/pipeline/text/figures/parse-figure.ts';
import { compareDates, verdictOf } from '../../src/contract/verdict.ts';
import { claimDate } from '../../src/pipeline/text/figures/as-of.ts';
import { assignFigure, findStatedFigures, kindOf } from '../../src/pipeline/text/figures/text-figures.ts';
import { buildAliasIndex } from '../../src/pipeline/text/match/alias-index.ts';
import type { Article } from '../../src/contract/article.ts';
import { articleOf } from './text-articles.ts';

describe('parseFigure', () => {
  it.each([
    ['fourteen thousand', 14_000],
    ['one hundred thousand', 100_000],
    ['2,500', 2_500],
    ['an initial 2,500', 2_500],
    ['twenty-five', 25],
    ['more than 13,000', [13_000, null]],
    ['at least 18', [18, null]],
    ['up to 400', [0, 400]],
    ['nearly 3,000', [2_700, 3_000]],
    ['some 100,000', [90_000, 110_000]],
    ['about 2,500', [2_250, 2_750]],
    ['approximately one hundred thousand', [90_000, 110_000]],
    ['hundreds of thousands', [200_000, null]],
    ['tens of thousands', [20_000, 99_999]],
    ['dozens', [24, 99]],
    ['a dozen', 12],
    ['1.5 million', 1_500_000],
  ])('"%s" is %j', (text, expected) => {
    expect(parseFigure(text)).toEqual(expected);
  });

  it('states no figure for an ordinal or plain words', () => {
    expect(parseFigure('the 3rd Guards Brigade')).toBeNull();
    expect(parseFigure('near the border')).toBeNull();
  });

  it('keeps the span of each figure, qualifier included', () => {
    const text = 'Officials counted more than 300 arrests and nearly 40 injuries.';
    expect(findFigures(text).map((figure) => text.slice(figure.start, figure.end))).toEqual([
      'more than 300',
      'nearly 40',
    ]);
  });
});

describe('kindOf', () => {
  const kind = (sentence: string) => kindOf(sentence, findFigures(sentence)[0]!);
  it('tells troops and the dead from other counts', () => {
    expect(kind('The alliance moved 4,000 combat-ready troops north.')).toBe('troops');
    expect(kind('Dozens of soldiers crossed.')).toBe('troops');
    expect(kind('The fighting has killed more than 900 people.')).toBe('killed');
    expect(kind('Scores have been reported dead after the storm.')).toBe('killed');
    expect(kind('Eleven thousand Veskan fatalities so far.')).toBe('killed');
    expect(kind('Hundreds of people protested in the square.')).toBeNull();
    expect(kind('The clashes caused dozens of civilian deaths.')).toBeNull();
    expect(kind('Seven police officers were injured.')).toBeNull();
  });
});

describe('verdictOf', () => {
  it('agrees when the ranges overlap', () => {
    expect(
      verdictOf([
        { number: [13_000, null], asOf: null },
        { number: 14_000, asOf: '--01-06' },
      ]),
    ).toBe('agree');
  });
  it('calls disjoint figures at different dates a change, not a disagreement', () => {
    expect(
      verdictOf([
        { number: [24, 99], asOf: '--01-06' },
        { number: [148, 180], asOf: '--01-10' },
      ]),
    ).toBe('changed');
  });
  it('calls disjoint figures at the same or an unknown time a difference', () => {
    expect(
      verdictOf([
        { number: [90_000, 110_000], asOf: null },
        { number: [200_000, null], asOf: null },
      ]),
    ).toBe('differ');
    expect(
      verdictOf([
        { number: 10, asOf: '2022-01-06' },
        { number: 50, asOf: '2022-01-06' },
      ]),
    ).toBe('differ');
  });
  it('is single with fewer than two figures', () => {
    expect(verdictOf([{ number: 5, asOf: null }])).toBe('single');
    expect(
      verdictOf([
        { number: null, asOf: null },
        { number: 5, asOf: null },
      ]),
    ).toBe('single');
  });
  it('orders dates without a year by month and day', () => {
    expect(compareDates('--01-06', '2022-01-10')).toBeLessThan(0);
    expect(compareDates('2022-01-10', '2022-01-10')).toBe(0);
  });
});

describe('claimDate', () => {
  const article = (date: string | null, ...texts: string[]): Article =>
    articleOf('a', texts, { outlet: 'Ledger', title: 'T', date, dateText: date });
  const dateOf = (item: Article, paragraph: number, words: string) => {
    const target = item.paragraphs[paragraph]!;
    const start = target.text.indexOf(words);
    return claimDate(item, target, start, start + words.length);
  };

  it('takes the day the sentence states, with the year when it is stated', () => {
    expect(dateOf(article(null, 'By March 3 the toll was 40 dead.'), 0, '40 dead')).toBe('--03-03');
    expect(dateOf(article('2023-03-09', 'By March 3 the toll was 40 dead.'), 0, '40 dead')).toBe(
      '2023-03-03',
    );
  });
  it('counts a weekday back from the article date', () => {
    // 9 March 2023 was a Thursday; the Monday before it was 6 March.
    expect(dateOf(article('2023-03-09', 'As of Monday, 40 were dead.'), 0, '40 were dead')).toBe(
      '2023-03-06',
    );
  });
  it("falls back to the article's date, then to the day the narration before it states", () => {
    expect(dateOf(article('2023-03-09', 'The toll was 40 dead.'), 0, '40 dead')).toBe('2023-03-09');
    expect(
      dateOf(
        article(null, 'Leaders met by video on March 12.', 'The leader then said 70 had died.'),
        1,
        '70 had died',
      ),
    ).toBe('--03-12');
    expect(dateOf(article(null, 'The toll was 40 dead.'), 0, '40 dead')).toBeNull();
  });
  it('resolves "on Sunday" against the page date, and leaves it unknown without one', () => {
    // Monday 10 January 2022.
    expect(
      dateOf(article('2022-01-10', 'At least 164 died, officials said on Sunday.'), 0, 'At least 164'),
    ).toBe('2022-01-09');
    expect(
      dateOf(
        article(null, 'Leaders met on January 10.', 'At least 164 died, officials said on Sunday.'),
        1,
        '164',
      ),
    ).toBeNull();
  });
  it('never takes a relative word ("now") for a date', () => {
    expect(dateOf(article(null, 'The force is about 900 strong for now.'), 0, 'about 900')).toBeNull();
  });
});

describe('figures found in the text', () => {
  const features = [
    { id: 'veska', aliases: ['Veska'], weakAliases: [] },
    { id: 'orlan', aliases: ['Orlan'], weakAliases: [] },
  ];
  const article = (...texts: string[]): Article => articleOf('a', texts, { outlet: 'Ledger', title: 'T' });

  /** Every article's stated figures, each given to its feature (as the reduce does). */
  const textFigures = (
    articles: readonly Article[],
    index: ReturnType<typeof buildAliasIndex>,
    factKinds: ReadonlyMap<string, ReadonlySet<'troops' | 'killed'>>,
  ) =>
    articles.flatMap((one) => findStatedFigures(one, index).map((stated) => assignFigure(stated, factKinds)));

  it('gives a count to the feature its sentence names, preferring one with a fact of that kind', () => {
    const index = buildAliasIndex(features);
    const found = textFigures(
      [article('Orlan sent 3,000 troops to Veska on Monday.')],
      index,
      new Map([['veska', new Set<'troops' | 'killed'>(['troops'])]]),
    );
    expect(found.map((item) => [item.featureId, item.kind, item.figure.text])).toEqual([
      ['veska', 'troops', '3,000'],
    ]);
  });

  it("finds an article's figures as plain data, the features its sentence names nearest first", () => {
    const index = buildAliasIndex(features);
    const [found, ...rest] = findStatedFigures(
      article('Veska said Orlan sent 3,000 troops on Monday.'),
      index,
    );
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      kind: 'troops',
      article: 'a',
      paragraph: 0,
      quote: 'Veska said Orlan sent 3,000 troops on Monday.',
      named: ['orlan', 'veska'],
    });
    // What crosses from a pool thread or the cache is the same value.
    expect(structuredClone(found)).toEqual(found);
    expect(assignFigure(found!, new Map()).featureId).toBe('orlan');
    expect(assignFigure(found!, new Map([['veska', new Set(['troops'] as const)]])).featureId).toBe('veska');
    expect(assignFigure(found!, new Map([['veska', new Set(['killed'] as const)]])).featureId).toBe('orlan');
  });

  it('gives a figure in a sentence that names no place to the feature its paragraph is about', () => {
    const index = buildAliasIndex(features);
    const found = textFigures(
      [
        article(
          'Unrest spread across Veska in 2022. At least 164 people were killed nationwide, officials said.',
        ),
      ],
      index,
      new Map(),
    );
    expect(
      found.map((item) => [item.featureId, item.figure.text, item.fromParagraph, item.modality]),
    ).toEqual([['veska', 'At least 164', true, 'attributed']]);
    expect(found[0]?.attributedTo).toBe('officials');
  });

  it('carries how the sentence states its figure', () => {
    const index = buildAliasIndex(features);
    const found = textFigures(
      [article('The buildup near Orlan could eventually reach 175,000 troops.')],
      index,
      new Map(),
    );
    expect(found.map((item) => [item.featureId, item.modality])).toEqual([['orlan', 'projected']]);
  });

  it('gives nothing for a sentence about another place or an earlier year', () => {
    const index = buildAliasIndex(features);
    expect(
      textFigures([article('Veska mourned in 2022. Clashes in Tarsk killed 40 people.')], index, new Map()),
    ).toEqual([]);
  });

  it('gives nothing for a sentence that names no feature and speaks of an earlier year', () => {
    const index = buildAliasIndex(features);
    const found = textFigures(
      [article('Veska mourned in 2022. Its 2008 war elsewhere caused hundreds of deaths.')],
      index,
      new Map(),
    );
    expect(found).toEqual([]);
  });
});
