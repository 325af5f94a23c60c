/**
 * Take-away and time figures (issues 18 and 17), each against its target: "Export image" end to end
 * (the key pressed to the PNG saved) and one step of the "as known on" slider (the open panel
 * re-filtered and the map re-marked), at 5 articles and at 1,000.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { median, sliderStep } from './browser-figures.ts';
import { table } from './growth-report.ts';
import { measureNode } from './measure-process.ts';
import { writeScaledInputs } from './scaled-inputs.ts';

/** The targets of the issues, by corpus size (articles). */
export const TARGETS = {
  /** #18: export of the 5-article view ≤ 2 s, of a 1,000-article view ≤ 3 s. */
  exportMs: { 5: 2000, 1000: 3000 },
  /** #17: one slider step re-filters the panel and the map ≤ 50 ms at 5 articles, ≤ 100 ms at 1,000. */
  sliderStepMs: { 5: 50, 1000: 100 },
} as const;

type Size = keyof typeof TARGETS.exportMs;

/** Almaty's panel open, centred on it: a real feature at every size, the most cited of a generated corpus. */
export const EXPORT_VIEW = '#map=7/43.24/76.89&feature=almaty';
/** Kazakhstan's panel open on 7 January: the slider then steps through the days its toll changes. */
export const SLIDER_VIEW = '#map=5/47.5/66&feature=kazakhstan&asof=2022-01-07';

export interface TakeawayFigures {
  articles: number;
  export: {
    /** The first export on a fresh page (its code loaded on the way), key to file saved, ms. */
    firstMs: number;
    /** A second export on the same page, ms. */
    againMs: number;
    /** The app's own `export-image` measure of the first export (click handler to file handed over), ms. */
    inAppMs: number;
    /** The PNG's size. */
    pngBytes: number;
  };
  /** One slider step to the open panel re-filtered (median of five steps), ms. */
  sliderStepMs: number;
  /** The slowest of those five steps (median over the runs), ms. */
  sliderSlowestMs: number;
}

