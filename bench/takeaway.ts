/**
 * `npm run bench:takeaway`: only the take-away and slider figures (export image end to end, one
 * "as known on" step) at 5 and 1,000 articles, against their targets. `npm run bench` takes the same
 * figures within its full run; this is for checking them alone. BENCH_RUNS (default 1) fresh pages
 * per figure; BENCH_TAKEAWAY_SIZES (default "5,1000") the corpus sizes.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launch } from '../tests/e2e/browser.ts';
import { formatTakeaway, measureTakeaway, type TakeawayFigures } from './takeaway-figures.ts';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 1);
const SIZES = (process.env['BENCH_TAKEAWAY_SIZES'] ?? '5,1000').split(',').map(Number);

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
const browser = await launch();
try {
  const points: TakeawayFigures[] = [];
  for (const articles of SIZES) {
    console.log(`${articles} articles: building and measuring (load average ${load()})`);
    points.push(await measureTakeaway(browser, ROOT, articles, articles > 5 ? 180 : 18, RUNS));
  }
  console.log(`\n${formatTakeaway(points)}`);
  console.log(`\n${RUNS} run(s) per figure; load average at the end ${load()}`);
} finally {
  await browser.close();
}
