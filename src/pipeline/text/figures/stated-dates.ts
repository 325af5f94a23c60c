import * as chrono from 'chrono-node';
import { addDays } from '../../../contract/days.ts';

/**
 * How a day was read: `stated` (the text gives day, month and year), `year` (day and month stated, the
 * year taken from the reference date), `corpus-year` (day and month stated, the year taken from the
 * corpus), `weekday` (a weekday counted from the reference date), `relative` ("yesterday", "today").
 */
export type DayReading = 'stated' | 'year' | 'corpus-year' | 'weekday' | 'relative';

export interface StatedDay {
  /** `YYYY-MM-DD`, or `--MM-DD` when no year is stated or inferable. */
  date: string;
  /** The words that state it, verbatim ("on Sunday", "January 10"). */
  dateText: string;
  /** Offsets of `dateText` in the text given. */
  start: number;
  end: number;
  how: DayReading;
  /** True unless the text states day, month and year itself. */
  inferred: boolean;
}

export interface DayReference {
  /** The article's own stated date (`YYYY-MM-DD`, or `--MM-DD`, or null). */
  date: string | null;
  /** A year to give a yearless day when the reference has none (the corpus's), else null. */
  year?: string | null;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const NAMED_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\b/i;
const LEAD = /^(?:on|by|as of|since|from|until|till|at|in|for)\s+/i;
const RELATIVE = /^(?:today|yesterday|tomorrow)$/i;
/** Words that put a weekday ahead of the reference date: the clause schedules it. */
const AHEAD =
  /\b(?:will|shall|next|upcoming|coming|set to|scheduled|due to|expected to|plans? to|planned|to be held|is to|are to|ahead of)\b/i;
/** Words that put it behind, even in a scheduling clause ("last Monday"). */
const BEHIND = /\blast\s+$/i;
const CLAUSE_BREAK = /[;:—–]|,\s|\b(?:and|but|while|after|before|when)\s/g;

/**
 * Every day a text states, read against a reference date (the article's stated date), never guessed:
 * - day, month and year stated: as stated;
 * - day and month only: the year that puts it nearest the reference date (a "December 28" in a page of
 *   3 January 2022 is 2021-12-28), else the corpus's year, else `--MM-DD`;
 * - a weekday alone ("on Sunday"): the nearest such day on or before the reference date, or on or
 *   after it when its clause schedules it ("will meet on Wednesday", "next Wednesday"); a page dated
 *   Monday 10 January 2022 puts "on Sunday" on 2022-01-09. Without a full reference date: nothing.
 * - "yesterday", "today", "tomorrow": counted from a full reference date, else nothing.
 * "now", "last week", "in recent days" are no day and give nothing.
 */
export function statedDays(text: string, reference: DayReference = { date: null }): StatedDay[] {
  const days: StatedDay[] = [];
  const full = reference.date !== null && FULL_DAY.test(reference.date) ? reference.date : null;
  const referenceYear =
    reference.date !== null && /^\d{4}/.test(reference.date) ? reference.date.slice(0, 4) : null;
  for (const result of chrono.parse(text, full ? new Date(`${full}T12:00:00Z`) : undefined)) {
    // chrono takes a leading preposition into its text ("on Sunday"); the day is the words after it.
    const lead = LEAD.exec(result.text)?.[0].length ?? 0;
    const start = result.index + lead;
    const end = result.index + result.text.replace(/[\s,.;:]+$/, '').length;
    const base = { dateText: text.slice(start, end), start, end };
    const known = result.start;
    if (known.isCertain('month') && known.isCertain('day') && NAMED_DAY.test(result.text)) {
      const monthDay = `${pad(known.get('month')!)}-${pad(known.get('day')!)}`;
      if (known.isCertain('year'))
        days.push({ ...base, date: `${known.get('year')}-${monthDay}`, how: 'stated', inferred: false });
      else if (full) days.push({ ...base, date: nearestYear(monthDay, full), how: 'year', inferred: true });
      else if (referenceYear)
        days.push({ ...base, date: `${referenceYear}-${monthDay}`, how: 'year', inferred: true });
      else if (reference.year)
        days.push({ ...base, date: `${reference.year}-${monthDay}`, how: 'corpus-year', inferred: true });
      else days.push({ ...base, date: `--${monthDay}`, how: 'corpus-year', inferred: true });
      continue;
    }
    if (!full) continue;
    const words = base.dateText.trim();
    const weekdayAlone = known.isCertain('weekday') && !known.isCertain('day');
    if (weekdayAlone) {
      const weekday = known.get('weekday')!;
      const said = base.dateText.toLowerCase();
      const behind = said.startsWith('last ') || BEHIND.test(text.slice(0, start));
      const ahead = !behind && (said.startsWith('next ') || AHEAD.test(clauseBefore(text.slice(0, start))));
      // "last Monday" in a Monday page is a week before it; "next Monday", a week after.
      const strictly = said.startsWith('last ') || said.startsWith('next ');
      days.push({ ...base, date: countTo(full, weekday, ahead, strictly), how: 'weekday', inferred: true });
    } else if (RELATIVE.test(words)) {
      const shift = /^yesterday$/i.test(words) ? -1 : /^tomorrow$/i.test(words) ? 1 : 0;
      days.push({ ...base, date: addDays(full, shift), how: 'relative', inferred: true });
    }
  }
  return days;
}

/** The text of the clause a position ends, from its last clause break. */
function clauseBefore(before: string): string {
  let from = 0;
  for (const match of before.matchAll(CLAUSE_BREAK)) from = match.index + match[0].length;
  return before.slice(from);
}

/** The year (the reference's, or the one before or after) that puts a month and day nearest it. */
function nearestYear(monthDay: string, reference: string): string {
  const year = Number(reference.slice(0, 4));
  const at = Date.parse(`${reference}T12:00:00Z`);
  const candidates = [year - 1, year, year + 1].map((candidate) => `${candidate}-${monthDay}`);
  return candidates.reduce((best, candidate) =>
    Math.abs(Date.parse(`${candidate}T12:00:00Z`) - at) < Math.abs(Date.parse(`${best}T12:00:00Z`) - at)
      ? candidate
      : best,
  );
}

/**
 * The nearest `weekday` (0 Sunday … 6 Saturday) on or before `date`, or on or after it when `ahead`;
 * `strictly` skips `date` itself.
 */
export function countTo(date: string, weekday: number, ahead = false, strictly = false): string {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  const gap = (ahead ? weekday - day + 7 : day - weekday + 7) % 7 || (strictly ? 7 : 0);
  return addDays(date, ahead ? gap : -gap);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Whether a text names a day that only a full reference date can place ("on Sunday", "yesterday"). */
export function namesRelativeDay(text: string): boolean {
  return chrono
    .parse(text)
    .some(
      (result) =>
        (result.start.isCertain('weekday') && !result.start.isCertain('day')) ||
        RELATIVE.test(result.text.replace(LEAD, '').replace(/[\s,.;:]+$/, '')),
    );
}
