import { describe, expect, it } from 'vitest';
import { countTo, statedDays, type DayReference } from '../../src/pipeline/text/figures/stated-dates.ts';

/** Monday 10 January 2022. */
const MONDAY: DayReference = { date: '2022-01-10' };
const read = (text: string, reference: DayReference = MONDAY) =>
  statedDays(text, reference).map(({ date, dateText, how, inferred }) => ({ date, dateText, how, inferred }));

describe('statedDays: weekdays against the article date', () => {
  it('puts "on Sunday" in a page dated Monday 10 January 2022 on 2022-01-09', () => {
    expect(read('At least 164 people were killed nationwide on Sunday, officials said.')).toEqual([
      { date: '2022-01-09', dateText: 'Sunday', how: 'weekday', inferred: true },
    ]);
  });
  it('counts a past weekday back, the same weekday being the page’s own day', () => {
    expect(read('Protesters stormed the mayor’s office on Wednesday.')[0]?.date).toBe('2022-01-05');
    expect(read('The ministry said on Monday that 40 had died.')[0]?.date).toBe('2022-01-10');
    expect(read('By Saturday the airport had reopened.')[0]?.date).toBe('2022-01-08');
  });
  it('counts a scheduled weekday forward', () => {
    expect(read('Envoys will meet in Lindau on Wednesday.')[0]?.date).toBe('2022-01-12');
    expect(read('The council is set to convene on Thursday in Varna.')[0]?.date).toBe('2022-01-13');
    expect(read('Talks are scheduled for Friday.')[0]?.date).toBe('2022-01-14');
    expect(read('Delegates plan to return next Wednesday.')[0]?.date).toBe('2022-01-12');
  });
  it('reads each clause for itself', () => {
    expect(
      read('Crowds gathered on Sunday, and ministers will meet on Thursday.').map((d) => d.date),
    ).toEqual(['2022-01-09', '2022-01-13']);
    expect(read('Officials who will brief reporters said last Tuesday was calm.')[0]?.date).toBe(
      '2022-01-04',
    );
  });
  it('gives nothing for a weekday without a full article date, never a guess', () => {
    expect(read('Troops arrived on Sunday.', { date: null })).toEqual([]);
    expect(read('Troops arrived on Sunday.', { date: '--01-10' })).toEqual([]);
  });
  it('counts yesterday and tomorrow from the article date', () => {
    expect(read('Yesterday the cabinet resigned.')[0]).toMatchObject({ date: '2022-01-09', how: 'relative' });
    expect(read('He leaves for Orvan tomorrow.')[0]).toMatchObject({ date: '2022-01-11', how: 'relative' });
  });
  it('takes no relative phrase that names no day for a date', () => {
    expect(read('For now, the force is 900 strong; it grew in recent days and last week.')).toEqual([]);
  });
});

describe('statedDays: days with and without a year', () => {
  it('keeps a stated year as stated (not inferred)', () => {
    expect(read('The pact was signed on 6 January 2021.')).toEqual([
      { date: '2021-01-06', dateText: '6 January 2021', how: 'stated', inferred: false },
    ]);
  });
  it("gives a yearless day the year that puts it nearest the article's date", () => {
    expect(read('On January 6, paratroopers landed.')[0]).toMatchObject({ date: '2022-01-06', how: 'year' });
    expect(read('Prices rose on Dec. 28.', { date: '2022-01-03' })[0]?.date).toBe('2021-12-28');
  });
  it("uses the corpus's year when the article has none, else no year at all", () => {
    expect(read('On January 6, paratroopers landed.', { date: null, year: '2022' })[0]).toMatchObject({
      date: '2022-01-06',
      how: 'corpus-year',
      inferred: true,
    });
    expect(read('On January 6, paratroopers landed.', { date: null })[0]?.date).toBe('--01-06');
  });
  it('keeps the offsets of the words that state the day', () => {
    const text = 'Talks open in Varna on 12 January.';
    const [day] = statedDays(text, MONDAY);
    expect(text.slice(day!.start, day!.end)).toBe(day!.dateText);
  });
});

describe('countTo', () => {
  it('counts to the nearest weekday either way, the same day included', () => {
    expect(countTo('2022-01-10', 0)).toBe('2022-01-09');
    expect(countTo('2022-01-10', 0, true)).toBe('2022-01-16');
    expect(countTo('2022-01-10', 1)).toBe('2022-01-10');
    expect(countTo('2022-01-10', 1, true)).toBe('2022-01-10');
    // Across a month and a year end.
    expect(countTo('2022-01-01', 4)).toBe('2021-12-30');
  });
});

describe('last and next', () => {
  it('reads "last Monday" and "next Monday" in a Monday page as a week away', () => {
    expect(read('The curfew began last Monday.')[0]?.date).toBe('2022-01-03');
    expect(read('The curfew ends next Monday.')[0]?.date).toBe('2022-01-17');
    expect(countTo('2022-01-10', 1, false, true)).toBe('2022-01-03');
  });
});
