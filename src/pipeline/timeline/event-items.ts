import type { Article, Paragraph } from '../../contract/article.ts';
import type { TimelineItem, UndatedItem } from '../../contract/timeline.ts';
import { statedDays } from '../text/figures/stated-dates.ts';
import type { ReferenceDay } from './reference-day.ts';

/**
 * Words that speak of a time without naming a day the text states: a weekday where the article has no
 * full date to count from, "last week", "earlier this month". They are listed as undated, never resolved.
 */
const UNPLACED =
  /\b(?:(?:last|next|this|earlier this|later this|past)\s+(?:week|weekend|month|year)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?)\b/gi;

export interface ArticleEvents {
  items: TimelineItem[];
  undated: UndatedItem[];
}

/**
 * The days an article's paragraphs state, one item per day per sentence. A day is read against the
 * article's own date (a related story's: that story's date) through the figures' `statedDays`; a
 * yearless day in an undated article takes the corpus's year (inferred). A day that stays without a
 * year, a weekday with no date to count from and "last week" are listed as undated.
 */
export function eventItems(article: Article, reference: ReferenceDay, year: string | null): ArticleEvents {
  const items: TimelineItem[] = [];
  const undated: UndatedItem[] = [];
  for (const paragraph of article.paragraphs) {
    const own = paragraph.section !== 'related';
    const day = own ? reference : { date: paragraph.source.date, inferred: false };
    // The whole paragraph is read at once (a sentence split after "Jan." must not lose "13"); each
    // day is then given the sentence it stands in.
    const days = statedDays(paragraph.text, { date: day.date, year });
    const at = { article: article.id, paragraph: paragraph.index };
    for (const found of days) {
      const text = sentenceAt(paragraph, found.start, found.end);
      const dateText = cleanDateText(found.dateText);
      if (found.date.startsWith('--'))
        undated.push({
          kind: 'event',
          dateText,
          text,
          reason: 'no year is stated, and the corpus’s stated dates are not all in one year',
          ...at,
        });
      else
        items.push({
          date: found.date,
          dateText,
          inferred: found.inferred || (found.how !== 'stated' && day.inferred),
          kind: 'event',
          text,
          ...at,
          source: paragraph.source,
        });
    }
    for (const match of paragraph.text.matchAll(UNPLACED)) {
      const start = match.index;
      const end = start + match[0].length;
      if (days.some((found) => found.start < end && start < found.end)) continue;
      undated.push({
        kind: 'event',
        dateText: match[0],
        text: sentenceAt(paragraph, start, end),
        reason: /day\b/i.test(match[0])
          ? 'a weekday, and the text states no full date to count it from'
          : 'a time relative to a day the text does not state',
        ...at,
      });
    }
  }
  return { items, undated };
}

/** The words that state a day, without a leading "on" or trailing punctuation ("on Monday," → "Monday"). */
export const cleanDateText = (text: string): string =>
  text
    .trim()
    .replace(/^(?:on|as of)\s+/i, '')
    .replace(/[,;:.]+$/, '');

/**
 * The sentence that holds the words at `start`…`end`, verbatim, joined with the next one when the
 * segmenter split inside the words ("Jan." / "13."); the paragraph when it has no sentences.
 */
function sentenceAt(paragraph: Paragraph, start: number, end: number): string {
  const holding = paragraph.sentences.filter((sentence) => sentence.start < end && start < sentence.end);
  if (holding.length === 0) return paragraph.text.trim();
  return paragraph.text.slice(holding[0]!.start, holding.at(-1)!.end).trim();
}
