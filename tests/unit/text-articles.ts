import type { Article, ArticleMeta, Excerpt, Section } from '../../src/contract/article.ts';
import type { AliasIndex } from '../../src/pipeline/text/match/alias-index.ts';
import { rankExcerpts } from '../../src/pipeline/text/match/rank-corpus.ts';
import { segmentArticle } from '../../src/pipeline/text/page/segment.ts';

/** A paragraph of a hand-made article: body text, or `[section, text]`. */
export type TextBlock = string | [Section, string];

/**
 * A hand-made article, segmented as the pipeline segments it: one paragraph a block. Its outlet is
 * "<id> News" and its title "<id> story", undated, unless `meta` says otherwise.
 */
export function articleOf(
  id: string,
  blocks: readonly TextBlock[],
  meta: Partial<ArticleMeta> = {},
): Article {
  const full: ArticleMeta = {
    outlet: `${id} News`,
    title: `${id} story`,
    author: null,
    date: null,
    dateText: null,
    ...meta,
  };
  return {
    id,
    file: `seeds/${id}.txt`,
    meta: full,
    metaFrom: { outlet: 'test', title: 'test', author: null, date: full.date && 'test' },
    paragraphs: segmentArticle(
      id,
      blocks.map((block, line) =>
        typeof block === 'string'
          ? { line, section: 'body', text: block }
          : { line, section: block[0], text: block[1] },
      ),
      full,
    ),
    dropped: [],
  };
}

/** `articleOf` with its blocks as arguments: `article('a', 'First paragraph.', ['caption', 'A caption.'])`. */
export const article = (id: string, ...blocks: TextBlock[]): Article => articleOf(id, blocks);

/** The ranked excerpts of one feature over hand-made articles. */
export const rankedWith =
  (index: AliasIndex) =>
  (articles: Article[], featureId: string): Excerpt[] =>
    rankExcerpts(articles, index).get(featureId) ?? [];
