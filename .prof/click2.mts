import { launch } from '/work/wt/lead/tests/e2e/browser.ts';
import { serveStatic } from '/work/wt/lead/tests/e2e/static-server.ts';

const server = await serveStatic(process.env.DIST ?? '/work/wt/lead/dist');
const browser = await launch();
const runs = Number(process.env.RUNS ?? 3);
const waitMs = Number(process.env.WAIT ?? 0);
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(`(() => { const t = (window.__lt = []); new PerformanceObserver((l) => { for (const e of l.getEntries()) t.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); })();`);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForSelector('.map-region[aria-busy="false"]');
  if (waitMs) await page.waitForTimeout(waitMs);
  const box = (await page.locator('.map-region canvas').boundingBox())!;
  await page.evaluate(`(() => {
    const s = window; s.__ev = [];
    function mark(n) { s.__ev.push([n, Math.round(performance.now())]); }
    for (const t of ['pointerdown', 'mousedown', 'pointerup', 'click']) window.addEventListener(t, () => mark(t), { capture: true, once: true });
    const seen = new Set();
    const o = new MutationObserver(() => {
      for (const sel of ['.panel-slot', '.panel-loading', 'aside.panel', 'aside.panel h2', 'aside.panel .facts', 'aside.panel blockquote']) {
        if (!seen.has(sel) && document.querySelector(sel)) { seen.add(sel); mark(sel); }
      }
      if (seen.has('aside.panel blockquote')) { o.disconnect(); requestAnimationFrame(() => { mark('raf'); const c = new MessageChannel(); c.port1.onmessage = () => mark('painted'); c.port2.postMessage(null); }); }
    });
    o.observe(document.body, { childList: true, subtree: true });
  })()`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(2500);
  const ev: [string, number][] = await page.evaluate(`window.__ev`);
  const t0 = ev[0][1];
  const lt: number[][] = (await page.evaluate(`window.__lt`) as number[][]).filter(([s, d]) => s! + d! > t0 - 100);
  console.log(`run ${i}: ` + ev.map(([n, t]: [string, number]) => `${n}+${t - t0}`).join(' ') + ` | long: ${JSON.stringify(lt.map(([s, d]: number[]) => [s - t0, d]))}`);
  await context.close();
}
await browser.close();
await server.close();
