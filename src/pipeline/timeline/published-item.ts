import type { Article } from '../../contract/article.ts';
import type { TimelineItem } from '../../contract/timeline.ts';
import { statedDays } from '../text/figures/stated-dates.ts';
import type { ReferenceDay } from './reference-day.ts';

/**
 * An article's publication as a timeline item: its stated date (its metadata, else the date notice on
 * its page, whose year may be the corpus's and then inferred). None when the article states no date.
 */
export function publishedItem(
  article: Article,
  reference: ReferenceDay,
  year: string | null,
): TimelineItem | null {
  const date = reference.date;
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const notice =
    article.meta.date === date && article.meta.dateText
      ? article.meta.dateText
      : article.dropped
          .flatMap((line) => statedDays(line.text, { date: null, year }))
          .find((day) => day.date === date)?.dateText;
  return {
    date,
    dateText: notice ?? date,
    inferred: reference.inferred,
    kind: 'published',
    text: article.meta.title ?? article.id,
    article: article.id,
    source: {
      outlet: article.meta.outlet,
      title: article.meta.title,
      author: article.meta.author,
      date: article.meta.date,
    },
  };
}
