import type { Article } from '../../contract/article.ts';

/** Words that may name a time: a month, a weekday, a relative day or period, a numeric date. */
const TIME_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tomorrow|week|weekend|month|year)\b|\d{1,4}[-./]\d{1,2}[-./]\d{1,4}/i;

/**
 * The part of an article the timeline reads: its metadata, the dropped lines (a date notice), and
 * only the paragraphs that name a time (indices kept). A streamed build keeps this much of each
 * article, not its whole text.
 */
export function timelineArticle(article: Article): Article {
  return {
    ...article,
    paragraphs: article.paragraphs.filter((paragraph) => TIME_WORDS.test(paragraph.text)),
  };
}
