import { describe, expect, it } from 'vitest';
import { buildAliasIndex, type MatchableFeature } from '../../src/pipeline/text/match/alias-index.ts';
import { keyParagraphs, rankMatches } from '../../src/pipeline/text/match/rank-corpus.ts';
import { matchArticle } from '../../src/pipeline/text/match/score-article.ts';
import {
  featuresEachParagraphIsAbout,
  featuresParagraphIsAbout,
} from '../../src/pipeline/text/match/paragraph-about.ts';
import { leansOnPrevious } from '../../src/pipeline/text/match/references.ts';
import { article, rankedWith } from './text-articles.ts';

// Invented places: nothing here is tuned on the seeds.
const COUNTRY = ['the country', 'the nation', 'the former Harbour republic'];
const features: MatchableFeature[] = [
  {
    id: 'velmora',
    aliases: ['Velmora'],
    weakAliases: [],
    demonyms: ['Velmorans', 'Velmoran'],
    epithets: COUNTRY,
  },
  {
    id: 'dravia',
    aliases: ['Dravia'],
    weakAliases: [],
    demonyms: ['Dravians'],
    epithets: [...COUNTRY, 'the lake nation'],
  },
  { id: 'kessel', aliases: ['Kessel'], weakAliases: [], epithets: ['the city'], within: ['velmora'] },
  { id: 'ninth-army', aliases: ['9th Army', 'Ninth Army'], weakAliases: [] },
  { id: 'pact', aliases: ['Harbour Pact'], weakAliases: [], epithets: ['the bloc'] },
];
const index = buildAliasIndex(features);

const ranked = rankedWith(index);
const where = (list: ReturnType<typeof ranked>) =>
  list.map((excerpt) => `${excerpt.article}#${excerpt.paragraph}`);

describe('references without a name', () => {
  it('finds a demonym ("gives us Velmorans some breathing space") below a paragraph that names the place', () => {
    const list = ranked(
      [
        article(
          'a',
          'Talks in Velmora opened.',
          '“It gives us Velmorans some breathing space,” the minister said.',
        ),
      ],
      'velmora',
    );
    expect(where(list)).toEqual(['a#0', 'a#1']);
    expect(list[1]!.marks).toEqual([{ start: 13, end: 22, alias: 'Velmorans', reference: 'demonym' }]);
  });

  it('resolves an epithet to the feature it may stand for that was named last', () => {
    const text = 'Troops from Velmora crossed into Dravia. They entered the country at dawn.';
    const a = article('a', text);
    expect(ranked([a], 'dravia')[0]!.marks.map((mark) => [mark.alias, mark.reference])).toEqual([
      ['Dravia', undefined],
      ['the country', 'epithet'],
    ]);
    expect(ranked([a], 'velmora')[0]!.marks.map((mark) => mark.alias)).toEqual(['Velmora']);
  });

  it('reaches back a short way within one article, never into another article, a caption or a related story', () => {
    const far = article(
      'far',
      'Velmora voted.',
      'Markets rose.',
      'Rain fell.',
      'Ships sailed.',
      'The country was calm.',
    );
    expect(where(ranked([far], 'velmora'))).toEqual(['far#0']);
    const near = article('near', 'Velmora voted.', 'Markets rose.', 'The country was calm.');
    expect(where(ranked([near], 'velmora'))).toEqual(['near#0', 'near#2']);
    const others = [
      article('one', 'Velmora voted.'),
      article(
        'two',
        'The country was calm.',
        ['caption', 'A street in the country.'],
        ['related', 'The nation slept.'],
      ),
    ];
    expect(where(ranked(others, 'velmora'))).toEqual(['one#0']);
  });

  it('does not read an epithet inside another name, and an epithet only for the features it may stand for', () => {
    const list = ranked(
      [article('a', 'Kessel burned. The city was dark, and the lake nation watched.')],
      'kessel',
    );
    expect(list[0]!.marks.map((mark) => mark.alias)).toEqual(['Kessel', 'the city']);
    // "the lake nation" may stand only for Dravia, which this text has not named.
    expect(
      ranked([article('a', 'Kessel burned. The city was dark, and the lake nation watched.')], 'dravia'),
    ).toEqual([]);
  });

  it('scores a paragraph that only refers to a feature below one that names it, even when it refers often', () => {
    const list = ranked(
      [article('a', 'Dravia held a vote.', 'The country voted, the nation waited, the country slept.')],
      'dravia',
    );
    expect(where(list)).toEqual(['a#0', 'a#1']);
    expect(list[1]!.score).toBeLessThan(list[0]!.score);
  });

  it('gives a paragraph opening on a pronoun and naming nothing to what the paragraph before was about', () => {
    const list = ranked(
      [article('a', 'Kessel burned overnight.', 'It was the worst fire in years.')],
      'kessel',
    );
    expect(where(list)).toEqual(['a#0', 'a#1']);
    expect(list[1]!.marks).toEqual([{ start: 0, end: 2, alias: 'It', reference: 'pronoun' }]);
    // "It is fair to say" stands for nothing before.
    expect(
      where(ranked([article('b', 'Kessel burned.', 'It is fair to say that rain came.')], 'kessel')),
    ).toEqual(['b#0']);
  });
});

