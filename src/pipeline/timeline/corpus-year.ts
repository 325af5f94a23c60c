import type { Article } from '../../contract/article.ts';

/**
 * The year of the corpus's stated dates when they all fall in one year, else null: the only year a
 * yearless day in an undated article may take (and it is then marked inferred).
 */
export function corpusYear(articles: readonly Article[]): string | null {
  const years = new Set(
    articles.flatMap((article) =>
      article.meta.date && /^\d{4}-/.test(article.meta.date) ? [article.meta.date.slice(0, 4)] : [],
    ),
  );
  return years.size === 1 ? [...years][0]! : null;
}
