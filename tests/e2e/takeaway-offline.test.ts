import { describe, expect, it } from 'vitest';
import { openPage, waitForMapIdle } from './browser.ts';
import { panelExcerptsReady, panelHeading, useBuiltApp } from './app-page.ts';

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
      // The service worker answered from its caches: the page itself asked no other host.
      expect(foreignRequests).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
