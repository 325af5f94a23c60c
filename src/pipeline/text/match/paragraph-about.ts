import type { AliasIndex } from './alias-index.ts';
import { matchArticle, type ParagraphMatch } from './score-article.ts';
import type { Article } from '../../../contract/article.ts';

/**
 * Which feature(s) each paragraph of an article is about, named or by reference: the features it
 * names outright (not only as one of a list of three or more) with at least three quarters of the
 * strongest one's weight; when it names none, those it refers to ("the Central Asian nation", "Ukrainians", a paragraph opening on "It" after one about Kazakhstan).
 * Best first. A paragraph about nothing is absent. Context given to another paragraph does not count.
 * Pure: from the matches the per-article stage already made (`matchArticle`).
 */
export function featuresEachParagraphIsAbout(matches: readonly ParagraphMatch[]): Map<number, string[]> {
  const about = new Map<number, ParagraphMatch[]>();
  for (const match of matches) {
    if (!match.about || match.contextFor !== undefined) continue;
    about.set(match.paragraph, [...(about.get(match.paragraph) ?? []), match]);
  }
  return new Map(
    [...about].map(([paragraph, list]) => [
      paragraph,
      list
        .sort((a, b) => b.score - a.score || a.featureId.localeCompare(b.featureId))
        .map((match) => match.featureId),
    ]),
  );
}

/**
 * Which feature(s) one paragraph (by its index) is about, named or by reference; [] when none. Reads
 * the whole article, because a reference resolves to what came before it. For many paragraphs of one
 * article, call `featuresEachParagraphIsAbout(matchArticle(article, aliases))` once instead.
 */
export function featuresParagraphIsAbout(article: Article, paragraph: number, aliases: AliasIndex): string[] {
  return featuresEachParagraphIsAbout(matchArticle(article, aliases)).get(paragraph) ?? [];
}
