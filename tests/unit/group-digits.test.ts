import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/lib/ui/group-digits.ts';

// Intl.NumberFormat('en') is the reference: groupDigits writes what it writes, without loading it.
const intl = new Intl.NumberFormat('en');

describe('groupDigits', () => {
  it('writes whole numbers as Intl does, at every length and sign', () => {
    const values = [0, 7, 42, 999, 1000, 1001, 9999, 10_000, 12_345, 99_999, 100_000, 164, 2_500_000];
    for (let power = 0; power <= 15; power += 1)
      values.push(10 ** power, 10 ** power - 1, 3 * 10 ** power + 17);
    values.push(Number.MAX_SAFE_INTEGER);
    for (const value of [...values, ...values.map((v) => -v)])
      expect(groupDigits(value), String(value)).toBe(intl.format(value));
  });

  it('leaves fractions and numbers past exact integers to Intl', () => {
    for (const value of [0.5, 1234.5678, -0.25, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY])
      expect(groupDigits(value), String(value)).toBe(intl.format(value));
  });
});
