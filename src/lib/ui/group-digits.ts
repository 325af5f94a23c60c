/**
 * A number as English prose writes it, thousands grouped by commas: "100,000", as
 * `Intl.NumberFormat('en')` writes it. Whole numbers are grouped here, because the first Intl
 * formatter a page makes loads the locale's data (30–80 ms on the main thread of a 2-core machine),
 * and the sidebar's legend and credits would pay that at start-up for a few numbers. Anything else
 * (a fraction, a number too large to be exact) goes to Intl, which is right for it.
 */
export function groupDigits(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en');
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 || Object.is(value, -0) ? `-${digits}` : digits;
}
