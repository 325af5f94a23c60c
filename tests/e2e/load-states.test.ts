import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForMapIdle, type PageWatch } from './browser.ts';
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

/**
 * A fresh page with no service worker: the first visit, before the offline worker is in control. Once
 * it is, it answers the app's own files from its precache and the 503s below never reach the page
 * (the briefing's case then passed or failed by how fast the worker installed).
 */
const open = () => openPage(built.browser, built.server.url, undefined, { serviceWorkers: 'block' });

type Box = { x: number; y: number; width: number; height: number };

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The page's console errors other than the 503s the test caused (Chromium logs each failed resource). */
const unexpectedErrors = (watch: PageWatch) =>
  watch.consoleErrors.filter((text) => !/status of 503|Failed to load resource/.test(text));

describe('every load says loading, failed (with Retry) or offline, in Chromium', () => {
  it('the panel: evidence answering 503 says it could not load, shows no count, and Retry after recovery shows the excerpts', async () => {
    const watch = await open();
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
    const watch = await open();
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
    const watch = await open();
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

  it('the briefing: its code and citations answering 503 say so, and Retry after recovery shows the first step', async () => {
    const watch = await open();
    // The briefing's code and its citations load only when it is asked for.
    await watch.page.goto(`${built.server.url}/`);
    const story = await failUntilRecovered(watch.page, /\/assets\/(story|StoryPlayer)-[^/]+\.js$/);
    await waitForMapIdle(watch.page);
    await watch.page.getByRole('button', { name: 'Present' }).click();
    const problem = watch.page.locator('.story-status [role="alert"]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Could not load the briefing and its citations');
    expect(story.refused()).toBeGreaterThan(0);
    story.recover();
    // A pointer click, as a user's: Playwright refuses it if anything lies over the button.
    await problem.getByRole('button', { name: 'Retry' }).click();
    await watch.page.locator('.player .citation blockquote').first().waitFor();
    expect(await watch.page.locator('.story-status').count()).toBe(0);
    // The Timeline toggle covers neither the player nor the scale bar, on a desktop or a phone.
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      await watch.page.setViewportSize(viewport);
      const toggle = await box(watch.page, '.timeline-toggle');
      expect(overlap(toggle, await box(watch.page, '.player'))).toBe(false);
      expect(overlap(toggle, await box(watch.page, '.maplibregl-ctrl-scale'))).toBe(false);
    }
    expect(unexpectedErrors(watch)).toEqual([]);
    await watch.context.close();
  });

  it('offline: the reader says it is offline, and loads by itself once the browser is back online', async () => {
    const watch = await open();
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
