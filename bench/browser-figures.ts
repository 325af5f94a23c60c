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
}

export async function load(browser: Browser, url: string): Promise<LoadFigures> {
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

/**
 * Pointer down on the feature at the map's centre to the panel painted (next frame after it appears),
 * in ms. As a person clicks: the pointer comes to rest on the feature first (the map draws its hover
 * highlight), then the click. With `jump`, the pointer moves and clicks at once, so the figure also
 * holds the map's redraw for the hover (the way this benchmark measured before).
 */
export async function clickToPanel(page: Page, { jump = false }: { jump?: boolean } = {}): Promise<number> {
  const box = await page.locator('.map-region canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  if (!jump) {
    await page.mouse.move(x, y);
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
          requestAnimationFrame(() => resolve(performance.now() - (state.__down ?? 0)));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  });
  await page.mouse.click(x, y);
  return page.evaluate(() => (window as unknown as { __painted: Promise<number> }).__painted);
}

/**
 * One step of the "as known on" slider (ArrowRight on the focused slider) to the next frame after the
 * open panel shows the new day, in ms: the panel's evidence re-filtered, the map's not-yet features
 * re-marked. Median of `steps` steps from `#feature=<id>&asof=<day>`.
 */
export async function sliderStep(page: Page, steps = 5): Promise<number> {
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
  return median(times);
}
