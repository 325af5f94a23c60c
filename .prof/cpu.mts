import { launch } from '/work/wt/lead/tests/e2e/browser.ts';
import { serveStatic } from '/work/wt/lead/tests/e2e/static-server.ts';

const server = await serveStatic(process.env.DIST ?? '/work/wt/lead/dist');
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(`${server.url}/${process.env.HASH ?? ''}`);
await page.waitForSelector('.map-region[aria-busy="false"]');
await page.waitForTimeout(Number(process.env.WAIT ?? 5000));
const box = (await page.locator('.map-region canvas').boundingBox())!;
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
await page.locator('aside.panel blockquote').first().waitFor();
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
const dt = profile.timeDeltas!;
profile.samples!.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
// inclusive time per function name+url
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
const selfBy = new Map<string, number>();
for (const [id, t] of self) {
  const seen = new Set<string>();
  let cur: number | undefined = id;
  const n0 = byId.get(id)!;
  const k0 = `${n0.callFrame.functionName || '(anon)'} ${n0.callFrame.url.split('/').pop()}:${n0.callFrame.lineNumber}`;
  selfBy.set(k0, (selfBy.get(k0) ?? 0) + t);
  while (cur !== undefined) {
    const n = byId.get(cur)!;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + t); seen.add(k); }
    cur = parent.get(cur);
  }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`).join('\n');
console.log('--- self'); console.log(top(selfBy, 25));
console.log('--- inclusive'); console.log(top(incl, 45));
await browser.close();
await server.close();
