import type { Article } from '../../contract/article.ts';
import { dateOfArticle } from '../text/figures/as-of.ts';

/** The day an article's weekdays and yearless days are read against, and whether its year was inferred. */
export interface ReferenceDay {
  /** `YYYY-MM-DD`, `--MM-DD` (no year stated or inferable) or null (no date stated). */
  date: string | null;
  inferred: boolean;
}

/**
 * An article's own date: its stated date, else the update or publication notice on its page ("This
 * post was updated on January 6"); a notice without a year takes the corpus's year, marked inferred.
 */
export function referenceDay(article: Article, year: string | null): ReferenceDay {
  const date = dateOfArticle(article);
  if (date !== null && date.startsWith('--') && year !== null)
    return { date: `${year}${date.slice(1)}`, inferred: true };
  return { date, inferred: false };
}
