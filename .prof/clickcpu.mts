import { launch } from '/work/wt/lead/tests/e2e/browser.ts';
import { serveStatic } from '/work/wt/lead/tests/e2e/static-server.ts';
const dists = (process.env.DISTS ?? '/work/main/dist,/work/wt/lead/dist').split(',');
const servers = await Promise.all(dists.map((d) => serveStatic(d)));
const browser = await launch();
const rounds = Number(process.env.N ?? 3);
const results: Record<string, number[][]> = {};
for (let i = 0; i < rounds; i++) for (const [k, server] of servers.entries()) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/${process.env.HASH ?? '#map=7/43.24/76.89'}`);
  await page.waitForSelector('.map-region[aria-busy="false"]');
  await page.waitForTimeout(Number(process.env.WAIT ?? 4000));
  const box = (await page.locator('.map-region canvas').boundingBox())!;
  const cdp = await context.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'blink.user_timing'], enableThreadCpuTime: true } as any, transferMode: 'ReportEvents' } as any);
  await page.evaluate(`(() => { window.__p = new Promise((res) => { const o = new MutationObserver(() => { if (document.querySelector('aside.panel blockquote')) { o.disconnect(); requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => { performance.mark('painted'); res(); }; c.port2.postMessage(null); }); } }); o.observe(document.body, { childList: true, subtree: true }); }); })()`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate('window.__p');
  await page.waitForTimeout(100);
  await cdp.send('Tracing.end');
  await done;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'painted'));
  const mark = events.find((e) => e.name === 'painted' && e.pid === main.pid);
  const down = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown' && e.pid === main.pid);
  const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts + e.dur >= (down?.ts ?? 0) && e.ts <= mark.ts);
  const cpu = tasks.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000;
  const wall = (mark.ts - (down?.ts ?? mark.ts)) / 1000;
  if (process.env.NET) for (const e of events.filter((e) => e.pid === main.pid && ['ResourceSendRequest', 'ResourceFinish', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'FunctionCall'].includes(e.name) && e.ts >= (down?.ts ?? 0) && e.ts <= mark.ts)) { const u = e.args?.data?.url ?? e.args?.data?.type ?? e.args?.data?.functionName ?? ''; if (e.name !== 'FunctionCall' || (e.dur ?? 0) > 2000) console.log('   ', ((e.ts - down.ts) / 1000).toFixed(0), e.name, String(u).split('/').pop(), ((e.dur ?? 0) / 1000).toFixed(1)); }
  if (process.env.DETAIL) for (const t of tasks) {
    const kids = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e.name !== 'RunTask');
    const by: Record<string, number> = {};
    for (const e of kids) by[e.name] = (by[e.name] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000;
    const top = Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, v]) => `${n}:${v.toFixed(1)}`).join(' ');
    for (const e of kids) if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && (e.dur ?? 0) > 300) console.log('   ', e.name, ((e.tdur ?? e.dur) / 1000).toFixed(1), JSON.stringify((e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? []).slice(0, 4).map((f: any) => `${f.functionName}@${f.url.split('/').pop()}:${f.lineNumber}`)));
    if ((t.tdur ?? 0) > 1500) console.log(`  task @${((t.ts - (down?.ts ?? 0)) / 1000).toFixed(0)} cpu ${(t.tdur / 1000).toFixed(1)} | ${top}`);
  }
  (results[dists[k]!] ??= []).push([Math.round(cpu), Math.round(wall)]);
  await context.close();
}
for (const [d, r] of Object.entries(results)) console.log(d, 'cpu/wall ms:', JSON.stringify(r), 'median cpu', r.map((x) => x[0]).sort((a, b) => a - b)[Math.floor(r.length / 2)]);
await browser.close(); for (const s of servers) await s.close();
