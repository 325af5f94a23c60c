import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Debian's Chromium: Playwright cannot download its own browser here. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
}

export interface PageWatch {
  page: Page;
  context: BrowserContext;
  /** Requests that left the page's own origin. */
  foreignRequests: string[];
  consoleErrors: string[];
}

/**
 * A fresh page that records console errors, page errors and any request to another origin.
 * `serviceWorkers: 'block'` keeps the app's offline worker out: once it controls the page it answers
 * from its precache, and a test's `page.route` no longer sees those requests.
 */
export async function openPage(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 800 },
  { serviceWorkers = 'allow' }: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<PageWatch> {
  const context = await browser.newContext({ viewport, serviceWorkers });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  // Any Content-Security-Policy violation is an error the tests see.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return { page, context, foreignRequests, consoleErrors };
}

/** Waits for the map to report itself idle through aria-busy (DESIGN.md §3). */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('.map-region[aria-busy="false"]', { timeout });
}
