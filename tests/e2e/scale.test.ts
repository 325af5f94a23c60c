import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeScaledInputs } from '../../bench/scaled-inputs.ts';
import { IDLE_DATA_BYTES } from '../../src/lib/evidence/may-prefetch.ts';
import { clickMapCentre, openAt, panelExcerptsReady, panelHeading } from './app-page.ts';
import { launch, openPage } from './browser.ts';
import { buildAppWith, type BuiltApp } from './built-app.ts';
import type { StaticServer } from './static-server.ts';

/** The app built over a generated corpus several times the seeds' size (seeds and geo included). */
const ARTICLES = 200;
const FEATURES = 60;
const ROOT = process.cwd();
let app: BuiltApp | undefined;
let server: StaticServer;
let browser: Browser;

interface GeneratedFeature {
  properties: { id: string; name: string };
  geometry: { coordinates: [number, number] };
}
let generated: GeneratedFeature[] = [];
/** The most-cited feature of the generated corpus (every generated article names it), and where it is. */
const BUSIEST = { id: 'almaty', hash: '#map=9/43.24/76.9' };
/** Its ranked excerpts as `npm run excerpts -- <id> --json` prints them for this corpus. */
let busiestRanked: Array<{ id: string }> = [];

beforeAll(async () => {
  app = await buildAppWith('scale-e2e', [], (folder) =>
    writeScaledInputs(ROOT, folder, { articles: ARTICLES, features: FEATURES }),
  );
  const { dir } = app;
  generated = (
    JSON.parse(readFileSync(join(dir, 'geo', 'generated.geojson'), 'utf8')) as {
      features: GeneratedFeature[];
    }
  ).features;
  busiestRanked = JSON.parse(
    execFileSync(
      'npm',
      [
        'run',
        '--silent',
        'excerpts',
        '--',
        BUSIEST.id,
        '--json',
        '--seeds',
        join(dir, 'seeds'),
        '--geo',
        join(dir, 'geo'),
      ],
      { cwd: ROOT, maxBuffer: 256 * 2 ** 20 },
    ).toString(),
  ) as Array<{ id: string }>;
  server = app.server;
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Every evidence file the page asks for, in order, with its size (gzip) once answered. */
function evidenceRequests(page: Page) {
  const urls: string[] = [];
  const sizes = new Map<string, number>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/evidence/')) urls.push(path);
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/evidence/'))
      void response.body().then(
        (body) => sizes.set(path, gzipSync(body).length),
        () => undefined,
      );
  });
  return { urls, sizes };
}

/** Until no evidence request has started for a second and all have been answered (idle prefetches done). */
async function settle(page: Page, requests: ReturnType<typeof evidenceRequests>): Promise<void> {
  // The idle prefetch starts when the browser is idle after the map's first idle; it marks its end.
  await page.waitForFunction(() => performance.getEntriesByName('idle-prefetch-done').length > 0, null, {
    timeout: 60_000,
  });
  for (let seen = -1; seen !== requests.urls.length || requests.sizes.size < new Set(requests.urls).size;) {
    seen = requests.urls.length;
    await page.waitForTimeout(1000);
  }
}

