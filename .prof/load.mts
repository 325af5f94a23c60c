import { launch } from '/work/wt/lead/tests/e2e/browser.ts';
import { serveStatic } from '/work/wt/lead/tests/e2e/static-server.ts';

const server = await serveStatic(process.env.DIST ?? '/tmp/dist-prof');
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(`(() => { const t = (window.__lt = []); new PerformanceObserver((l) => { for (const e of l.getEntries()) t.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); })();`);
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(`${server.url}/${process.env.PAGE ?? ''}`);
await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, { timeout: 60000 });
await page.waitForTimeout(2000);
const { profile } = await cdp.send('Profiler.stop');
console.log('idle at', await page.evaluate(() => Math.round(performance.getEntriesByName('map-idle')[0]!.startTime)), 'long tasks', JSON.stringify(await page.evaluate('window.__lt')));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
profile.samples!.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
const incl = new Map<string, number>(); const selfBy = new Map<string, number>();
const key = (n: any) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
for (const [id, t] of self) {
  selfBy.set(key(byId.get(id)), (selfBy.get(key(byId.get(id))) ?? 0) + t);
  const seen = new Set<string>(); let cur: number | undefined = id;
  while (cur !== undefined) { const k = key(byId.get(cur)); if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + t); seen.add(k); } cur = parent.get(cur); }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`).join('\n');
console.log('--- self'); console.log(top(selfBy, Number(process.env.NSELF ?? 30)));
console.log('--- inclusive'); console.log(top(incl, Number(process.env.NINCL ?? 60)));
await browser.close(); await server.close();
