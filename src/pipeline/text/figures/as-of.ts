import * as chrono from 'chrono-node';
import type { Article, Paragraph } from '../../../contract/article.ts';

/**
 * The date a claim speaks of. Dates are `YYYY-MM-DD` when the year is stated (by the claim or by the
 * article's date), else `--MM-DD` (ISO 8601 without a year): a year the text does not state is not
 * guessed. In order:
 *  1. a day the claim's sentence states ("on January 10", "(6 January)"), the latest if several;
 *  2. a weekday the sentence states ("As of Thursday"), counted back from the article's full date
 *     when it has one, else the article's date itself;
 *  3. the article's date (its metadata, else the update or publication notice on its page);
 *  4. the day the narration before it states, in the same or the previous paragraph ("Putin then
 *     claimed…" after "a January 10 videoconference");
 *  5. null.
 */
export function claimDate(article: Article, paragraph: Paragraph, start: number, end: number): string | null {
  const articleDate = dateOfArticle(article);
  const sentence =
    paragraph.sentences.find((candidate) => candidate.start <= start && end <= candidate.end) ??
    paragraph.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  const sentenceText = sentence ? paragraph.text.slice(sentence.start, sentence.end) : paragraph.text;
  const stated = statedDays(sentenceText, articleDate);
  if (stated.length > 0) return stated.sort(compareDates).at(-1)!;
  const weekday = statedWeekday(sentenceText);
  if (weekday !== null && articleDate !== null) return countBack(articleDate, weekday);
  if (articleDate !== null) return articleDate;
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
    const [day] = statedDays(text, null);
    if (day) return day;
  }
  return null;
}

/** Days (month and day certain) a text states, as `YYYY-MM-DD` or `--MM-DD`. */
function statedDays(text: string, reference: string | null): string[] {
  const referenceYear = reference && /^\d{4}/.test(reference) ? reference.slice(0, 4) : null;
  return (
    chrono
      .parse(text)
      // A day the text names ("January 10", "6 January"), never a relative one ("now", "today").
      .filter(
        (result) =>
          result.start.isCertain('month') && result.start.isCertain('day') && NAMED_DAY.test(result.text),
      )
      .map((result) => {
        const month = pad(result.start.get('month')!);
        const day = pad(result.start.get('day')!);
        const year = result.start.isCertain('year') ? String(result.start.get('year')) : referenceYear;
        return year ? `${year}-${month}-${day}` : `--${month}-${day}`;
      })
  );
}

/** A weekday named alone ("Thursday"): 0 for Sunday … 6 for Saturday. */
function statedWeekday(text: string): number | null {
  for (const result of chrono.parse(text))
    if (result.start.isCertain('weekday') && !result.start.isCertain('day'))
      return result.start.get('weekday') ?? null;
  return null;
}

/** The latest `weekday` on or before `date`; a date without its year cannot be counted back. */
function countBack(date: string, weekday: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() - weekday + 7) % 7));
  return day.toISOString().slice(0, 10);
}

function narratedBefore(article: Article, paragraph: Paragraph, before: number): string | null {
  const previous = article.paragraphs.find((candidate) => candidate.index === paragraph.index - 1);
  const texts = [
    paragraph.text.slice(0, before),
    ...(previous && previous.section === paragraph.section ? [previous.text] : []),
  ];
  for (const text of texts) {
    const days = statedDays(text, null);
    if (days.length > 0) return days.sort(compareDates).at(-1)!;
  }
  return null;
}

const NAMED_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\b/i;

const pad = (value: number) => String(value).padStart(2, '0');

/** Orders two claim dates; without a year on either side, by month and day. */
export function compareDates(left: string, right: string): number {
  if (left.startsWith('--') || right.startsWith('--')) return left.slice(-5).localeCompare(right.slice(-5));
  return left.localeCompare(right);
}
