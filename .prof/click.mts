import { launch } from '/work/wt/lead/tests/e2e/browser.ts';
import { serveStatic } from '/work/wt/lead/tests/e2e/static-server.ts';
import { clickToPanel } from '/work/wt/lead/bench/browser-figures.ts';

const server = await serveStatic('/work/wt/lead/dist');
const browser = await launch();
const runs = Number(process.env.RUNS ?? 3);
const waitMs = Number(process.env.WAIT ?? 0);
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(`(() => { const t = (window.__lt = []); new PerformanceObserver((l) => { for (const e of l.getEntries()) t.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); })();`);
  const page = await context.newPage();
  const t0 = Date.now();
  const reqs: string[] = [];
  page.on('request', (r) => reqs.push(`${Date.now() - t0} req ${new URL(r.url()).pathname}`));
  page.on('requestfinished', (r) => reqs.push(`${Date.now() - t0} fin ${new URL(r.url()).pathname}`));
  await page.goto(`${server.url}/#map=5/47.5/66`);
  await page.goto(`${server.url}/`);
  await page.waitForSelector('.map-region[aria-busy="false"]');
  if (waitMs) await page.waitForTimeout(waitMs);
  const clickAt = Date.now() - t0;
  const ms = await clickToPanel(page, { jump: true });
  const lt = await page.evaluate(() => { const now = performance.now(); return (window as any).__lt.filter(([s]: number[]) => s > now - 3000); });
  console.log(`run ${i}: ${ms.toFixed(0)} ms (click at ${clickAt}); long tasks recent: ${JSON.stringify(lt)}`);
  if (process.env.REQS) console.log(reqs.filter((r) => Number(r.split(' ')[0]) > clickAt - 1500).join('\n'));
  await context.close();
}
await browser.close();
await server.close();
