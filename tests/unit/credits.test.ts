import { describe, expect, it } from 'vitest';
import { bordersCredit, countWords, excerptsCredit, listed } from '../../src/lib/sources/credits.ts';
import { excerptSources } from '../../src/pipeline/map-data.ts';
import { realData } from './fixtures.ts';

const meta = (outlet: string | null) => outlet;

describe('the credits line, from the data', () => {
  it("names the seeds' outlets and counts the articles that state none, as the header always said", () => {
    const { excerptSources: sources, borders } = realData().mapData;
    expect(excerptsCredit(sources)).toBe(
      'Excerpts: RFE/RL, Axios, The Daily Beast and two further articles, quoted verbatim.',
    );
    expect(bordersCredit(borders)).toBe('Borders: Natural Earth (public domain), Crimea shown as Ukraine’s');
  });

  it('follows another corpus: the outlets with most articles first, ties in seed order, the rest counted', () => {
    const articles = [
      meta('Reuters'),
      meta('AP'),
      meta(null),
      meta('AP'),
      meta('BBC'),
      meta('Le Monde'),
      meta('AP'),
      meta('BBC'),
    ];
    const sources = excerptSources(articles);
    expect(sources).toEqual({ outlets: ['AP', 'BBC', 'Reuters'], otherArticles: 2 });
    expect(excerptsCredit(sources)).toBe(
      'Excerpts: AP, BBC, Reuters and two further articles, quoted verbatim.',
    );
    expect(excerptsCredit(excerptSources(articles.slice(0, 2)))).toBe(
      'Excerpts: Reuters and AP, quoted verbatim.',
    );
    expect(excerptsCredit(excerptSources([meta('AP'), meta(null)]))).toBe(
      'Excerpts: AP and one further article, quoted verbatim.',
    );
    expect(excerptsCredit(excerptSources([meta(null), meta(null)]))).toBe(
      'Excerpts from two articles, quoted verbatim.',
    );
    expect(excerptsCredit({ outlets: ['AP'], otherArticles: 1234 })).toBe(
      'Excerpts: AP and 1,234 further articles, quoted verbatim.',
    );
  });

  it('credits Natural Earth alone when the data moves no border, and every part it moves', () => {
    expect(bordersCredit([])).toBe('Borders: Natural Earth (public domain)');
    expect(
      bordersCredit([
        { part: 'Crimea', shownIn: 'Ukraine' },
        { part: 'Northern Cyprus', shownIn: 'Cyprus' },
      ]),
    ).toBe(
      'Borders: Natural Earth (public domain), Crimea shown as Ukraine’s and Northern Cyprus shown as Cyprus’s',
    );
  });

  it('writes small counts in words and lists with "and"', () => {
    expect([0, 1, 10, 11].map(countWords)).toEqual(['no', 'one', 'ten', '11']);
    expect([[], ['A'], ['A', 'B'], ['A', 'B', 'C']].map(listed)).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });
});