describe(`the app at ${ARTICLES} articles × ${FEATURES} features`, () => {
  it('a map click fetches only that feature’s file; the idle prefetch stays within its budget', async () => {
    const watch = await openPage(browser, server.url);
    const requests = evidenceRequests(watch.page);
    await openAt(watch.page, server.url);
    await settle(watch.page, requests);
    // A feature the idle prefetch left for its click (it fetches the most-cited first).
    const target = generated.find(
      (feature) => !requests.urls.some((path) => path.startsWith(`/evidence/f/${feature.properties.id}-`)),
    )!;
    const [lng, lat] = target.geometry.coordinates;
    await openAt(watch.page, server.url, `#map=8/${lat}/${lng}`);
    await settle(watch.page, requests);
    const beforeClick = requests.urls.length;
    const prefetched = requests.urls.slice(0, beforeClick);
    expect(prefetched.some((path) => path.startsWith('/evidence/a/'))).toBe(false);
    const prefetchedBytes = prefetched
      .filter((path) => path.startsWith('/evidence/f/'))
      .reduce((sum, path) => sum + (requests.sizes.get(path) ?? 0), 0);
    expect(prefetchedBytes).toBeLessThanOrEqual(IDLE_DATA_BYTES);
    expect(prefetched.some((path) => path.startsWith(`/evidence/f/${target.properties.id}-`))).toBe(false);

    await clickMapCentre(watch.page);
    expect(await panelHeading(watch.page)).toBe(target.properties.name);
    await watch.page.locator('aside.panel blockquote').first().waitFor();
    await settle(watch.page, requests);
    const fetched = requests.urls.slice(beforeClick);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(new RegExp(`^/evidence/f/${target.properties.id}-[0-9a-f]{12}\\.json$`));
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await watch.context.close();
  });

  it('the most-cited feature: a click fetches its first file only; scrolling fetches the pages, in order, to the last excerpt', async () => {
    const watch = await openPage(browser, server.url);
    const requests = evidenceRequests(watch.page);
    await openAt(watch.page, server.url, BUSIEST.hash);
    await settle(watch.page, requests);
    const beforeClick = requests.urls.length;
    await clickMapCentre(watch.page);
    await panelExcerptsReady(watch.page);
    await settle(watch.page, requests);
    const onClick = requests.urls.slice(beforeClick);
    // Its first file, unless the idle prefetch (most-cited first) already had it; never a page.
    const firstFile = new RegExp(`^/evidence/f/${BUSIEST.id}-[0-9a-f]{12}\\.json$`);
    const prefetched = requests.urls.slice(0, beforeClick).some((path) => firstFile.test(path));
    expect(onClick).toEqual(prefetched ? [] : [expect.stringMatching(firstFile)]);
    expect(await watch.page.locator('aside.panel .count').textContent()).toContain(
      `${busiestRanked.length} excerpts`,
    );

    const pageFiles = () => requests.urls.filter((path) => path.startsWith(`/evidence/p/${BUSIEST.id}-`));
    const scrollToEnd = () =>
      watch.page.evaluate(() => {
        const panel = document.querySelector('aside.panel')!;
        panel.scrollTop = panel.scrollHeight;
      });
    for (let tries = 0; tries < 50 && pageFiles().length === 0; tries += 1) {
      await scrollToEnd();
      await watch.page.waitForTimeout(200);
    }
    expect(pageFiles()).toHaveLength(1);
    expect(pageFiles()[0]).toMatch(new RegExp(`^/evidence/p/${BUSIEST.id}-1-[0-9a-f]{12}\\.json$`));

    // On to the end: every page once, in order, and the list ends where the command's list ends.
    for (
      let tries = 0;
      tries < 400 && (await watch.page.locator('.excerpt-list .paging').count()) > 0;
      tries += 1
    ) {
      await scrollToEnd();
      await watch.page.waitForTimeout(100);
    }
    expect(pageFiles().map((path) => /-(\d+)-[0-9a-f]{12}\.json$/.exec(path)![1])).toEqual(
      pageFiles().map((_, index) => String(index + 1)),
    );
    const shown = await watch.page
      .locator('aside.panel [data-excerpt]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-excerpt')));
    expect(shown.at(-1)).toBe(busiestRanked.at(-1)!.id);
    expect(watch.consoleErrors).toEqual([]);
    await watch.context.close();
  });

  it('the reader fetches the article index and that one article', async () => {
    const watch = await openPage(browser, server.url);
    const requests = evidenceRequests(watch.page);
    await openAt(watch.page, server.url, `#feature=${generated[1]!.properties.id}`);
    await watch.page.locator('aside.panel blockquote').first().waitFor();
    await settle(watch.page, requests);
    const before = requests.urls.length;
    await watch.page.getByRole('button', { name: 'Read in the article' }).first().click();
    await watch.page.locator('dialog[open] .current').waitFor();
    await settle(watch.page, requests);
    const fetched = requests.urls.slice(before);
    expect(fetched.filter((path) => path.startsWith('/evidence/a/'))).toHaveLength(1);
    expect(fetched.every((path) => /^\/evidence\/(a\/|articles-)[0-9a-f]{12}\.json$/.test(path))).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    await watch.context.close();
  });

  it('search finds a seed’s quote and a generated article’s words, marked, and opens the feature', async () => {
    const watch = await openPage(browser, server.url);
    await openAt(watch.page, server.url);
    const input = watch.page.getByRole('combobox', { name: /Search/ });
    await input.fill('paratroopers descended');
    const quote = watch.page.getByRole('option').filter({ hasText: 'paratroopers descended' });
    await quote.first().waitFor();
    expect(await quote.first().locator('mark').count()).toBeGreaterThanOrEqual(2);
    const name = generated[2]!.properties.name;
    await input.fill(name);
    const hit = watch.page.getByRole('option').filter({ has: watch.page.locator('mark', { hasText: name }) });
    // A text hit names the feature whose excerpt it is ("Name: …"); the panel opens on that one.
    const owner = ((await hit.first().locator('.detail').textContent()) ?? '').replace(/:$/, '').trim();
    expect(owner).not.toBe('');
    await hit.first().click();
    expect(await panelHeading(watch.page)).toBe(owner);
    await watch.page.locator('dialog[open] .current mark').first().waitFor();
    expect(watch.consoleErrors).toEqual([]);
    await watch.context.close();
  });

  it('a deep link opens its feature, and the list and layer counts cover every feature', async () => {
    const watch = await openPage(browser, server.url);
    const target = generated[3]!;
    await openAt(watch.page, server.url, `#feature=${target.properties.id}`);
    expect(await panelHeading(watch.page)).toBe(target.properties.name);
    await watch.page.locator('aside.panel blockquote').first().waitFor();
    const listed = await watch.page
      .getByRole('navigation', { name: 'All features' })
      .getByRole('button')
      .count();
    expect(listed).toBeGreaterThanOrEqual(FEATURES);
    await watch.page.keyboard.press('Escape');
    await openAt(watch.page, server.url, '#feature=kazakhstan');
    expect(await panelHeading(watch.page)).toBe('Kazakhstan');
    expect(watch.consoleErrors).toEqual([]);
    await watch.context.close();
  });
});
