/**
 * The growth curve: the same app built over 5, 100 and 1,000 articles (generated like the seeds,
 * through TWO_FRONTS_SEEDS / TWO_FRONTS_GEO), and the pipeline alone up to 10,000. Each build runs in
 * its own process, cold (no cache), so that its time and peak memory are its own.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { clickToPanel, load, median } from './browser-figures.ts';
import { measureNode } from './measure-process.ts';
import { writeScaledInputs } from './scaled-inputs.ts';

export interface AppPoint {
  articles: number;
  features: number;
  buildMs: number;
  buildPeakBytes: number;
  /** Gzip bytes requested before the map's first idle. */
  firstIdleBytes: number;
  idleMs: number;
  /**
   * Clicking Almaty (a real feature; the most-cited of a generated corpus) on a fresh page once the
   * idle prefetch is done: pointer down to its first excerpt painted, without hovering first (cold,
   * and again after closing), and with the pointer resting on it first; what the click fetched.
   */
  click: {
    coldMs: number;
    warmMs: number;
    hoverMs: number;
    fetchedBytes: number;
    fetchedGzipBytes: number;
    /** Almaty's first file (what a click fetches when it was not prefetched), gzip bytes. */
    firstFileGzipBytes: number;
  };
  /** Gzip bytes before the map's first idle, and what the idle prefetch then fetched until quiet. */
  prefetch: { firstLoadGzipBytes: number; idleGzipBytes: number };
  /** JS heap (after a garbage collection) once the panel is painted. */
  heapAfterClickBytes: number;
  /** The feature with the most excerpts, opened from the feature list. */
  largest: { id: string; excerptsFileBytes: number; ms: number; fetchedBytes: number };
  /** Typing into a fresh search box → first full-text result shown (index fetched on the way). */
  search: Record<string, number>;
  evidenceFiles: { count: number; bytes: number };
}

export interface PipelinePoint {
  articles: number;
  ms: number;
  peakBytes: number;
}

const SEARCHES = { quote: 'paratroopers', generated: 'analysts argued' };

interface Inputs {
  dir: string;
  env: NodeJS.ProcessEnv;
}

function inputs(root: string, articles: number, features: number, real: boolean): Inputs {
  const dir = mkdtempSync(join(tmpdir(), `two-fronts-${articles}-`));
  if (real) return { dir, env: { TWO_FRONTS_CACHE: join(dir, 'cache') } };
  writeScaledInputs(root, dir, { articles, features });
  return {
    dir,
    env: {
      TWO_FRONTS_SEEDS: join(dir, 'seeds'),
      TWO_FRONTS_GEO: join(dir, 'geo'),
      TWO_FRONTS_CACHE: join(dir, 'cache'),
    },
  };
}

function folderFiles(dir: string): Array<{ path: string; bytes: number }> {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, bytes: statSync(path).size };
    });
}

/** Bytes of the responses that start after `since` (raw and gzip). */
function recordResponses(page: Page) {
  const sizes: Array<Promise<{ raw: number; gzip: number }>> = [];
  let recording = false;
  page.on('response', (response) => {
    if (!recording) return;
    sizes.push(
      response
        .body()
        .then((body) => ({ raw: body.length, gzip: gzipSync(body).length }))
        .catch(() => ({ raw: 0, gzip: 0 })),
    );
  });
  return {
    start: () => {
      recording = true;
      sizes.length = 0;
    },
    stop: async () => {
      recording = false;
      const all = await Promise.all(sizes);
      return all.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), {
        raw: 0,
        gzip: 0,
      });
    },
  };
}

async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
}

const inFlight = new WeakMap<Page, { started: number; open: number }>();

/** Counts the page's requests, started and still open, for `quiet`. */
function countRequests(page: Page): void {
  const count = { started: 0, open: 0 };
  inFlight.set(page, count);
  page.on('request', () => {
    count.started += 1;
    count.open += 1;
  });
  page.on('requestfinished', () => (count.open -= 1));
  page.on('requestfailed', () => (count.open -= 1));
}

