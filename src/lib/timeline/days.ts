/** Days as the timeline shows them and the slider moves through them (the arithmetic is the contract's). */
import { addDays } from '../../contract/days.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2022-01-10" → "10 January 2022". */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${Number(date)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** A day kept within `first`…`last`. */
export const clampDay = (day: string, first: string, last: string): string =>
  day < first ? first : day > last ? last : day;

/** The day a slider key moves to: arrows a day, PageUp/PageDown a week, Home/End the ends; null for other keys. */
export function dayForKey(key: string, day: string, first: string, last: string): string | null {
  const step: Record<string, number> = {
    ArrowRight: 1,
    ArrowUp: 1,
    ArrowLeft: -1,
    ArrowDown: -1,
    PageUp: 7,
    PageDown: -7,
  };
  if (key === 'Home') return first;
  if (key === 'End') return last;
  const count = step[key];
  return count === undefined ? null : clampDay(addDays(day, count), first, last);
}
