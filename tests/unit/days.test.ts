import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDay } from '../../src/contract/days.ts';
import { countTo } from '../../src/pipeline/text/figures/stated-dates.ts';

describe('day arithmetic (one for the pipeline and the app)', () => {
  it('counts across month, year and leap-day ends, both ways', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
    expect(daysBetween('2022-01-06', '2022-01-13')).toBe(7);
    expect(daysBetween('2022-01-13', '2022-01-06')).toBe(-7);
  });

  it('walks back what it walked: daysBetween(day, addDays(day, n)) is n', () => {
    const day = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (start, count) => {
        expect(daysBetween(start, addDays(start, count))).toBe(count);
      }),
    );
  });

  it('is what the pipeline counts a weekday with (Monday 10 January 2022 → the Sunday before)', () => {
    expect(countTo('2022-01-10', 0)).toBe('2022-01-09');
    expect(countTo('2022-01-10', 5, true)).toBe('2022-01-14');
    expect(countTo('2022-01-10', 1, false, true)).toBe('2022-01-03');
  });

  it('knows a calendar day, for the geo data, the briefing and a link alike', () => {
    expect(['2022-01-13', '2024-02-29', '1999-12-31'].map(isCalendarDay)).toEqual([true, true, true]);
    const notDays = ['2022-02-30', '2023-02-29', '2022-13-01', '2022-1-13', '2021-11', '13/01/2022', ''];
    expect(notDays.filter(isCalendarDay)).toEqual([]);
  });
});