/** Until no request has started for a second and none is open (the idle prefetches are done). */
async function quiet(page: Page): Promise<void> {
  const count = inFlight.get(page)!;
  for (let seen = -1; seen !== count.started || count.open > 0;) {
    seen = count.started;
    await page.waitForTimeout(1000);
  }
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  countRequests(page);
  await page.goto(url);
  await page.waitForSelector('.map-region[aria-busy="false"]', { timeout: 60_000 });
  await quiet(page);
  return page;
}

/** Almaty, centred: a real feature at every scale, and the most-cited of a generated corpus. */
export const CLICKED = { id: 'almaty', hash: '#map=7/43.24/76.89' };

async function clickFigures(browser: Browser, origin: string) {
  const page = await freshPage(browser, `${origin}/${CLICKED.hash}`);
  const responses = recordResponses(page);
  responses.start();
  const coldMs = await clickToPanel(page, { jump: true });
  await quiet(page);
  const fetched = await responses.stop();
  const heap = await heapAfterGc(page);
  await page.keyboard.press('Escape');
  await page.waitForSelector('.map-region[aria-busy="false"]');
  const warmMs = await clickToPanel(page, { jump: true });
  await page.context().close();
  const hovered = await freshPage(browser, `${origin}/${CLICKED.hash}`);
  const hoverMs = await clickToPanel(hovered);
  await hovered.context().close();
  return { coldMs, warmMs, hoverMs, fetchedBytes: fetched.raw, fetchedGzipBytes: fetched.gzip, heap };
}

/** A fresh load: gzip bytes requested before the map's first idle, and after it until all is quiet. */
async function loadWithPrefetch(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const sizes: Array<{ startedAt: number; size: Promise<number> }> = [];
  page.on('response', (response) =>
    sizes.push({
      startedAt: response.request().timing().startTime,
      size: response
        .body()
        .then((body) => gzipSync(body).length)
        .catch(() => 0),
    }),
  );
  countRequests(page);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('idle-prefetch-done').length > 0, null, {
    timeout: 120_000,
  });
  await quiet(page);
  const idleAt =
    (await page.evaluate(() => performance.timeOrigin)) +
    (await page.evaluate(() => performance.getEntriesByName('map-idle')[0]!.startTime));
  let firstLoadGzipBytes = 0;
  let idleGzipBytes = 0;
  for (const { startedAt, size } of sizes)
    if (startedAt <= idleAt) firstLoadGzipBytes += await size;
    else idleGzipBytes += await size;
  await context.close();
  return { firstLoadGzipBytes, idleGzipBytes };
}

