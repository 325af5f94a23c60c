import { describe, expect, it } from 'vitest';
import { buildAliasIndex, type MatchableFeature } from '../../src/pipeline/text/match/alias-index.ts';
import { article, rankedWith } from './text-articles.ts';

const features: MatchableFeature[] = [
  { id: 'velmora', aliases: ['Velmora', "Velmora's"], weakAliases: [] },
  {
    id: 'port-astel',
    aliases: ['Port Astel', "Velmora's largest port"],
    weakAliases: [],
    within: ['velmora'],
  },
  { id: 'dravia', aliases: ['Dravia'], weakAliases: ['Dravian'] },
  {
    id: 'kessel',
    aliases: ['Kessel'],
    weakAliases: [],
    incidentalAliases: ['Kessel talks', 'Kessel accords'],
  },
  { id: 'border-camps', aliases: ["Velmora's border"], weakAliases: [] },
  { id: 'harbor-league', aliases: ['Harbour League for Trade and Maritime Cooperation'], weakAliases: [] },
];
const index = buildAliasIndex(features);

const ranked = rankedWith(index);

describe('ranking', () => {
  it('ranks a paragraph about a feature above one that merely lists it', () => {
    const list = ranked(
      [
        article(
          'a',
          'Velmora, Dravia, Kessel and Port Astel were all in the news.',
          'Port Astel burned; in Port Astel, police fired on crowds as Port Astel harbour fell.',
        ),
      ],
      'port-astel',
    );
    expect(list.map((excerpt) => excerpt.paragraph)).toEqual([1, 0]);
  });

  it('marks the exact words that matched', () => {
    const [excerpt] = ranked([article('a', 'Talks in Kessel opened.')], 'kessel');
    expect(excerpt?.marks).toEqual([{ start: 9, end: 15, alias: 'Kessel' }]);
  });

  it("ranks the article's own text above a related story, whatever their scores", () => {
    const list = ranked(
      [
        article('host', 'Troops moved through Port Astel overnight.', [
          'related',
          'PORT ASTEL (Wirewire) - In Port Astel, Port Astel police said Port Astel was calm.',
        ]),
      ],
      'port-astel',
    );
    expect(list.map((excerpt) => excerpt.section)).toEqual(['body', 'related']);
    expect(list[1]!.score).toBeGreaterThan(list[0]!.score);
  });

  it('counts a mention for the feature it names and, more weakly, for the one containing it', () => {
    const texts = ["Crowds filled Velmora's largest port on Monday.", 'Velmora held elections on Monday.'];
    const port = ranked([article('a', ...texts)], 'port-astel');
    const velmora = ranked([article('a', ...texts)], 'velmora');
    expect(port.map((excerpt) => excerpt.paragraph)).toEqual([0]);
    expect(velmora.map((excerpt) => excerpt.paragraph)).toEqual([1, 0]);
    const contained = velmora.find((excerpt) => excerpt.paragraph === 0)!;
    expect(contained.marks).toEqual([
      { start: 14, end: 36, alias: "Velmora's largest port", via: 'port-astel' },
    ]);
    expect(contained.score).toBeLessThan(port[0]!.score);
  });

  it("counts a name inside another feature's longer name for both, the inner one weaker", () => {
    const list = ranked(
      [article('a', "Tanks gathered on Velmora's border.", "Velmora's parliament met.")],
      'velmora',
    );
    expect(list.map((excerpt) => excerpt.paragraph)).toEqual([1, 0]);
    expect(ranked([article('a', "Tanks gathered on Velmora's border.")], 'border-camps')).toHaveLength(1);
  });

  it('counts an incidental mention ("the Kessel talks", named after the place) for nothing', () => {
    const list = ranked(
      [article('a', 'The Kessel talks on the war stalled.', 'Kessel hosted the summit.')],
      'kessel',
    );
    expect(list.map((excerpt) => excerpt.paragraph)).toEqual([1]);
  });

  it('counts a mention in a clause about an earlier year for less', () => {
    const list = ranked(
      [
        article(
          'a',
          'Protests swept Dravia in 2009, long before the vote of 2022.',
          'Protests swept Dravia, before the vote of 2022.',
        ),
      ],
      'dravia',
    );
    expect(list.map((excerpt) => excerpt.paragraph)).toEqual([1, 0]);
  });
});

