import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { openPage } from './browser.ts';
import { useBuiltApp } from './app-page.ts';
import { serveStatic } from './static-server.ts';

const briefing = JSON.parse(readFileSync(join(process.cwd(), 'story', 'briefing.json'), 'utf8')) as {
  steps: Array<{ title: string }>;
};
const built = useBuiltApp();
/** Eight helpers share two cores: the map may take long to be idle. */
const SLOW = 240_000;

describe('?embed in another site', () => {
  it(
    'plays step 3 inside an iframe on another origin: map and player only, links open the full app',
    async () => {
      // The host page is served from a second server: another port is another origin.
      const hostRoot = await mkdtemp(join(tmpdir(), 'two-fronts-host-'));
      const appUrl = `${built.server.url}/?embed#step=3`;
      await writeFile(
        join(hostRoot, 'index.html'),
        `<!doctype html><title>A newsroom page</title><link rel="icon" href="data:,"><h1>Our story</h1>` +
          `<iframe src="${appUrl}" width="900" height="600" title="Two Fronts, step 3"></iframe>`,
      );
      const host = await serveStatic(hostRoot);
      try {
        expect(new URL(host.url).origin).not.toBe(new URL(built.server.url).origin);
        const { page, context, consoleErrors } = await openPage(built.browser, host.url);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(`${host.url}/`, { timeout: 120_000 });
        const frame = page.frameLocator('iframe');
        await frame.locator('.map-region[aria-busy="false"]').waitFor({ timeout: 120_000 });
        const slide = frame.locator('[aria-roledescription="slide"]');
        await expect(slide.getAttribute('aria-label')).resolves.toBe(
          `3 of ${briefing.steps.length}: ${briefing.steps[2]!.title}`,
        );
        expect(await slide.locator('blockquote').count()).toBeGreaterThan(0);
        // Only the map and the player: no header, no sidebar.
        await expect(frame.locator('header.top').count()).resolves.toBe(0);
        await expect(frame.locator('#sidebar').count()).resolves.toBe(0);
        // The map fills the frame.
        const size = await frame.locator('.map-region canvas').evaluate((canvas) => ({
          width: canvas.clientWidth,
          height: canvas.clientHeight,
        }));
        expect(size).toEqual({ width: 900, height: 600 });
        // The way out opens the full app (no ?embed) at this step, in a new tab.
        const open = frame.getByRole('link', { name: /open the full map/ });
        await expect(open.getAttribute('target')).resolves.toBe('_blank');
        const popup = context.waitForEvent('page');
        await open.click();
        const tab = await popup;
        await tab.waitForLoadState('domcontentloaded');
        expect(tab.url()).toMatch(new RegExp(`^${built.server.url}/#.*step=3`));
        expect(tab.url()).not.toContain('embed');
        // Every link in the frame opens in a new tab.
        await expect(frame.locator('base').getAttribute('target')).resolves.toBe('_blank');
        // The player still plays: Next moves to step 4.
        await frame.getByRole('button', { name: 'Next →' }).click();
        await expect(slide.getAttribute('aria-label')).resolves.toMatch(/^4 of /);
        expect(consoleErrors).toEqual([]);
        await context.close();
      } finally {
        await host.close();
        await rm(hostRoot, { recursive: true, force: true });
      }
    },
    SLOW,
  );

  it(
    'the player offers an iframe snippet for the step',
    async () => {
      const { page, context } = await openPage(built.browser, built.server.url);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: built.server.url });
      await page.goto(`${built.server.url}/#step=2`, { timeout: 120_000 });
      await page.getByRole('button', { name: 'Embed this step' }).click();
      const snippet = await page.getByLabel(/Paste this into a page/).inputValue();
      expect(snippet).toMatch(new RegExp(`^<iframe src="${built.server.url}/\\?embed#step=2" title="[^"]+"`));
      await page.getByRole('button', { name: 'Copy', exact: true }).click();
      const status = page.getByRole('status').filter({ hasText: /Copied|Selected/ });
      await status.waitFor();
      if ((await status.textContent())?.includes('Copied'))
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
      else {
        // Where the browser refuses the clipboard, the whole snippet is selected for Ctrl+C.
        const selected = await page
          .getByLabel(/Paste this into a page/)
          .evaluate((field: HTMLTextAreaElement) =>
            field.value.slice(field.selectionStart, field.selectionEnd),
          );
        expect(selected).toBe(snippet);
      }
      await context.close();
    },
    SLOW,
  );
});
