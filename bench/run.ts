/**
 * `npm run bench`: the production app against a bare MapLibre reference page with the same data,
 * both served from one static server and loaded alternately in headless Chromium. Every figure is
 * a median over the runs of this one process, and speed is reported as a ratio to the reference.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { clickToPanel, load, median, redrawFloor, type LoadFigures } from './browser-figures.ts';
import { launch } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { runPipeline } from '../src/pipeline/build.ts';
import { readInputs } from '../src/pipeline/node/read-inputs.ts';
import { CLICKED, measureApp, measurePipeline, type AppPoint } from './growth.ts';
import { formatGrowth, table } from './growth-report.ts';
import { formatTakeaway, takeawayFigures, type TakeawayFigures } from './takeaway-figures.ts';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const GROWTH_RUNS = Number(process.env['BENCH_GROWTH_RUNS'] ?? 3);
/** The largest app corpus and pipeline corpus measured (lower them for a quick run). */
const GROWTH_MAX = Number(process.env['BENCH_GROWTH_MAX'] ?? 1000);
const PIPELINE_MAX = Number(process.env['BENCH_PIPELINE_MAX'] ?? 10_000);

async function clicks(
  browser: Browser,
  origin: string,
): Promise<{ cold: number; warm: number; coldJump: number }> {
  // Measured on Almaty, a real feature present at every scale.
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}/${CLICKED.hash}`);
    await page.waitForSelector('.map-region[aria-busy="false"]');
    return { context, page };
  };
  // The first click with the pointer resting on the feature first, then again.
  const first = await open();
  const cold = await clickToPanel(first.page);
  await first.page.keyboard.press('Escape');
  await first.page.waitForSelector('.map-region[aria-busy="false"]');
  const warm = await clickToPanel(first.page);
  await first.context.close();
  // The first click with the pointer moved and pressed at once: no hover first (a quick click, a tap).
  const second = await open();
  const coldJump = await clickToPanel(second.page, { jump: true });
  await second.context.close();
  return { cold, warm, coldJump };
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
    // The bare page drawing the app's style (bench/reference/styled): splits the app's ratio into what
    // its map style costs and what the rest of the app adds.
    const styled: LoadFigures[] = [];
    // One warm-up of each (disk cache, shader compilation), then alternate.
    await load(browser, `${server.url}/`);
    await load(browser, `${server.url}/reference/`);
    await load(browser, `${server.url}/reference/styled/`);
    for (let run = 0; run < RUNS; run += 1) {
      app.push(await load(browser, `${server.url}/`));
      reference.push(await load(browser, `${server.url}/reference/`));
      styled.push(await load(browser, `${server.url}/reference/styled/`));
    }
    const clickRuns: Array<{ cold: number; warm: number; coldJump: number }> = [];
    for (let run = 0; run < RUNS; run += 1) clickRuns.push(await clicks(browser, server.url));
    // The floor under a click or a slider step that redraws the map: each reference page's map redrawn
    // back to back, on a fresh page each run.
    const floors = { reference: [] as number[], styled: [] as number[] };
    for (let run = 0; run < RUNS; run += 1)
      for (const [key, path] of [
        ['reference', '/reference/'],
        ['styled', '/reference/styled/'],
      ] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        floors[key].push(await redrawFloor(page));
        await context.close();
      }
    // Export image end to end and one "as known on" slider step (issues 18 and 17): here at 5 articles,
    // at 1,000 on the growth curve's build of that size.
    const takeaway: TakeawayFigures[] = [await takeawayFigures(browser, server.url, 5, RUNS)];
    const pipeline = pipelineFigures();

    // The growth curve: the app at 5, 100 and 1,000 articles, the pipeline alone up to 10,000.
    const appPoints: AppPoint[] = [await measureApp(browser, ROOT, 5, 18, GROWTH_RUNS, true)];
    for (const articles of [100, 1000].filter((count) => count <= GROWTH_MAX))
      appPoints.push(
        await measureApp(browser, ROOT, articles, 180, GROWTH_RUNS, false, async (origin) => {
          if (articles === 1000) takeaway.push(await takeawayFigures(browser, origin, articles, GROWTH_RUNS));
        }),
      );
    const pipelinePoints = [5, 100, 1000, 10_000]
      .filter((count) => count <= PIPELINE_MAX)
      .map((articles) => measurePipeline(ROOT, articles, 180));

    const appIdle = median(app.map((figures) => figures.idleMs));
    const referenceIdle = median(reference.map((figures) => figures.idleMs));
    const styledIdle = median(styled.map((figures) => figures.idleMs));
    const bytes = (list: LoadFigures[]) => {
      const first = list[0]!.bytes;
      return { ...first, total: Object.values(first).reduce((sum, value) => sum + value, 0) };
    };
    const result = {
      date: new Date().toISOString(),
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim(),
      runs: RUNS,
      loadToIdle: { appMs: appIdle, referenceMs: referenceIdle, ratio: appIdle / referenceIdle },
      styledReference: {
        idleMs: styledIdle,
        blockingMs: median(styled.map((figures) => figures.blockingMs)),
        programs: Math.max(...styled.map((figures) => figures.programs)),
      },
      blocking: {
        appMs: median(app.map((figures) => figures.blockingMs)),
        referenceMs: median(reference.map((figures) => figures.blockingMs)),
        appLongestMs: median(app.map((figures) => figures.longestTaskMs)),
        referenceLongestMs: median(reference.map((figures) => figures.longestTaskMs)),
      },
      firstLoadGzipBytes: { app: bytes(app), reference: bytes(reference) },
      // Deterministic (the style decides it, not the machine): the largest count any run saw.
      webglProgramsAtIdle: {
        app: Math.max(...app.map((figures) => figures.programs)),
        reference: Math.max(...reference.map((figures) => figures.programs)),
      },
      redrawFloorMs: { reference: median(floors.reference), styled: median(floors.styled) },
      clickToPanelMs: {
        cold: median(clickRuns.map((run) => run.cold)),
        warm: median(clickRuns.map((run) => run.warm)),
        coldPointerJumps: median(clickRuns.map((run) => run.coldJump)),
      },
      sliderStepMs: takeaway[0]!.sliderStepMs,
      takeaway,
      jsHeapAfterLoadBytes: {
        app: median(app.map((figures) => figures.heapBytes)),
        reference: median(reference.map((figures) => figures.heapBytes)),
      },
      pipeline,
      growth: { app: appPoints, pipeline: pipelinePoints },
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
      [
        '… the bare page drawing the app’s style (ms, median)',
        styledIdle.toFixed(0),
        referenceIdle.toFixed(0),
        (styledIdle / referenceIdle).toFixed(2),
      ],
      [
        'total blocking time, FCP → idle + 2 s (ms)',
        result.blocking.appMs.toFixed(0),
        result.blocking.referenceMs.toFixed(0),
        (result.blocking.appMs / result.blocking.referenceMs).toFixed(2),
      ],
      [
        '… the bare page drawing the app’s style (ms)',
        result.styledReference.blockingMs.toFixed(0),
        result.blocking.referenceMs.toFixed(0),
        (result.styledReference.blockingMs / result.blocking.referenceMs).toFixed(2),
      ],
      [
        'longest task (ms)',
        result.blocking.appLongestMs.toFixed(0),
        result.blocking.referenceLongestMs.toFixed(0),
        (result.blocking.appLongestMs / result.blocking.referenceLongestMs).toFixed(2),
      ],
      [
        'WebGL programs linked by first idle',
        String(result.webglProgramsAtIdle.app),
        String(result.webglProgramsAtIdle.reference),
        (result.webglProgramsAtIdle.app / result.webglProgramsAtIdle.reference).toFixed(2),
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
      [
        'map redrawn back to back: app’s style, bare (ms)',
        result.redrawFloorMs.styled.toFixed(0),
        result.redrawFloorMs.reference.toFixed(0),
        (result.redrawFloorMs.styled / result.redrawFloorMs.reference).toFixed(2),
      ],
      [
        'click → first excerpt painted, no hover first (ms)',
        result.clickToPanelMs.coldPointerJumps.toFixed(1),
        '–',
        '–',
      ],
      [
        'click → first excerpt painted, pointer resting (ms)',
        result.clickToPanelMs.cold.toFixed(1),
        '–',
        '–',
      ],
      ['… and again after closing (ms)', result.clickToPanelMs.warm.toFixed(1), '–', '–'],
      [
        'npm run data pipeline (ms / MB heap)',
        `${pipeline.ms.toFixed(0)} / ${pipeline.heapDeltaMb.toFixed(1)}`,
        '–',
        '–',
      ],
    ];
    console.log(table(rows));
    console.log(`\n${RUNS} runs each, alternating; written to bench/results/latest.json`);
    const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    const blockingRatio = result.blocking.appMs / result.blocking.referenceMs;
    console.log('\nTargets against the bare map (same run):');
    for (const [target, measured, ok] of [
      [
        'first idle ≤ 1.05× the bare reference',
        `${result.loadToIdle.ratio.toFixed(2)}×`,
        result.loadToIdle.ratio <= 1.05,
      ],
      ['total blocking time ≤ 1.2× the bare page', `${blockingRatio.toFixed(2)}×`, blockingRatio <= 1.2],
      [
        // One program each for what the bare map does not draw (tests/e2e/map-loading.test.ts).
        'WebGL programs ≤ the bare page’s + 6',
        `+${result.webglProgramsAtIdle.app - result.webglProgramsAtIdle.reference}`,
        result.webglProgramsAtIdle.app <= result.webglProgramsAtIdle.reference + 6,
      ],
      [
        'first load ≤ 520 KB gzip',
        `${kb(result.firstLoadGzipBytes.app.total)} KB`,
        result.firstLoadGzipBytes.app.total <= 520 * 1024,
      ],
      [
        'click, no hover → first excerpt painted ≤ 50 ms',
        result.clickToPanelMs.coldPointerJumps.toFixed(0),
        result.clickToPanelMs.coldPointerJumps <= 50,
      ],
    ] as const)
      console.log(`  ${target.padEnd(48)} ${measured.padStart(9)}  ${check(ok)}`);
    console.log(
      `  (of the first idle's ratio: the app's style on the bare page ${(styledIdle / referenceIdle).toFixed(2)}×, ` +
        `the app against that page ${(appIdle / styledIdle).toFixed(2)}×)`,
    );
    console.log(
      `  (the floor under a click or a slider step that redraws the map: a full redraw, back to back, takes ` +
        `${result.redrawFloorMs.reference.toFixed(0)} ms on the bare page and ` +
        `${result.redrawFloorMs.styled.toFixed(0)} ms with the app's style)`,
    );
    console.log(
      `\nExport image and the "as known on" slider (5 articles: ${RUNS} runs; 1,000: ${GROWTH_RUNS}):\n` +
        `${formatTakeaway(takeaway)}`,
    );
    console.log(`\n${formatGrowth(appPoints, pipelinePoints, GROWTH_RUNS)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
