import { describe, expect, it } from 'vitest';
import { openPage, waitForMapIdle } from './browser.ts';
import { panelExcerptsReady, panelHeading, useBuiltApp } from './app-page.ts';
import { briefing, makeHandout, openBriefing, pdfPages, squash } from './handout-pdf.ts';

const built = useBuiltApp();
/** Eight helpers share two cores: the map may take long to be idle. */
const SLOW = 300_000;

describe('offline after one visit', () => {
  it(
    'visit, go offline, reload: the map draws and a feature opens its panel with its excerpts',
    async () => {
      const { page, context, foreignRequests } = await openPage(built.browser, built.server.url);
      await page.goto(`${built.server.url}/`, { timeout: 120_000 });
      await waitForMapIdle(page, 120_000);
      // The note says so once the worker controls the page and holds what this visit fetched.
      await page.getByRole('status').filter({ hasText: 'Available offline' }).waitFor({ timeout: 120_000 });
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
        return link
          ? ((await (await fetch(link.href)).json()) as { name: string; icons: Array<{ src: string }> })
          : null;
      });
      expect(manifest?.name).toMatch(/Two Fronts/);
      expect(manifest?.icons.length).toBeGreaterThanOrEqual(2);

      await context.setOffline(true);
      await page.reload({ timeout: 120_000 });
      await waitForMapIdle(page, 120_000);
      await expect(page.locator('.map-region canvas').count()).resolves.toBe(1);
      await page.locator('#sidebar').getByRole('button', { name: 'Almaty' }).click();
      await expect(panelHeading(page, 60_000)).resolves.toBe('Almaty');
      await panelExcerptsReady(page, 60_000);
      expect(await page.locator('aside.panel blockquote').count()).toBeGreaterThan(0);
      // The timeline's file (data beside the evidence, not precached) was fetched on idle: it opens too.
      await page.getByRole('button', { name: 'Timeline' }).click();
      await page.getByRole('slider', { name: 'As known on' }).waitFor({ timeout: 60_000 });
      // The service worker answered from its caches: the page itself asked no other host.
      expect(foreignRequests).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'visit, go offline, reload: the briefing’s handout is made from the caches, its fonts too, and reads back as text',
    async () => {
      const { page, context, foreignRequests, consoleErrors } = await openPage(
        built.browser,
        built.server.url,
      );
      await openBriefing(page, built.server.url);
      // The note is in the sidebar, which the presentation hides: present in the page is enough.
      await page
        .locator('[role="status"]', { hasText: 'Available offline' })
        .waitFor({ state: 'attached', timeout: 120_000 });

      await context.setOffline(true);
      await page.reload({ timeout: 120_000 });
      await waitForMapIdle(page, 120_000);
      const file = await makeHandout(page, SLOW);
      expect(file.suggestedFilename()).toMatch(/\.pdf$/);
      // The handout's text is set in the DejaVu fonts it fetched: offline, only the worker's cache has them.
      const pages = pdfPages(await file.path());
      expect(pages).toHaveLength(briefing.steps.length + 1);
      for (const [index, step] of briefing.steps.entries())
        expect(squash(pages[index + 1]!)).toContain(squash(step.title));
      expect(pages.join('\f')).toContain('“');
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    SLOW + 300_000,
  );
});
