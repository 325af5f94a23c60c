import type { AppPoint, PipelinePoint } from './growth.ts';

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Rows as an aligned text table: the first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join('  '),
    )
    .join('\n');
}

/** The growth curve and the targets, the largest corpus against the five-article build. */
export function formatGrowth(
  app: readonly AppPoint[],
  pipeline: readonly PipelinePoint[],
  runs: number,
): string {
  const lines: string[] = [];
  lines.push(`Growth: the app (each build cold, in its own process; medians of ${runs} browser runs)`);
  lines.push(
    table([
      [
        'articles × features',
        'build s',
        'build peak MB',
        'first idle KB gz',
        'click → excerpt painted ms (no hover / again / hover)',
        'click fetches KB',
        'first file KB gz',
        'first load + idle prefetch KB gz',
        'heap after click MB',
        'search ms (quote / generated)',
        'largest feature: file KB, ms',
      ],
      ...app.map((point) => [
        `${point.articles} × ${point.features}`,
        (point.buildMs / 1000).toFixed(1),
        mb(point.buildPeakBytes),
        kb(point.firstIdleBytes),
        `${point.click.coldMs.toFixed(0)} / ${point.click.warmMs.toFixed(0)} / ${point.click.hoverMs.toFixed(0)}`,
        `${kb(point.click.fetchedBytes)} (${kb(point.click.fetchedGzipBytes)} gz)`,
        kb(point.click.firstFileGzipBytes),
        `${kb(point.prefetch.firstLoadGzipBytes)} + ${kb(point.prefetch.idleGzipBytes)}`,
        mb(point.heapAfterClickBytes),
        `${point.search['quote']?.toFixed(0) ?? '–'} / ${point.search['generated']?.toFixed(0) ?? '–'}`,
        `${kb(point.largest.excerptsFileBytes)}, ${point.largest.ms.toFixed(0)}`,
      ]),
    ]),
  );
  lines.push('', 'Growth: the pipeline alone (worker pool, no cache, its own process)');
  lines.push(
    table([
      ['articles', 'time s', 'ms per article', 'peak MB'],
      ...pipeline.map((point) => [
        String(point.articles),
        (point.ms / 1000).toFixed(1),
        (point.ms / point.articles).toFixed(1),
        mb(point.peakBytes),
      ]),
    ]),
  );
  const base = app[0];
  const top = app.at(-1);
  if (base && top && top !== base) {
    const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    const idleRatio = top.firstIdleBytes / base.firstIdleBytes;
    const heapRatio = top.heapAfterClickBytes / base.heapAfterClickBytes;
    const withPrefetch = (point: AppPoint) =>
      point.prefetch.firstLoadGzipBytes + point.prefetch.idleGzipBytes;
    const prefetchRatio = withPrefetch(top) / withPrefetch(base);
    const search = Math.max(...Object.values(top.search));
    lines.push(
      '',
      `Targets at ${top.articles} × ${top.features} (against ${base.articles} × ${base.features} in this run)`,
    );
    lines.push(
      table([
        ['target', 'measured', ''],
        ['build ≤ 60 s', (top.buildMs / 1000).toFixed(1), check(top.buildMs <= 60_000)],
        ['build peak ≤ 1.5 GB', `${mb(top.buildPeakBytes)} MB`, check(top.buildPeakBytes <= 1.5 * 2 ** 30)],
        ['bytes to first idle ≤ 1.25×', `${idleRatio.toFixed(2)}×`, check(idleRatio <= 1.25)],
        [
          `click (no hover) → first excerpt painted, ${base.articles} articles ≤ 50 ms`,
          base.click.coldMs.toFixed(0),
          check(base.click.coldMs <= 50),
        ],
        [
          'click (no hover) → first excerpt painted, most-cited ≤ 100 ms',
          top.click.coldMs.toFixed(0),
          check(top.click.coldMs <= 100),
        ],
        [
          'click (pointer resting first), most-cited ≤ 100 ms',
          top.click.hoverMs.toFixed(0),
          check(top.click.hoverMs <= 100),
        ],
        [
          'the most-cited feature’s click fetches ≤ 100 KB gz',
          `${kb(Math.max(top.click.fetchedGzipBytes, top.click.firstFileGzipBytes))} KB`,
          check(Math.max(top.click.fetchedGzipBytes, top.click.firstFileGzipBytes) <= 100 * 1024),
        ],
        [
          'idle prefetch ≤ 256 KB gz',
          `${kb(top.prefetch.idleGzipBytes)} KB`,
          check(top.prefetch.idleGzipBytes <= 256 * 1024),
        ],
        [
          'first load with idle prefetch ≤ 1.25×',
          `${prefetchRatio.toFixed(2)}×`,
          check(prefetchRatio <= 1.25),
        ],
        ['JS heap after click ≤ 2.5×', `${heapRatio.toFixed(2)}×`, check(heapRatio <= 2.5)],
        ['search → first result ≤ 150 ms', search.toFixed(0), check(search <= 150)],
      ]),
    );
  }
  return lines.join('\n');
}
