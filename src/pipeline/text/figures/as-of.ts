import { namesRelativeDay, statedDays } from './stated-dates.ts';
import type { Article, Paragraph } from '../../../contract/article.ts';
import { compareDates } from '../../../contract/verdict.ts';

/**
 * The date a claim speaks of. Dates are `YYYY-MM-DD` when the year is stated (by the claim or by the
 * article's date), else `--MM-DD` (ISO 8601 without a year): a year the text does not state is not
 * guessed. In order:
 *  1. a day the claim's sentence states ("on January 10", "(6 January)"), the latest if several;
 *  2. a weekday the sentence states ("As of Thursday", "on Sunday"), counted from the article's full
 *     date (see statedDays: back, or ahead when its clause schedules it), else the article's date;
 *  3. the article's date (its metadata, else the update or publication notice on its page);
 *  4. unless the sentence names a day only the article's date could place ("on Sunday"), the day
 *     the narration before it states, in the same or the previous paragraph ("Putin then claimed…"
 *     after "a January 10 videoconference");
 *  5. null.
 */
export function claimDate(article: Article, paragraph: Paragraph, start: number, end: number): string | null {
  const articleDate = dateOfArticle(article);
  const sentence =
    paragraph.sentences.find((candidate) => candidate.start <= start && end <= candidate.end) ??
    paragraph.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  const sentenceText = sentence ? paragraph.text.slice(sentence.start, sentence.end) : paragraph.text;
  const stated = statedDays(sentenceText, { date: articleDate }).map((day) => day.date);
  if (stated.length > 0) return stated.sort(compareDates).at(-1)!;
  if (articleDate !== null) return articleDate;
  // "on Sunday" with no date to count from: unknown, not the day narrated before it.
  if (namesRelativeDay(sentenceText)) return null;
  return narratedBefore(article, paragraph, sentence?.start ?? start);
}

/** The article's own date: its metadata, else a date notice on its page ("This post was updated on …"). */
export function dateOfArticle(article: Article): string | null {
  const candidates = [
    article.meta.date,
    ...article.dropped
      .filter((line) => /updat|publish|posted|date|time ?stamp/i.test(line.reason))
      .map((line) => line.text),
  ];
  for (const text of candidates) {
    if (!text) continue;
    const isoDay = /^\d{4}-\d{2}-\d{2}$/.exec(text);
    if (isoDay) return text;
    const [day] = statedDays(text);
    if (day) return day.date;
  }
  return null;
}

function narratedBefore(article: Article, paragraph: Paragraph, before: number): string | null {
  const previous = article.paragraphs.find((candidate) => candidate.index === paragraph.index - 1);
  const texts = [
    paragraph.text.slice(0, before),
    ...(previous && previous.section === paragraph.section ? [previous.text] : []),
  ];
  for (const text of texts) {
    const days = statedDays(text).map((day) => day.date);
    if (days.length > 0) return days.sort(compareDates).at(-1)!;
  }
  return null;
}
