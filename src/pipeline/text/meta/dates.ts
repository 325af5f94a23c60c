import * as chrono from 'chrono-node';

/**
 * Dates as a page states them. A date counts only when its day, month and year are all written in the
 * text: a relative time ("2 hours ago", "yesterday") is no date, a year that is not stated is not
 * guessed, and an all-number date that reads two ways (05.01.2022) is not resolved by guessing.
 */
export interface StatedDate {
  /** `YYYY-MM-DD`, the calendar day as written (a time zone does not move it). */
  iso: string;
  /** The words of the text that state it, verbatim. */
  text: string;
  /** Offset of `text` in the string it was found in. */
  index: number;
}

/** A reference instant far from the corpus, so that nothing the parser implies can pass for stated. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

const RELATIVE_TAG =
  /^(result\/relative|casualReference|parser\/\w*Casual|parser\/\w*Relative|parser\/\w*TimeUnit)/;
const NUMERIC_DATE = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})\b/;

/** Every full date stated in `text`, in order. */
export function findStatedDates(text: string): StatedDate[] {
  const found: StatedDate[] = [];
  for (const result of chrono.parse(text, REFERENCE)) {
    const start = result.start;
    if ([...result.tags()].some((tag) => RELATIVE_TAG.test(tag))) continue;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const numeric = NUMERIC_DATE.exec(result.text);
    if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2])
      continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    found.push({
      iso: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      text: result.text.trim(),
      index: result.index,
    });
  }
  return found;
}

/** The first full date stated in `text`, or null. */
export function parseStatedDate(text: string): StatedDate | null {
  return findStatedDates(text)[0] ?? null;
}

const RELATIVE_TIME =
  /^\W*(?:(?:posted|published|updated)\s*:?\s*)?(\d+|an?|one|two|few)\s+(sec(ond)?s?|min(ute)?s?|h(ou)?rs?|days?|weeks?|months?)\s+ago\W*$|^\W*(just now|yesterday|today|moments ago)\W*$/i;

/** "2 hours ago", "yesterday": a time relative to when the page was read, never a publication date. */
export function isRelativeTime(line: string): boolean {
  return RELATIVE_TIME.test(line.trim());
}

/** Words that may stand beside a date on a date line ("Published", "Updated:", "|", a weekday). */
const DATE_LINE_FILLER =
  /\b(published|posted|updated|last updated|first published|modified|on|at|date|time|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]{2,4}t)\b|[|·•:,\-–—()]/gi;

/**
 * A line that is a date stamp: a full date and little else. A date inside a sentence, a caption or
 * a headline is not a date stamp.
 */
export function dateStamp(line: string): (StatedDate & { updated: boolean }) | null {
  const date = parseStatedDate(line);
  if (!date) return null;
  const rest = (line.slice(0, date.index) + ' ' + line.slice(date.index + date.text.length))
    .replace(DATE_LINE_FILLER, ' ')
    .trim();
  if (rest.split(/\s+/).filter(Boolean).length > 1) return null;
  return { ...date, updated: /\b(updated|modified)\b/i.test(line) };
}