describe('corroboration', () => {
  const sentence =
    'Ministers in Velmora agreed to reopen the northern pipeline by the end of the winter season';

  it('never hides a paragraph: both outlets are listed and the sentence is marked as carried by the other', () => {
    const list = ranked(
      [article('first', `${sentence}. Dravia objected.`), article('second', `${sentence}, officials said.`)],
      'velmora',
    );
    expect(list.map((excerpt) => excerpt.article).sort()).toEqual(['first', 'second']);
    const first = list.find((excerpt) => excerpt.article === 'first')!;
    expect(first.alsoIn).toEqual([{ article: 'second', paragraph: 0 }]);
    expect(first.carried).toHaveLength(1);
    expect(first.text.slice(first.carried[0]!.start, first.carried[0]!.end)).toBe(sentence);
    expect(first.carried[0]!.by).toEqual([{ article: 'second', paragraph: 0 }]);
  });

  it('does not count a shared institution name or phrase as carrying a sentence', () => {
    const name = 'the Harbour League for Trade and Maritime Cooperation';
    const list = ranked(
      [
        article('first', `Velmora asked ${name} to send monitors after the vote.`),
        article('second', `Diplomats from Velmora met ${name} in a closed session yesterday.`),
      ],
      'velmora',
    );
    expect(list).toHaveLength(2);
    for (const excerpt of list) {
      expect(excerpt.carried).toEqual([]);
      expect(excerpt.alsoIn).toEqual([]);
    }
  });

  it('marks only the sentence the other outlet carries, not its neighbours', () => {
    const list = ranked(
      [
        article('first', `Velmora voted on Monday. ${sentence}. The opposition walked out in protest.`),
        article('second', `${sentence}. Velmora's markets rose.`),
      ],
      'velmora',
    );
    const first = list.find((excerpt) => excerpt.article === 'first')!;
    expect(first.carried.map(({ start, end }) => first.text.slice(start, end))).toEqual([sentence]);
  });

  it('accepts a near-verbatim copy (a word changed) but not a paraphrase', () => {
    const edited = sentence.replace('northern', 'north');
    const paraphrase =
      'Velmora ministers said the northern pipeline might reopen before winter ends, or perhaps later';
    const near = ranked([article('first', `${sentence}.`), article('second', `${edited}.`)], 'velmora');
    expect(near.every((excerpt) => excerpt.carried.length === 1)).toBe(true);
    const loose = ranked([article('first', `${sentence}.`), article('second', `${paraphrase}.`)], 'velmora');
    expect(loose.every((excerpt) => excerpt.carried.length === 0)).toBe(true);
  });

  it('shows a paragraph that quotes another article after its original, naming it', () => {
    const original = article('analysis', `${sentence}. That is why Velmora matters.`);
    original.paragraphs[0]!.source = {
      outlet: 'Analysis Weekly',
      title: 'A',
      author: 'Ines Marlow',
      date: null,
    };
    const quoting = article(
      'digest',
      `“${sentence},” argues Ines Marlow of Analysis Weekly, on Velmora and Velmora.`,
    );
    const list = ranked([quoting, original], 'velmora');
    expect(list.map((excerpt) => excerpt.article)).toEqual(['analysis', 'digest']);
    expect(list[1]!.quotes).toEqual({ article: 'analysis', paragraph: 0 });
    expect(list[0]!.quotes).toBeNull();
  });
});

describe('selectors', () => {
  it('gives each excerpt a TextQuoteSelector whose exact text is the paragraph', () => {
    const [excerpt] = ranked([article('a', 'Before.', 'Port Astel closed.', 'After.')], 'port-astel');
    expect(excerpt?.selector).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Port Astel closed.',
      prefix: 'Before.\n\n',
      suffix: '\n\nAfter.',
    });
  });
});