/** Feature id → name, from the geo files the build read. */
function featureNames(geoDir: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of readdirSync(geoDir).filter((name) => name.endsWith('.geojson'))) {
    const layer = JSON.parse(readFileSync(join(geoDir, file), 'utf8')) as {
      features: Array<{ properties: { id: string; name: string } }>;
    };
    for (const feature of layer.features) names.set(feature.properties.id, feature.properties.name);
  }
  return names;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function largestFeature(browser: Browser, origin: string, name: string) {
  const page = await freshPage(browser, `${origin}/`);
  const responses = recordResponses(page);
  const button = page
    .getByRole('navigation', { name: 'All features' })
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\s+\\d+$`) });
  await page.evaluate(() => {
    const state = window as unknown as { __painted?: Promise<number> };
    const start = performance.now();
    state.__painted = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('aside.panel blockquote')) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  });
  responses.start();
  await button.first().click();
  const ms = await page.evaluate(() => (window as unknown as { __painted: Promise<number> }).__painted);
  await quiet(page);
  const fetched = await responses.stop();
  await page.context().close();
  return { ms, fetchedBytes: fetched.raw };
}

async function searchFirstResult(browser: Browser, origin: string, query: string): Promise<number> {
  const page = await freshPage(browser, `${origin}/`);
  const ms = await page.evaluate(
    (text) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('input[role="combobox"]');
        if (!input) return reject(new Error('no search box'));
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('[role="option"] mark')) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        input.focus();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => reject(new Error(`no full-text result for "${text}"`)), 30_000);
      }),
    query,
  );
  await page.context().close();
  return ms;
}

/**
 * Builds the app over `articles` articles and `features` features, then measures it in Chromium.
 * `alsoMeasure` is given the served build's origin once this module's figures are taken (another
 * bench module's figures, on the same build).
 */
export async function measureApp(
  browser: Browser,
  root: string,
  articles: number,
  features: number,
  runs: number,
  real = false,
  alsoMeasure?: (origin: string) => Promise<void>,
): Promise<AppPoint> {
  const { dir, env } = inputs(root, articles, features, real);
  try {
    const dist = join(dir, 'dist');
    const build = measureNode(
      root,
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'],
      env,
    );
    const evidence = folderFiles(join(dist, 'evidence'));
    const featureFiles = evidence
      .filter((file) => /[\\/]f[\\/]/.test(file.path))
      .sort((a, b) => b.bytes - a.bytes);
    const largestFile = featureFiles[0]!;
    const largestId = /[\\/]f[\\/](.+)-[0-9a-f]{12}\.json$/.exec(largestFile.path)![1]!;
    const server = await serveStatic(dist);
    try {
      const loads = [];
      const clicks = [];
      const prefetches = [];
      for (let run = 0; run < runs; run += 1) {
        loads.push(await load(browser, `${server.url}/`));
        clicks.push(await clickFigures(browser, server.url));
        prefetches.push(await loadWithPrefetch(browser, `${server.url}/`));
      }
      const clickedFile = featureFiles.find((file) =>
        new RegExp(`[\\\\/]f[\\\\/]${CLICKED.id}-[0-9a-f]{12}\\.json$`).test(file.path),
      );
      const geoDir = env['TWO_FRONTS_GEO'] ?? join(root, 'geo');
      const largestName = featureNames(geoDir).get(largestId) ?? largestId;
      const largest = await largestFeature(browser, server.url, largestName);
      const search: Record<string, number> = {};
      for (const [label, query] of Object.entries(SEARCHES)) {
        const times = [];
        for (let run = 0; run < runs; run += 1) {
          try {
            times.push(await searchFirstResult(browser, server.url, query));
          } catch {
            // A corpus without that text (the five seeds have no generated words) has no figure.
          }
        }
        if (times.length) search[label] = median(times);
      }
      await alsoMeasure?.(server.url);
      return {
        articles,
        features,
        buildMs: build.ms,
        buildPeakBytes: build.maxRssBytes,
        firstIdleBytes: median(
          loads.map((figures) => Object.values(figures.bytes).reduce((a, b) => a + b, 0)),
        ),
        idleMs: median(loads.map((figures) => figures.idleMs)),
        click: {
          coldMs: median(clicks.map((click) => click.coldMs)),
          warmMs: median(clicks.map((click) => click.warmMs)),
          hoverMs: median(clicks.map((click) => click.hoverMs)),
          fetchedBytes: median(clicks.map((click) => click.fetchedBytes)),
          fetchedGzipBytes: median(clicks.map((click) => click.fetchedGzipBytes)),
          firstFileGzipBytes: clickedFile ? gzipSync(readFileSync(clickedFile.path)).length : 0,
        },
        prefetch: {
          firstLoadGzipBytes: median(prefetches.map((figures) => figures.firstLoadGzipBytes)),
          idleGzipBytes: median(prefetches.map((figures) => figures.idleGzipBytes)),
        },
        heapAfterClickBytes: median(clicks.map((click) => click.heap)),
        largest: { id: largestId, excerptsFileBytes: largestFile.bytes, ...largest },
        search,
        evidenceFiles: { count: evidence.length, bytes: evidence.reduce((sum, file) => sum + file.bytes, 0) },
      };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The pipeline alone (worker pool, cold), in its own process. */
export function measurePipeline(root: string, articles: number, features: number): PipelinePoint {
  const dir = mkdtempSync(join(tmpdir(), `two-fronts-pipeline-${articles}-`));
  try {
    writeScaledInputs(root, dir, { articles, features });
    const run = measureNode(root, join(root, 'bench', 'pipeline-once.ts'), [
      join(dir, 'seeds'),
      join(dir, 'geo'),
    ]);
    const { ms } = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { ms: number };
    return { articles, ms, peakBytes: run.maxRssBytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
