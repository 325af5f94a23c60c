import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, waitForMapIdle } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** Opens the app at a hash and waits until the map is idle. */
export async function openAt(page: Page, origin: string, hash = ''): Promise<void> {
  await page.goto(`${origin}/${hash}`);
  await waitForMapIdle(page);
}

/** Clicks the centre of the map canvas (the way DESIGN.md §4 says to click a feature). */
export async function clickMapCentre(page: Page): Promise<void> {
  const box = await page.locator('.map-region canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The open side panel's heading text, or null when no panel is open. */
/**
 * Until the panel's excerpt list is whole: its first frame holds about a screen, and the rest of the
 * first window follows once that frame is painted (the list is aria-busy until then).
 */
export async function panelExcerptsReady(page: Page, timeout = 10_000): Promise<void> {
  await page.locator('aside.panel .excerpt-list[aria-busy="false"]').waitFor({ timeout });
}

export async function panelHeading(page: Page, timeout = 10_000): Promise<string | null> {
  try {
    const heading = page.locator('aside.panel h2');
    await heading.waitFor({ timeout });
    return (await heading.textContent())?.trim() ?? null;
  } catch {
    return null;
  }
}

export const hashOf = (page: Page) => page.evaluate(() => location.hash);

/**
 * Serves dist/ and launches Chromium once for a test file; the getters are valid inside tests.
 * Registers its own beforeAll and afterAll.
 */
export function useBuiltApp(): { readonly server: StaticServer; readonly browser: Browser } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(join(process.cwd(), 'dist'));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('useBuiltApp: server used outside a test');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('useBuiltApp: browser used outside a test');
      return browser;
    },
  };
}
