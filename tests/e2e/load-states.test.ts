import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, type PageWatch } from './browser.ts';
import { openAt, panelExcerptsReady, panelHeading, useBuiltApp } from './app-page.ts';

const built = useBuiltApp();

/**
 * Makes the evidence files matching `pattern` answer 503 until `recover()`; then they are served again.
 * Nothing is timed: the tests wait for what the page says.
 */
async function failUntilRecovered(
  page: Page,
  pattern: RegExp,
): Promise<{ recover: () => void; refused: () => number }> {
  let failing = true;
  let refused = 0;
  await page.route(pattern, (route) => {
    if (!failing) return route.continue();
    refused += 1;
    return route.fulfill({ status: 503, contentType: 'text/plain', body: 'down for maintenance' });
  });
  return { recover: () => (failing = false), refused: () => refused };
}

/** The page's console errors other than the 503s the test caused (Chromium logs each failed resource). */
const unexpectedErrors = (watch: PageWatch) =>
  watch.consoleErrors.filter((text) => !/status of 503|Failed to load resource/.test(text));

describe('every load says loading, failed (with Retry) or offline, in Chromium', () => {
  it('the panel: evidence answering 503 says it could not load, shows no count, and Retry after recovery shows the excerpts', async () => {
    const watch = await openPage(built.browser, built.server.url);
    const evidence = await failUntilRecovered(watch.page, /\/evidence\/f\/[^/]+\.json$/);
    await openAt(watch.page, built.server.url, '#feature=almaty');
    expect(await panelHeading(watch.page)).toBe('Almaty');
    const problem = watch.page.locator('aside.panel [role="alert"]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain(
      'Could not load the excerpts for Almaty: the server answered 503 Service Unavailable.',
    );
    expect(evidence.refused()).toBeGreaterThan(0);
    // A failed download is never a count, nor "no article mentions".
    expect(await watch.page.locator('aside.panel .count').count()).toBe(0);
    expect(await watch.page.locator('aside.panel').textContent()).not.toMatch(/\d+ excerpts|No article/);
    evidence.recover();
    await problem.getByRole('button', { name: 'Retry' }).click();
    await panelExcerptsReady(watch.page);
    expect(await watch.page.locator('aside.panel .count').textContent()).toMatch(
      /^\(\d+ excerpts, best first\)$/,
    );
    expect(await watch.page.locator('aside.panel blockquote').count()).toBeGreaterThan(0);
    expect(await watch.page.locator('aside.panel [role="alert"]').count()).toBe(0);
    expect(unexpectedErrors(watch)).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await watch.context.close();
  });

  it('the reader: an article answering 503 says so in the reader, and Retry after recovery shows the article', async () => {
    const watch = await openPage(built.browser, built.server.url);
    const articles = await failUntilRecovered(watch.page, /\/evidence\/(a\/[^/]+|articles-[0-9a-f]+)\.json$/);
    await openAt(watch.page, built.server.url, '#feature=almaty');
    expect(await panelHeading(watch.page)).toBe('Almaty');
    await watch.page.getByRole('button', { name: 'Read in the article' }).first().click();
    const reader = watch.page.locator('dialog[open]');
    const problem = reader.locator('[role="alert"]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Could not load the article: the server answered 503');
    expect(await reader.locator('.paragraph').count()).toBe(0);
    articles.recover();
    await problem.getByRole('button', { name: 'Retry' }).click();
    await reader.locator('.current').waitFor();
    expect(await reader.locator('.current mark').count()).toBeGreaterThan(0);
    expect(unexpectedErrors(watch)).toEqual([]);
    await watch.context.close();
  });

  it('search: an index answering 503 says the text could not be searched (never "no match"), and Retry finds the quote', async () => {
    const watch = await openPage(built.browser, built.server.url);
    const search = await failUntilRecovered(watch.page, /\/evidence\/(s\/[^/]+|search-[0-9a-f]+)\.json$/);
    await openAt(watch.page, built.server.url);
    const input = watch.page.getByRole('combobox', { name: /Search/ });
    await input.fill('paratroopers descended');
    const problem = watch.page.locator('.search [role="alert"]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain(
      'Could not load the article text to search: the server answered 503',
    );
    expect(await watch.page.locator('.search').textContent()).not.toContain('No feature or excerpt matches');
    search.recover();
    await problem.getByRole('button', { name: 'Retry' }).click();
    const hit = watch.page.getByRole('option').filter({ hasText: 'paratroopers descended' });
    await hit.first().waitFor();
    expect(await hit.first().locator('mark').count()).toBeGreaterThan(0);
    expect(await watch.page.locator('.search [role="alert"]').count()).toBe(0);
    expect(unexpectedErrors(watch)).toEqual([]);
    await watch.context.close();
  });

  it('offline: the reader says it is offline, and loads by itself once the browser is back online', async () => {
    const watch = await openPage(built.browser, built.server.url);
    await openAt(watch.page, built.server.url, '#feature=almaty');
    await panelExcerptsReady(watch.page);
    await watch.context.setOffline(true);
    await watch.page.getByRole('button', { name: 'Read in the article' }).first().click();
    const problem = watch.page.locator('dialog[open] [role="alert"][data-load="offline"]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('You are offline, and the article could not be loaded');
    await watch.context.setOffline(false);
    await watch.page.locator('dialog[open] .current').waitFor();
    await watch.context.close();
  });
});