describe('a paragraph the next one leans on is its context', () => {
  const texts = [
    'Velmora held elections.',
    'Some forces that would normally guard the capital are now stationed far away, officials said.',
    'Portions of the 9th Army, for instance, are near Dravia, Velmora and Kessel.',
  ];

  it('pulls it in beside the paragraph that leans on it, marked as context, with no marks', () => {
    const list = ranked([article('a', ...texts)], 'ninth-army');
    expect(where(list)).toEqual(['a#2', 'a#1']);
    expect(list[1]!.contextFor).toBe(list[0]!.id);
    expect(list[1]!.marks).toEqual([]);
    expect(list[0]!.contextFor).toBeUndefined();
  });

  it('only for what the leaning paragraph is about, and only one paragraph back', () => {
    expect(
      ranked([article('a', ...texts)], 'dravia').every((excerpt) => excerpt.contextFor === undefined),
    ).toBe(true);
    expect(where(ranked([article('a', ...texts)], 'ninth-army'))).not.toContain('a#0');
  });

  it('knows the words that lean ("For instance", "That …", "Yes, but:") from those that do not', () => {
    expect(leansOnPrevious('That marks a new identity for the bloc.', true)).toBe(true);
    expect(leansOnPrevious('Yes, but: the deployment may succeed.', true)).toBe(true);
    expect(leansOnPrevious('But any reprieve is welcome.', false)).toBe(true);
    expect(leansOnPrevious('But the unrest in Dravia grew.', true)).toBe(false);
    expect(leansOnPrevious("It's fair to say the vote was calm.", false)).toBe(false);
    expect(leansOnPrevious('Ships sailed at dawn.', false)).toBe(false);
  });
});

describe('which features a paragraph is about', () => {
  const a = article(
    'a',
    'Velmora, Dravia, Kessel and the Harbour Pact were all in the news.',
    'The Harbour Pact met in Kessel, and the bloc agreed to send the 9th Army.',
    'Dravia voted. The nation was calm.',
    'It was the first vote in years.',
  );

  it('is none of a list, the features named with most weight, or what a pronoun stands for', () => {
    expect(featuresEachParagraphIsAbout(matchArticle(a, index))).toEqual(
      new Map([
        [1, ['pact', 'ninth-army']],
        [2, ['dravia']],
        [3, ['dravia']],
      ]),
    );
    expect(featuresParagraphIsAbout(a, 3, index)).toEqual(['dravia']);
    expect(featuresParagraphIsAbout(a, 0, index)).toEqual([]);
  });

  it('by reference when a paragraph names none', () => {
    const b = article('b', 'Dravia voted.', 'Rain fell.', 'The lake nation counted its ballots.');
    expect(featuresParagraphIsAbout(b, 2, index)).toEqual(['dravia']);
  });
});

describe('ranking an editor agrees with', () => {
  it('puts own prose that names a feature above a caption that names it, whatever their scores', () => {
    const list = ranked(
      [article('a', ['caption', 'Kessel: crowds in Kessel, near Kessel harbour.'], 'Rain fell in Kessel.')],
      'kessel',
    );
    expect(list.map((excerpt) => excerpt.section)).toEqual(['body', 'caption']);
    expect(list[1]!.score).toBeGreaterThan(list[0]!.score);
  });

  it("leads with an article's lede (its first paragraph of prose) for the features it is about", () => {
    const list = ranked(
      [article('a', 'Dravia voted on Sunday.', 'Later, Dravia, Dravia and Dravia again: Dravia counted.')],
      'dravia',
    );
    expect(where(list)).toEqual(['a#0', 'a#1']);
    expect(list[1]!.score).toBeGreaterThan(list[0]!.score);
  });

  it("leads with the paragraph a feature's fact quotes, and with it for the same layer's features the quote names", () => {
    const articles = [
      article(
        'a',
        'Markets rose.',
        'The Harbour Pact met again and again; the Harbour Pact, the Harbour Pact.',
        'About 900 soldiers from Velmora and Dravia joined the Harbour Pact force.',
      ),
    ];
    const keys = keyParagraphs(
      [
        {
          id: 'pact',
          layers: ['alliance'],
          facts: [{ claims: [{ article: 'a', quote: 'About 900 soldiers from Velmora and Dravia' }] }],
        },
        { id: 'velmora', layers: ['alliance'], facts: [] },
        { id: 'dravia', layers: ['elsewhere'], facts: [] },
      ],
      articles,
      index,
    );
    expect(keys).toEqual(
      new Map([
        ['pact', new Set(['a#p2'])],
        ['velmora', new Set(['a#p2'])],
      ]),
    );
    const lists = rankMatches(articles, [matchArticle(articles[0]!, index)], keys);
    expect(where(lists.get('pact')!)).toEqual(['a#2', 'a#1']);
  });
});
