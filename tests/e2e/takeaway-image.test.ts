import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { readPngText } from '../../src/lib/takeaway/png-text.ts';
import { openPage, waitForMapIdle } from './browser.ts';
import { panelExcerptsReady, useBuiltApp } from './app-page.ts';

const built = useBuiltApp();
/** Eight helpers share two cores: the map may take long to be idle. */
const SLOW = 240_000;

async function openAt(page: Page, hash: string) {
  await page.goto(`${built.server.url}/${hash}`);
  await waitForMapIdle(page, 120_000);
}

/** Presses `e` (or clicks the button) and returns the downloaded file's name and bytes. */
async function exportPng(page: Page, how: 'key' | 'button' = 'key') {
  const download = page.waitForEvent('download', { timeout: 90_000 });
  if (how === 'key') await page.keyboard.press('e');
  else await page.getByRole('button', { name: 'Export image' }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

/**
 * The image's size as the browser decodes it (a broken PNG fails here), and how many colours one row
 * of it (`row`, in image pixels) holds: a map that was not captured is one flat colour.
 */
async function decodedSize(page: Page, bytes: Uint8Array, row = 0) {
  return page.evaluate(
    async ([data, y]) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, 1);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, -y);
      const pixels = new Uint32Array(context.getImageData(0, 0, bitmap.width, 1).data.buffer);
      return { width: bitmap.width, height: bitmap.height, rowColours: new Set(pixels).size };
    },
    [[...bytes], row] as const,
  );
}

const outletsShown = async (page: Page, scope: string) =>
  [
    ...new Set((await page.locator(`${scope} .source .outlet`).allTextContents()).map((text) => text.trim())),
  ].filter((outlet) => outlet && outlet !== 'Outlet not stated');

describe('Export image', () => {
  it(
    "exports the open panel's view: 2× map, deep link, attribution and the shown sources in the text chunks",
    async () => {
      const { page, context, foreignRequests, consoleErrors } = await openPage(
        built.browser,
        built.server.url,
      );
      await openAt(page, '#map=5/43.25/76.9&feature=almaty');
      await panelExcerptsReady(page, 60_000);
      const outlets = await outletsShown(page, 'aside.panel .excerpt-list');
      expect(outlets.length).toBeGreaterThan(1);
      const href = await page.evaluate(() => location.href);
      const { name, bytes } = await exportPng(page);
      expect(name).toMatch(/^two-fronts-almaty-\d{4}-\d{2}-\d{2}\.png$/);
      const text = Object.fromEntries(readPngText(bytes));
      expect(text['Source']).toBe(href);
      expect(text['Copyright']).toContain('Natural Earth');
      expect(text['Title']).toContain('Almaty');
      const notes = text['Description']!.split('\n');
      expect(notes[0]).toMatch(/^1\. /);
      for (const outlet of outlets) expect(text['Description']).toContain(outlet);
      // Chicago author-date: a year (or n.d., where the page states none) and the title in quotes.
      for (const note of notes) expect(note).toMatch(/^\d+\. (?=.*(\b2022\b|n\.d\.))(?=.*“[^”]+”)/);
      const canvasWidth = await page.locator('.map-region canvas').evaluate((canvas) => canvas.clientWidth);
      const canvasHeight = await page.locator('.map-region canvas').evaluate((canvas) => canvas.clientHeight);
      // Below the title band (under 100 CSS pixels tall), across the middle of the map.
      const size = await decodedSize(page, bytes, canvasHeight + 100);
      expect(size.width).toBe(canvasWidth * 2);
      expect(size.height).toBeGreaterThan(canvasHeight * 2);
      expect(size.rowColours).toBeGreaterThan(4);
      await expect(page.getByRole('status').filter({ hasText: 'Saved' }).count()).resolves.toBe(1);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    '"as known on" a day, the picture cites only what the panel shows on that day',
    async () => {
      const { page, context, consoleErrors } = await openPage(built.browser, built.server.url);
      await openAt(page, '#feature=kazakhstan');
      await panelExcerptsReady(page, 60_000);
      const everyOutlet = await outletsShown(page, 'aside.panel .excerpt-list');
      await openAt(page, '#feature=kazakhstan&asof=2022-01-07');
      await page.reload();
      await waitForMapIdle(page, 120_000);
      await panelExcerptsReady(page, 60_000);
      const onTheDay = await outletsShown(page, 'aside.panel .excerpt-list');
      const later = everyOutlet.filter((outlet) => !onTheDay.includes(outlet));
      // The seeds: only some of the five were published by 7 January.
      expect(onTheDay.length).toBeGreaterThan(0);
      expect(later.length).toBeGreaterThan(0);
      const { bytes } = await exportPng(page);
      const text = Object.fromEntries(readPngText(bytes));
      expect(text['Comment']).toBe('As known on 2022-01-07');
      for (const outlet of onTheDay) expect(text['Description']).toContain(outlet);
      for (const outlet of later) expect(text['Description']).not.toContain(outlet);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    "exports a briefing step with the step's citations, on the phone layout too",
    async () => {
      const { page, context, foreignRequests, consoleErrors } = await openPage(
        built.browser,
        built.server.url,
        {
          width: 390,
          height: 800,
        },
      );
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openAt(page, '#step=3');
      const slide = page.locator('[aria-roledescription="slide"]');
      await slide.waitFor();
      const title = (await slide.locator('h2').textContent())!.trim();
      const more = page.getByRole('button', { name: /Show all \d+ cited excerpts/ });
      if (await more.count()) await more.click();
      const outlets = await outletsShown(page, '[aria-roledescription="slide"]');
      expect(outlets.length).toBeGreaterThan(0);
      const { bytes } = await exportPng(page, 'button');
      const text = Object.fromEntries(readPngText(bytes));
      expect(text['Title']).toContain(title);
      expect(text['Source']).toContain('step=3');
      for (const outlet of outlets) expect(text['Description']).toContain(outlet);
      const size = await decodedSize(page, bytes);
      expect(size.width).toBe(390 * 2);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'fetches its code in the idle prefetch, with no citation formatter in it or after it',
    async () => {
      const { page, context, foreignRequests, consoleErrors } = await openPage(
        built.browser,
        built.server.url,
      );
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await openAt(page, '#map=5/43.25/76.9&feature=almaty');
      await panelExcerptsReady(page, 60_000);
      await page.waitForFunction(() => performance.getEntriesByName('idle-prefetch-done').length > 0, null, {
        timeout: 60_000,
      });
      expect(scripts.filter((path) => /\/export-image-[\w-]+\.js$/.test(path))).toHaveLength(1);
      const exportCode = scripts.filter((path) => /\/(export-image|footnotes)-[\w-]+\.js$/.test(path));
      const { bytes } = await exportPng(page);
      // The export's code was there before `e` (other background work, such as the search's warm-up, may
      // fetch its own meanwhile), and the footnotes are the references the evidence carries: no formatter.
      expect(scripts.filter((path) => /\/(export-image|footnotes)-[\w-]+\.js$/.test(path))).toEqual(
        exportCode,
      );
      expect(scripts.filter((path) => /\/csl-json-[\w-]+\.js$/.test(path))).toEqual([]);
      expect(Object.fromEntries(readPngText(bytes))['Description']).toMatch(/^1\. .+\. (n\.d\.|\d{4}\.) “/);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
