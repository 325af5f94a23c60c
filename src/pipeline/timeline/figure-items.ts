import type { Article } from '../../contract/article.ts';
import type { ResolvedFact } from '../../contract/dataset.ts';
import type { TimelineItem, UndatedItem } from '../../contract/timeline.ts';
import { statedDays } from '../text/figures/stated-dates.ts';
import { cleanDateText } from './event-items.ts';
import type { ReferenceDay } from './reference-day.ts';

/** An article, the day its weekdays are read against, and that day as its page states it. */
export interface ArticleDates {
  article: Article;
  reference: ReferenceDay;
  /** The reference day's words ("January 6", "Saturday, January 8th, 2022"), or null. */
  referenceText: string | null;
}

/**
 * Each fact claim at the date it speaks of (its `asOf`, from the figures' resolution): a yearless
 * `--MM-DD` takes the corpus's year (inferred), a claim with no date is listed as undated. A claim
 * that several features share is one item, under the first feature (by id).
 */
export function figureItems(
  factsByFeature: ReadonlyArray<readonly [string, readonly ResolvedFact[]]>,
  articles: ReadonlyMap<string, ArticleDates>,
  year: string | null,
): { items: TimelineItem[]; undated: UndatedItem[] } {
  const items: TimelineItem[] = [];
  const undated: UndatedItem[] = [];
  const seen = new Set<string>();
  for (const [feature, facts] of factsByFeature)
    for (const fact of facts)
      for (const claim of fact.claims) {
        const key = `${claim.article}#${claim.paragraph}:${claim.start}-${claim.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const at = { article: claim.article, paragraph: claim.paragraph, feature };
        const asOf = claim.asOf;
        const date = asOf?.startsWith('--') && year !== null ? `${year}${asOf.slice(1)}` : asOf;
        if (date === null || date === undefined || date.startsWith('--')) {
          undated.push({
            kind: 'figure',
            dateText: asOf ?? null,
            text: claim.quote,
            reason: asOf
              ? 'no year is stated or inferable'
              : 'neither the claim nor its article states a date',
            ...at,
          });
          continue;
        }
        const dates = articles.get(claim.article);
        // The words that state the claim's day: in its paragraph or the one before (the narration
        // the figures' resolution reads too), else the article's own date.
        const nearby = (dates?.article.paragraphs ?? []).filter(
          (candidate) => candidate.index === claim.paragraph || candidate.index === claim.paragraph - 1,
        );
        const stated = nearby
          .flatMap((candidate) => statedDays(candidate.text, { date: dates?.reference.date ?? null, year }))
          .find((day) => day.date === date);
        const ofArticle = dates?.reference.date === date;
        items.push({
          date,
          dateText:
            (stated ? cleanDateText(stated.dateText) : null) ??
            (ofArticle ? (dates?.referenceText ?? date) : date),
          inferred: stated ? stated.inferred : !(ofArticle && !dates?.reference.inferred),
          kind: 'figure',
          text: claim.quote,
          ...at,
          source: claim.source,
        });
      }
  return { items, undated };
}
