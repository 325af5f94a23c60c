import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage } from './browser.ts';
import { buildAppWith, type BuiltApp } from './built-app.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { openAt, panelHeading } from './app-page.ts';

const HOSTILE = [
  'Hostile page about Almaty',
  '',
  'In Almaty <script>window.__ran = "script"</script> protesters <img src=x onerror="window.__ran=\'img\'"> gathered.',
  '',
  'Almaty police <a href="javascript:window.__ran=\'link\'">said</a> &lt;b&gt;bold&lt;/b&gt; and <b onmouseover="window.__ran=1">more</b>.',
].join('\n');

describe('robustness in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let hostile: BuiltApp | undefined;

  beforeAll(async () => {
    browser = await launch();
    server = await serveStatic(join(process.cwd(), 'dist'));
    // A build whose seeds include an article full of markup.
    hostile = await buildAppWith('hostile', ['seeds'], (dir) =>
      writeFileSync(join(dir, 'seeds', '900_hostile.txt'), HOSTILE),
    );
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await hostile?.close();
  });

  it('ships a strict Content-Security-Policy and breaks none of it', async () => {
    const html = readFileSync(join(process.cwd(), 'dist', 'index.html'), 'utf8');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    const watch = await openPage(browser, server.url);
    await openAt(watch.page, server.url, '#feature=ukraine-border-buildup');
    expect(await panelHeading(watch.page)).toBe('Ukraine border build-up');
    expect(watch.consoleErrors).toEqual([]);
    await watch.context.close();
  });

  it('shows article markup as literal text that never runs', async () => {
    const watch = await openPage(browser, hostile!.server.url);
    await openAt(watch.page, hostile!.server.url, '#feature=almaty');
    expect(await panelHeading(watch.page)).toBe('Almaty');
    const quote = watch.page.locator('aside.panel blockquote', { hasText: 'protesters' });
    await expect(quote.textContent()).resolves.toContain('<script>window.__ran = "script"</script>');
    expect(await quote.locator('script, img, a, b').count()).toBe(0);
    await watch.page.locator('aside.panel blockquote', { hasText: 'onmouseover' }).hover();
    expect(await watch.page.evaluate(() => (window as unknown as { __ran?: unknown }).__ran)).toBeUndefined();
    expect(watch.consoleErrors).toEqual([]);
    await watch.context.close();
  });

  it('without WebGL says so, and every excerpt stays reachable from the list and the search', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis']);
    try {
      const { page, context } = await openPage(noGl, server.url);
      await page.goto(`${server.url}/`);
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/cannot be shown/);
      await expect(page.locator('.map-region').getAttribute('aria-busy')).resolves.toBe('false');
      await page
        .getByRole('navigation', { name: 'All features' })
        .getByRole('button', { name: /^Geneva/ })
        .click();
      expect(await panelHeading(page)).toBe('Geneva');
      // The feature's evidence is its own file, fetched on the click.
      await page.locator('aside.panel blockquote').first().waitFor();
      expect(await page.locator('aside.panel blockquote').count()).toBeGreaterThan(0);
      await page.getByRole('combobox').fill('41st');
      await page
        .getByRole('option', { name: /41st Combined Arms Army/ })
        .first()
        .click();
      expect(await panelHeading(page)).toBe('41st Combined Arms Army');
      await context.close();
    } finally {
      await noGl.close();
    }
  });
});
