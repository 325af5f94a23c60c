import type { Article } from '../../contract/article.ts';
import type { KnownOn, TimelineItem } from '../../contract/timeline.ts';
import type { ReferenceDay } from './reference-day.ts';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day an article is known from: its stated date; else, inferred, the latest day among its page's
 * date notice and the days its own text states (body, standfirst, captions; a related story's dates
 * are another story's), since it cannot have been written before them; else null.
 */
export function knownOn(article: Article, reference: ReferenceDay, events: readonly TimelineItem[]): KnownOn {
  if (reference.date !== null && FULL_DAY.test(reference.date) && !reference.inferred)
    return { date: reference.date, inferred: false };
  const related = new Set(
    article.paragraphs.filter((paragraph) => paragraph.section === 'related').map((p) => p.index),
  );
  const days = [
    ...(reference.date !== null && FULL_DAY.test(reference.date) ? [reference.date] : []),
    ...events
      .filter((event) => event.article === article.id && !related.has(event.paragraph ?? -1))
      .map((event) => event.date),
  ].sort();
  const latest = days.at(-1);
  return latest === undefined ? { date: null, inferred: false } : { date: latest, inferred: true };
}