async function openView(browser: Browser, origin: string, hash: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${origin}/${hash}`);
  await page.waitForSelector('.map-region[aria-busy="false"]', { timeout: 120_000 });
  return page;
}

/**
 * Presses `e` and waits for the PNG to be saved (the download's file on disk), ms. Fails with the
 * app's own words if it says the export failed.
 */
export async function exportOnce(page: Page): Promise<{ ms: number; bytes: number }> {
  const download = page.waitForEvent('download', { timeout: 120_000 });
  const failure = page.getByRole('alert').filter({ hasText: 'Export failed' });
  const failed = failure.waitFor({ timeout: 120_000 }).then(
    async () => {
      throw new Error((await failure.textContent()) ?? 'Export failed');
    },
    () => new Promise<never>(() => {}),
  );
  const start = performance.now();
  await page.keyboard.press('e');
  const file = await Promise.race([download, failed]);
  const path = await file.path();
  const ms = performance.now() - start;
  return { ms, bytes: statSync(path).size };
}

/** One export figure: a fresh page at the view with its panel whole, exported twice. */
async function exportFigures(browser: Browser, origin: string) {
  const page = await openView(browser, origin, EXPORT_VIEW);
  await page.locator('aside.panel .excerpt-list[aria-busy="false"]').waitFor({ timeout: 120_000 });
  const first = await exportOnce(page);
  const inAppMs = await page.evaluate(
    () => performance.getEntriesByName('export-image').at(-1)?.duration ?? NaN,
  );
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  const again = await exportOnce(page);
  await page.context().close();
  return { firstMs: first.ms, againMs: again.ms, inAppMs, pngBytes: first.bytes };
}

async function sliderFigure(browser: Browser, origin: string): Promise<{ median: number; slowest: number }> {
  const page = await openView(browser, origin, SLIDER_VIEW);
  const figures = await sliderStep(page);
  await page.context().close();
  return figures;
}

/** The figures of a served app (`origin`), medians over `runs` fresh pages. */
export async function takeawayFigures(
  browser: Browser,
  origin: string,
  articles: number,
  runs: number,
): Promise<TakeawayFigures> {
  const exports = [];
  const steps = [];
  for (let run = 0; run < runs; run += 1) {
    exports.push(await exportFigures(browser, origin));
    steps.push(await sliderFigure(browser, origin));
  }
  return {
    articles,
    export: {
      firstMs: median(exports.map((figures) => figures.firstMs)),
      againMs: median(exports.map((figures) => figures.againMs)),
      inAppMs: median(exports.map((figures) => figures.inAppMs)),
      pngBytes: median(exports.map((figures) => figures.pngBytes)),
    },
    sliderStepMs: median(steps.map((step) => step.median)),
    sliderSlowestMs: median(steps.map((step) => step.slowest)),
  };
}

/**
 * Builds the app over `articles` articles (the seeds, plus generated ones beyond five, as the growth
 * curve does) into a temporary folder, serves it and measures it; the folder is removed after.
 */
export async function measureTakeaway(
  browser: Browser,
  root: string,
  articles: number,
  features: number,
  runs: number,
): Promise<TakeawayFigures> {
  const dir = mkdtempSync(join(tmpdir(), `two-fronts-takeaway-${articles}-`));
  try {
    const env: NodeJS.ProcessEnv = { TWO_FRONTS_CACHE: join(dir, 'cache') };
    if (articles > 5) {
      writeScaledInputs(root, dir, { articles, features });
      env['TWO_FRONTS_SEEDS'] = join(dir, 'seeds');
      env['TWO_FRONTS_GEO'] = join(dir, 'geo');
    }
    const dist = join(dir, 'dist');
    measureNode(
      root,
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'],
      env,
    );
    const server = await serveStatic(dist);
    try {
      return await takeawayFigures(browser, server.url, articles, runs);
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const target = (targets: Record<Size, number>, articles: number): number | null =>
  articles in targets ? targets[articles as Size] : null;

/** Rows of figure, value, target and verdict (ok / MISSED; "–" where no target is set for that size). */
export function takeawayRows(points: readonly TakeawayFigures[]): Array<[string, string, string, string]> {
  const rows: Array<[string, string, string, string]> = [];
  const judged = (label: string, value: number, limit: number | null) =>
    rows.push([
      label,
      value.toFixed(value < 100 ? 1 : 0),
      limit === null ? '–' : `≤ ${limit}`,
      limit === null ? '–' : value <= limit ? 'ok' : 'MISSED',
    ]);
  for (const point of points) {
    const at = `${point.articles.toLocaleString('en')} articles`;
    judged(
      `export image, key → PNG saved, first (ms), ${at}`,
      point.export.firstMs,
      target(TARGETS.exportMs, point.articles),
    );
    rows.push([`export image, again (ms), ${at}`, point.export.againMs.toFixed(0), '–', '–']);
    rows.push([`export image, the app's own measure (ms), ${at}`, point.export.inAppMs.toFixed(0), '–', '–']);
    rows.push([`export image, PNG (KB), ${at}`, (point.export.pngBytes / 1024).toFixed(0), '–', '–']);
    judged(
      `"as known on" slider step → panel re-filtered (ms), ${at}`,
      point.sliderStepMs,
      target(TARGETS.sliderStepMs, point.articles),
    );
    judged(
      `"as known on" slider, slowest of five steps (ms), ${at}`,
      point.sliderSlowestMs,
      target(TARGETS.sliderStepMs, point.articles),
    );
  }
  return rows;
}

/** The rows as an aligned table. */
export function formatTakeaway(points: readonly TakeawayFigures[]): string {
  const rows: Array<[string, string, string, string]> = [
    ['figure', 'value', 'target', ''],
    ...takeawayRows(points),
  ];
  return table(rows);
}
