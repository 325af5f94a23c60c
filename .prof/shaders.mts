import { launch } from '/work/wt/lead/tests/e2e/browser.ts';
import { serveStatic } from '/work/wt/lead/tests/e2e/static-server.ts';
const server = await serveStatic(process.env.DIST ?? '/work/wt/lead/dist');
const browser = await launch();
for (const path of (process.env.PATHS ?? '/,/reference/').split(',')) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(`(() => {
    const s = (window.__sh = { compile: 0, link: 0, linkMs: 0, programs: [] });
    for (const P of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      const c = P.compileShader; P.compileShader = function (x) { s.compile++; return c.call(this, x); };
      const l = P.linkProgram; P.linkProgram = function (p) { const t = performance.now(); const r = l.call(this, p); this.getProgramParameter(p, this.LINK_STATUS); const ms = performance.now() - t; s.linkMs += ms; s.link++; s.programs.push([Math.round(ms), s.last]); return r; };
      const sh = P.shaderSource; P.shaderSource = function (x, src) { if (/gl_Position/.test(src)) { const attrs = [...new Set((src.match(/(?:in|attribute) [a-z0-9]+ a_[a-z_0-9]+/g) || []).map(m => m.split(' ').pop()))]; const defs = (src.match(/#define HAS_UNIFORM_u_[a-z_]+/g) || []).map(m => m.slice(20)); const u = (src.match(/uniform [a-z0-9]+ u_[a-z_0-9]+/g) || []).map(m => m.split(' ').pop()).filter(n => /pattern|dash|texsize|image|sdf|extrude|radius|gapwidth|tex|fade/.test(n)); s.last = attrs.join(',') + ' | uniforms-const:' + defs.length + ' | ' + [...new Set(u)].join(','); } return sh.call(this, x, src); };
    }
  })();`);
  if (process.env.HIDE) await context.addInitScript(`document.addEventListener('DOMContentLoaded', () => { const st = document.createElement('style'); st.textContent = ${JSON.stringify(process.env.HIDE)} + '{display:none !important}'; document.head.append(st); });`);
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, { timeout: 90000 });
  const r = await page.evaluate(`({ idle: performance.getEntriesByName('map-idle')[0].startTime, ...window.__sh,  })`);
  console.log(path, JSON.stringify(r));
  await context.close();
}
await browser.close(); await server.close();
