import { describe, expect, it } from 'vitest';
import { buildAliasIndex, rankExcerpts } from '../../src/pipeline/text/match.ts';
import { segmentArticle } from '../../src/pipeline/text/segment.ts';
import type { Article } from '../../src/contract/article.ts';

const features = [
  { id: 'almaty', aliases: ['Almaty'], weakAliases: [] },
  { id: 'russia', aliases: ['Russia'], weakAliases: ['Moscow'] },
  { id: 'ukraine', aliases: ['Ukraine'], weakAliases: [] },
  { id: 'geneva', aliases: ['Geneva'], weakAliases: [] },
];

function article(id: string, ...texts: string[]): Article {
  return {
    id,
    file: `seeds/${id}.txt`,
    meta: { outlet: id, title: null, author: null, date: null, dateText: null },
    metaFrom: { outlet: 'test', title: null, author: null, date: null },
    paragraphs: segmentArticle(
      id,
      texts.map((text, index) => ({ line: index + 1, section: 'body', text })),
      { outlet: id, title: null, author: null, date: null },
    ),
    dropped: [],
  };
}

describe('rankExcerpts', () => {
  it('ranks a paragraph about a feature above one that merely lists it', () => {
    const excerpts = rankExcerpts(
      [
        article(
          'a',
          'Russia, Ukraine, Geneva and Almaty were all in the news.',
          'Almaty burned; in Almaty, police fired on crowds as Almaty airport fell.',
        ),
      ],
      buildAliasIndex(features),
    );
    expect(excerpts.get('almaty')?.map((excerpt) => excerpt.paragraph)).toEqual([1, 0]);
  });

  it('marks the exact words that matched', () => {
    const excerpts = rankExcerpts([article('a', 'Talks in Geneva opened.')], buildAliasIndex(features));
    const [excerpt] = excerpts.get('geneva') ?? [];
    expect(excerpt?.marks).toEqual([{ start: 9, end: 15, alias: 'Geneva' }]);
    expect(excerpt?.text.slice(9, 15)).toBe('Geneva');
  });

  it('counts a loose reference (a weak alias) for less than a name', () => {
    const excerpts = rankExcerpts(
      [article('a', 'Moscow decided that.', 'Russia decided that.')],
      buildAliasIndex(features),
    );
    expect(excerpts.get('russia')?.map((excerpt) => excerpt.paragraph)).toEqual([1, 0]);
  });

  it('shows a quote that two outlets carry once, with both sources', () => {
    const quote =
      'The crisis in Almaty fuses geopolitical issues across Eurasia from Moscow to the border of Ukraine';
    const excerpts = rankExcerpts(
      [article('first', `${quote}, he wrote.`), article('second', `“${quote},” argues an analyst.`)],
      buildAliasIndex(features),
    );
    const almaty = excerpts.get('almaty') ?? [];
    expect(almaty).toHaveLength(1);
    expect(almaty[0]?.alsoIn).toEqual([
      { article: almaty[0]?.article === 'first' ? 'second' : 'first', paragraph: 0 },
    ]);
  });

  it('keeps a paragraph that shares a quote but also says more, noting where else the quote stands', () => {
    const quote = 'The crisis in Almaty fuses geopolitical issues across Eurasia from the west to the east';
    const excerpts = rankExcerpts(
      [
        article('first', `${quote}. In Almaty, Almaty police fired on crowds.`),
        article('second', `${quote}. Separately, Almaty police said more.`),
      ],
      buildAliasIndex(features),
    );
    const almaty = excerpts.get('almaty') ?? [];
    expect(almaty.map((excerpt) => excerpt.article).sort()).toEqual(['first', 'second']);
    expect(almaty.every((excerpt) => excerpt.alsoIn.length === 1)).toBe(true);
  });
});
