import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export type Kind = 'js' | 'worker' | 'css' | 'data' | 'html' | 'other';
export const kindOf = (url: string): Kind =>
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

export interface LoadFigures {
  idleMs: number;
  bytes: Record<Kind, number>;
  heapBytes: number;
  /**
   * Total blocking time as Lighthouse counts it (each main-thread task over 50 ms adds what it runs
   * beyond 50 ms), from first contentful paint to two seconds after the map's first idle.
   */
  blockingMs: number;
  /** The longest main-thread task in that time. */
  longestTaskMs: number;
  /**
   * WebGL programs linked by the map's first idle: on software GL, compiling and linking them is most
   * of what the first render costs beyond drawing. Deterministic: it depends on the style, not the machine.
   */
  programs: number;
}

/** Collects long tasks from the start of the page (an init script: it runs before the app). */
const LONG_TASKS = `(() => {
  const tasks = (window.__longTasks = []);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

/**
 * Counts WebGL programs linked from the start of the page (an init script), and keeps the count at the
 * map's first idle: the moment the page marks 'map-idle' (the app and the reference both do).
 */
export const LINKED_PROGRAMS = `(() => {
  const count = { linked: 0, atIdle: -1 };
  window.__programs = count;
  for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
    const link = context.prototype.linkProgram;
    context.prototype.linkProgram = function (program) {
      count.linked += 1;
      return link.call(this, program);
    };
  }
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    if (name === 'map-idle' && count.atIdle < 0) count.atIdle = count.linked;
    return mark(name, options);
  };
})();`;

/** The programs linked by the first idle, as LINKED_PROGRAMS counted them. */
export async function programsAtIdle(page: Page): Promise<number> {
  const count = await page.evaluate(
    () => (window as unknown as { __programs?: { atIdle: number } }).__programs?.atIdle ?? -1,
  );
  if (count < 0) throw new Error('no program count at the first idle: was LINKED_PROGRAMS installed?');
  return count;
}

async function blocking(page: Page, idleMs: number): Promise<{ blockingMs: number; longestTaskMs: number }> {
  await page.waitForTimeout(2000);
  return page.evaluate((until) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const tasks = ((window as unknown as { __longTasks?: Array<[number, number]> }).__longTasks ?? []).filter(
      ([start]) => start >= fcp && start <= until,
    );
    return {
      blockingMs: tasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      longestTaskMs: Math.max(0, ...tasks.map(([, duration]) => duration)),
    };
  }, idleMs + 2000);
}

export async function load(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(LONG_TASKS);
  await context.addInitScript(LINKED_PROGRAMS);
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
  const programs = await programsAtIdle(page);
  // First load: what was requested before the map's first idle (prefetches after it do not count).
  for (const response of responses)
    if (response.startedAt <= idleAt) bytes[response.kind] += await response.size;
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const heapBytes = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  const tasks = await blocking(page, idleMs);
  await context.close();
  return { idleMs, bytes, heapBytes, programs, ...tasks };
}

/**
 * Pointer down on the feature at the map's centre to its first excerpt painted, in ms: the frame
 * after the excerpt is in the page has run (an animation frame, then a task queued from it, which
 * runs once that frame is painted, so a map redraw in the same frame counts). With `jump`, the
 * pointer moves and clicks at once (a quick click or a tap: no hover first); without, it comes to
 * rest on the feature first, as a mouse user's does, and the click follows.
 */
export async function clickToPanel(page: Page, { jump = false }: { jump?: boolean } = {}): Promise<number> {
  const box = await page.locator('.map-region canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  if (!jump) {
    await page.mouse.move(x, y);
    // The hover highlight comes once the pointer rests; then the map redraws it and is idle again.
    await page.waitForTimeout(200);
    await page.waitForSelector('.map-region[aria-busy="false"]');
  }
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
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - (state.__down ?? 0));
            channel.port2.postMessage(null);
          });
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  });
  await page.mouse.click(x, y);
  return page.evaluate(() => (window as unknown as { __painted: Promise<number> }).__painted);
}

/**
 * The machine's floor for anything that changes the map: full redraws of a reference page's map
 * (`window.referenceMap`), each asked for as soon as the frame after the last one has run, in ms from
 * the request to that frame (as `clickToPanel` and `sliderStep` end theirs). The median of `count`
 * redraws after the first, which has no redraw before it. On software GL the GPU process, not the
 * page, sets it: a slider step or a click that redraws the map cannot be quicker.
 */
export async function redrawFloor(page: Page, count = 8): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
    timeout: 60_000,
  });
  const times = await page.evaluate(async (count) => {
    const map = window.referenceMap;
    if (!map) throw new Error('no window.referenceMap: redrawFloor measures a reference page');
    // No named function in here: the bundler that runs the bench would wrap it in a helper the page lacks.
    const times: number[] = [];
    for (let redraw = 0; redraw <= count; redraw += 1) {
      const start = performance.now();
      const drawn = new Promise<void>((resolve) => map.once('render', () => resolve()));
      map.triggerRepaint();
      await drawn;
      await new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
      );
      times.push(performance.now() - start);
    }
    return times;
  }, count);
  return median(times.slice(1));
}

/**
 * One step of the "as known on" slider (ArrowRight on the focused slider) to the next frame after the
 * open panel shows the new day, in ms: the panel's evidence re-filtered, the map's not-yet features
 * re-marked. Over `steps` steps from `#feature=<id>&asof=<day>`: the median step, and the slowest (a
 * day that brings new excerpts, a chart or a feature's start costs more than one that changes nothing,
 * and the median alone would hide it).
 */
export async function sliderStep(page: Page, steps = 5): Promise<{ median: number; slowest: number }> {
  const slider = page.getByRole('slider', { name: 'As known on' });
  await slider.waitFor();
  await page.locator('aside.panel .as-known-on').waitFor();
  await slider.focus();
  const times: number[] = [];
  for (let step = 0; step < steps; step += 1) {
    const before = await slider.getAttribute('aria-valuetext');
    times.push(
      await page.evaluate((previous) => {
        return new Promise<number>((resolve) => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            const shown = document.querySelector('aside.panel .as-known-on strong')?.textContent ?? '';
            if (previous && !shown.includes(previous)) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          document.activeElement?.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }),
          );
        });
      }, before),
    );
  }
  return { median: median(times), slowest: Math.max(...times) };
}
