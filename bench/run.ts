/**
 * `npm run bench`: the production app against a bare MapLibre reference page with the same data,
 * both served from one static server and loaded alternately in headless Chromium. Every figure is
 * a median over the runs of this one process, and speed is reported as a ratio to the reference.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { runPipeline } from '../src/pipeline/build.ts';
import { readInputs } from '../src/pipeline/node/read-inputs.ts';
import { writeScaledInputs } from './scaled-inputs.ts';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const SCALE = Number(process.env['BENCH_SCALE'] ?? 10);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

type Kind = 'js' | 'worker' | 'css' | 'data' | 'html' | 'other';
const kindOf = (url: string): Kind =>
  /worker/.test(url)
    ? 'worker'
    : /map-data|evidence|story/.test(url)
      ? 'data'
      : /\.m?js$/.test(url)
        ? 'js'
        : /\.css$/.test(url)
          ? 'css'
          : /\.html$|\/$/.test(url)
            ? 'html'
            : 'other';

interface LoadFigures {
  idleMs: number;
  bytes: Record<Kind, number>;
  heapBytes: number;
}

async function load(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bytes: Record<Kind, number> = { js: 0, worker: 0, css: 0, data: 0, html: 0, other: 0 };
  const responses: Array<{ startedAt: number; kind: Kind; size: Promise<number> }> = [];
  page.on('response', (response) => {
    responses.push({
      startedAt: response.request().timing().startTime,
      kind: kindOf(new URL(response.url()).pathname),
      size: response
        .body()
        .then((body) => gzipSync(body).length)
        .catch(() => 0),
    });
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
    timeout: 60_000,
  });
  const idleMs = await page.evaluate(() => performance.getEntriesByName('map-idle')[0]!.startTime);
  const idleAt = (await page.evaluate(() => performance.timeOrigin)) + idleMs;
  // First load: what was requested before the map's first idle (prefetches after it do not count).
  for (const response of responses)
    if (response.startedAt <= idleAt) bytes[response.kind] += await response.size;
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const heapBytes = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  await context.close();
  return { idleMs, bytes, heapBytes };
}

/** Pointer down on a feature to the panel painted (next frame after it appears), in ms. */
async function clickToPanel(page: Page): Promise<number> {
  const box = await page.locator('.map-region canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.evaluate(() => {
    const state = window as unknown as { __down?: number; __painted?: Promise<number> };
    state.__painted = new Promise((resolve) => {
      window.addEventListener('pointerdown', () => (state.__down = performance.now()), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        if (document.querySelector('aside.panel blockquote')) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - (state.__down ?? 0)));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return page.evaluate(() => (window as unknown as { __painted: Promise<number> }).__painted);
}

async function clicks(browser: Browser, origin: string): Promise<{ cold: number; warm: number }> {
  // Measured on Kazakhstan, a real feature present at every scale.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${origin}/#map=5/47.5/66`);
  await page.waitForSelector('.map-region[aria-busy="false"]');
  const cold = await clickToPanel(page);
  await page.keyboard.press('Escape');
  await page.waitForSelector('.map-region[aria-busy="false"]');
  const warm = await clickToPanel(page);
  await context.close();
  return { cold, warm };
}

function pipelineFigures(): { ms: number; heapDeltaMb: number } {
  const times: number[] = [];
  let heapDelta = 0;
  for (let run = 0; run < 3; run += 1) {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    runPipeline(readInputs({ root: ROOT }));
    times.push(performance.now() - start);
    heapDelta = Math.max(heapDelta, process.memoryUsage().heapUsed - before);
  }
  return { ms: median(times), heapDeltaMb: heapDelta / 2 ** 20 };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  if (process.env['BENCH_SKIP_BUILD'] !== '1') {
    execFileSync(process.execPath, [VITE, 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
    execFileSync(
      process.execPath,
      [VITE, 'build', '--config', 'bench/reference.vite.config.ts', '--logLevel', 'error'],
      { cwd: ROOT, stdio: 'inherit' },
    );
  }
  const server = await serveStatic(join(ROOT, 'dist'));
  const browser = await launch();
  try {
    const app: LoadFigures[] = [];
    const reference: LoadFigures[] = [];
    // One warm-up of each (disk cache, shader compilation), then alternate.
    await load(browser, `${server.url}/`);
    await load(browser, `${server.url}/reference/`);
    for (let run = 0; run < RUNS; run += 1) {
      app.push(await load(browser, `${server.url}/`));
      reference.push(await load(browser, `${server.url}/reference/`));
    }
    const clickRuns: Array<{ cold: number; warm: number }> = [];
    for (let run = 0; run < RUNS; run += 1) clickRuns.push(await clicks(browser, server.url));
    const pipeline = pipelineFigures();

    // The same load and click figures with 10× the articles and 10× the features (generated).
    const scaledDir = mkdtempSync(join(tmpdir(), 'two-fronts-scaled-'));
    let scaled: { idleMs: number; totalBytes: number; click: { cold: number; warm: number } };
    try {
      writeScaledInputs(ROOT, scaledDir, SCALE, 5, 18);
      execFileSync(
        process.execPath,
        [VITE, 'build', '--outDir', join(scaledDir, 'dist'), '--emptyOutDir', '--logLevel', 'error'],
        {
          cwd: ROOT,
          stdio: 'inherit',
          env: {
            ...process.env,
            TWO_FRONTS_SEEDS: join(scaledDir, 'seeds'),
            TWO_FRONTS_GEO: join(scaledDir, 'geo'),
          },
        },
      );
      const scaledServer = await serveStatic(join(scaledDir, 'dist'));
      try {
        const loads: LoadFigures[] = [];
        const scaledClicks: Array<{ cold: number; warm: number }> = [];
        for (let run = 0; run < RUNS; run += 1) {
          loads.push(await load(browser, `${scaledServer.url}/`));
          scaledClicks.push(await clicks(browser, scaledServer.url));
        }
        scaled = {
          idleMs: median(loads.map((figures) => figures.idleMs)),
          totalBytes: Object.values(loads[0]!.bytes).reduce((sum, value) => sum + value, 0),
          click: {
            cold: median(scaledClicks.map((run) => run.cold)),
            warm: median(scaledClicks.map((run) => run.warm)),
          },
        };
      } finally {
        await scaledServer.close();
      }
    } finally {
      rmSync(scaledDir, { recursive: true, force: true });
    }

    const appIdle = median(app.map((figures) => figures.idleMs));
    const referenceIdle = median(reference.map((figures) => figures.idleMs));
    const bytes = (list: LoadFigures[]) => {
      const first = list[0]!.bytes;
      return { ...first, total: Object.values(first).reduce((sum, value) => sum + value, 0) };
    };
    const result = {
      date: new Date().toISOString(),
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim(),
      runs: RUNS,
      loadToIdle: { appMs: appIdle, referenceMs: referenceIdle, ratio: appIdle / referenceIdle },
      firstLoadGzipBytes: { app: bytes(app), reference: bytes(reference) },
      clickToPanelMs: {
        cold: median(clickRuns.map((run) => run.cold)),
        warm: median(clickRuns.map((run) => run.warm)),
      },
      jsHeapAfterLoadBytes: {
        app: median(app.map((figures) => figures.heapBytes)),
        reference: median(reference.map((figures) => figures.heapBytes)),
      },
      pipeline,
      scaled: { factor: SCALE, ...scaled, idleRatio: scaled.idleMs / referenceIdle },
    };
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);

    const rows: Array<[string, string, string, string]> = [
      ['figure', 'app', 'reference', 'app ÷ ref'],
      [
        'load → first idle (ms, median)',
        appIdle.toFixed(0),
        referenceIdle.toFixed(0),
        result.loadToIdle.ratio.toFixed(2),
      ],
      ...(['js', 'worker', 'css', 'data', 'html', 'other', 'total'] as const).map(
        (kind): [string, string, string, string] => [
          `first load, ${kind} (KB gzip)`,
          kb(result.firstLoadGzipBytes.app[kind]),
          kb(result.firstLoadGzipBytes.reference[kind]),
          result.firstLoadGzipBytes.reference[kind]
            ? (result.firstLoadGzipBytes.app[kind] / result.firstLoadGzipBytes.reference[kind]).toFixed(2)
            : '–',
        ],
      ),
      [
        'JS heap after load (MB)',
        (result.jsHeapAfterLoadBytes.app / 2 ** 20).toFixed(1),
        (result.jsHeapAfterLoadBytes.reference / 2 ** 20).toFixed(1),
        (result.jsHeapAfterLoadBytes.app / result.jsHeapAfterLoadBytes.reference).toFixed(2),
      ],
      ['click → panel painted, first (ms)', result.clickToPanelMs.cold.toFixed(1), '–', '–'],
      ['click → panel painted, again (ms)', result.clickToPanelMs.warm.toFixed(1), '–', '–'],
      [
        `${SCALE}× articles and features: load → idle (ms)`,
        scaled.idleMs.toFixed(0),
        referenceIdle.toFixed(0),
        (scaled.idleMs / referenceIdle).toFixed(2),
      ],
      [`${SCALE}× articles and features: first load (KB gzip)`, kb(scaled.totalBytes), '–', '–'],
      [
        `${SCALE}× articles and features: click → panel, first / again (ms)`,
        `${scaled.click.cold.toFixed(1)} / ${scaled.click.warm.toFixed(1)}`,
        '–',
        '–',
      ],
      [
        'npm run data pipeline (ms / MB heap)',
        `${pipeline.ms.toFixed(0)} / ${pipeline.heapDeltaMb.toFixed(1)}`,
        '–',
        '–',
      ],
    ];
    const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows)
      console.log(
        row
          .map((cell, column) => (column ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
          .join('  '),
      );
    console.log(`\n${RUNS} runs each, alternating; written to bench/results/latest.json`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
