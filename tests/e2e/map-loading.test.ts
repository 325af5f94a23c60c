import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { LINKED_PROGRAMS, programsAtIdle } from '../../bench/browser-figures.ts';
import { openPage, waitForMapIdle } from './browser.ts';
import { buildAppWith, type BuiltApp } from './built-app.ts';
import { clickMapCentre, hashOf, openAt, panelHeading, useBuiltApp } from './app-page.ts';

const built = useBuiltApp();

/** WebGL programs a page links by the map's first idle (the bench's own counter). */
async function programsLinked(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(LINKED_PROGRAMS);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
    timeout: 60_000,
  });
  const count = await programsAtIdle(page);
  await context.close();
  return count;
}

/**
 * What the app may link beyond the bare reference map (bench/reference/main.ts), one program each
 * for what the bare map does not draw: data-driven areas, hatched areas, dashed lines (outlines,
 * lines and the highlight share it), the markers, and the labels (the map's own features' and the
 * country names share one: src/lib/map/style.ts writes their paint equally data-driven), less the
 * smoothed area edges the bare map draws and the app does not (lines draw every edge).
 */
const PROGRAMS_BEYOND_REFERENCE = 4;

/**
 * Moves the camera through the URL, waits one animation frame, then toggles the named layer
 * checkboxes: all while the map is still loading the tiles of the new view. Returns aria-busy as it
 * was at the toggle, so the test knows the toggle did happen during loading.
 */
async function moveThenToggle(page: Page, hash: string, toggle: string[]): Promise<string | null> {
  return page.evaluate(
    async ({ hash, toggle }) => {
      const moved = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      location.hash = hash;
      await moved;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const busy = document.querySelector('.map-region')?.getAttribute('aria-busy') ?? null;
      for (const name of toggle) {
        const box = [
          ...document.querySelectorAll<HTMLInputElement>('fieldset.layers input[type=checkbox]'),
        ].find((input) => input.closest('label')?.textContent?.includes(name));
        if (!box) throw new Error(`no checkbox for ${name}`);
        box.click();
      }
      return busy;
    },
    { hash, toggle },
  );
}

describe('nothing is lost while the map loads', () => {
  it('a layer turned on and a click made one frame after a camera move: the feature opens', async () => {
    const watch = await openPage(built.browser, built.server.url);
    await openAt(watch.page, built.server.url, '#layers=ukraine,kazakhstan,talks');
    const busy = await moveThenToggle(watch.page, '#map=6/43.24/76.89&layers=ukraine,kazakhstan,talks', [
      'Force positions',
    ]);
    expect(busy).toBe('true');
    await clickMapCentre(watch.page);
    await waitForMapIdle(watch.page);
    // Almaty is a force position: drawn and clickable only if the toggle reached the map.
    expect(await panelHeading(watch.page)).toBe('Almaty');
    expect(await hashOf(watch.page)).toContain('feature=almaty');
    expect(watch.consoleErrors).toEqual([]);
    await watch.context.close();
  });

  it('layers turned off one frame after a camera move: the click falls through to what is under them', async () => {
    const watch = await openPage(built.browser, built.server.url);
    await openAt(watch.page, built.server.url, '#feature=geneva');
    expect(await panelHeading(watch.page)).toBe('Geneva');
    const busy = await moveThenToggle(watch.page, '#map=6/43.24/76.89&feature=geneva', [
      'Force positions',
      'CSTO members',
    ]);
    expect(busy).toBe('true');
    await clickMapCentre(watch.page);
    await waitForMapIdle(watch.page);
    // Were the toggles lost, Almaty's marker or a CSTO arc would answer; were the click lost, Geneva stays.
    expect(await panelHeading(watch.page)).toBe('Kazakhstan');
    expect(await watch.page.locator('fieldset.layers input:checked').count()).toBe(3);
    expect(watch.consoleErrors).toEqual([]);
    await watch.context.close();
  });
});

describe('the first render links few WebGL programs (software GL compiles each one slowly)', () => {
  beforeAll(() => {
    // The bare reference page, built into dist/reference from the same data, as the bench does.
    execFileSync(
      process.execPath,
      [
        join(process.cwd(), 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        'bench/reference.vite.config.ts',
        '--logLevel',
        'error',
      ],
      { stdio: 'inherit' },
    );
  }, 120_000);

  it('at most a few more than the bare map: one shared MapLibre layer per kind of drawing', async () => {
    const reference = await programsLinked(built.browser, `${built.server.url}/reference/`);
    const app = await programsLinked(built.browser, `${built.server.url}/`);
    expect(reference).toBeGreaterThan(0);
    expect(app).toBeGreaterThan(reference);
    expect(app).toBeLessThanOrEqual(reference + PROGRAMS_BEYOND_REFERENCE);
  });

  it("the bench's styled reference draws the app's own style: the same programs as the app", async () => {
    // bench/reference/styled splits the app's load ratio into its style's part and the rest; it is
    // only a fair split while that page links what the app links.
    const styled = await programsLinked(built.browser, `${built.server.url}/reference/styled/`);
    const app = await programsLinked(built.browser, `${built.server.url}/`);
    expect(styled).toBe(app);
  });
});

describe('a layer added as data', () => {
  let extra: BuiltApp | undefined;

  // A build whose geo folder has one more file, tests/fixtures/extra-layer.geojson: no code knows it.
  beforeAll(async () => {
    extra = await buildAppWith('geo', ['geo'], (dir) =>
      cpSync(
        join(process.cwd(), 'tests', 'fixtures', 'extra-layer.geojson'),
        join(dir, 'geo', 'field-notes.geojson'),
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await extra?.close();
  });

  it('gets a checkbox and a legend, and its point, line and area open their panels', async () => {
    const origin = extra!.server.url;
    const watch = await openPage(built.browser, origin);
    await openAt(watch.page, origin);
    const box = watch.page.getByRole('checkbox', { name: /^Field notes/ });
    await expect(box.isChecked()).resolves.toBe(true);
    const legend = watch.page.getByRole('list', { name: 'Field notes legend' }).getByRole('listitem');
    await expect(legend.allTextContents()).resolves.toEqual(
      ['Crossing point', 'Road', 'Basin'].map((text) => ` ${text}`),
    );
    for (const [hash, name] of [
      ['#map=7/52/58', 'Velmora crossing'],
      ['#map=7/50.9/55.2', 'Quarry road'],
      ['#map=6/48/61.5', 'Salt flat'],
    ] as const) {
      await openAt(watch.page, origin, hash);
      await clickMapCentre(watch.page);
      expect(await panelHeading(watch.page), name).toBe(name);
      await watch.page.keyboard.press('Escape');
    }
    // Off, its area lets the click through to Kazakhstan beneath it.
    await openAt(watch.page, origin, '#map=6/48/61.5');
    await box.uncheck();
    await waitForMapIdle(watch.page);
    await clickMapCentre(watch.page);
    expect(await panelHeading(watch.page)).toBe('Kazakhstan');
    expect(watch.consoleErrors).toEqual([]);
    await watch.context.close();
  });

  it('adds no WebGL program: its shapes are drawn by the shared layers', async () => {
    const withExtra = await programsLinked(built.browser, `${extra!.server.url}/`);
    expect(withExtra).toBe(await programsLinked(built.browser, `${built.server.url}/`));
  });
});
