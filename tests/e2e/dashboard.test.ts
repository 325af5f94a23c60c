import { describe, expect, it } from 'vitest';
import { openPage, waitForMapIdle, type PageWatch } from './browser.ts';
import { UNUSED_MAPLIBRE_PARTS } from '../../src/vite/trim-maplibre-css.ts';
import { clickMapCentre, hashOf, openAt, panelExcerptsReady, panelHeading, useBuiltApp } from './app-page.ts';

const built = useBuiltApp();

async function fresh(viewport?: { width: number; height: number }): Promise<PageWatch> {
  return openPage(built.browser, built.server.url, viewport);
}

function expectClean(watch: PageWatch) {
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
}

describe('the dashboard in Chromium', () => {
  it('opens on both fronts, becomes idle, with no error and no request to another origin', async () => {
    const watch = await fresh();
    await openAt(watch.page, built.server.url);
    await expect(watch.page.locator('.map-region').getAttribute('aria-busy')).resolves.toBe('false');
    // Real checkboxes, labelled with each layer's name (DESIGN.md §3), all on at first.
    for (const name of ['Ukraine', 'CSTO members', 'Kazakhstan', 'Force positions', 'Talks'])
      await expect(
        watch.page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).isChecked(),
      ).resolves.toBe(true);
    const labels = await watch.page.locator('fieldset.layers input[type=checkbox]').count();
    expect(labels).toBe(5);
    // The credits, written from the data: the border the geo data moves, the outlets the articles state.
    expect(await watch.page.locator('.credits').textContent()).toBe(
      'Borders: Natural Earth (public domain), Crimea shown as Ukraine’s. Excerpts: RFE/RL, Axios, ' +
        'The Daily Beast and two further articles, quoted verbatim.',
    );
    expectClean(watch);
    await watch.context.close();
  });

  it("draws the map's controls with their icons from MapLibre's trimmed stylesheet", async () => {
    const watch = await fresh();
    await openAt(watch.page, built.server.url);
    // The stylesheet keeps only the controls the map adds (src/vite/trim-maplibre-css.ts): each of
    // them still has its icon, its place in the corner, and the compact attribution its button.
    const looks = await watch.page.evaluate(() => {
      const icon = (button: string) =>
        getComputedStyle(document.querySelector(`.${button} .maplibregl-ctrl-icon`)!).backgroundImage;
      const corner = getComputedStyle(document.querySelector('.maplibregl-ctrl-top-right')!);
      return {
        zoomIn: icon('maplibregl-ctrl-zoom-in'),
        zoomOut: icon('maplibregl-ctrl-zoom-out'),
        fullscreen: icon('maplibregl-ctrl-fullscreen'),
        corner: [corner.position, corner.top, corner.right],
        attribution: getComputedStyle(document.querySelector('.maplibregl-ctrl-attrib-button')!).display,
      };
    });
    // Nor does the page show any part whose rules were dropped (a compass, a popup, a marker…).
    const trimmedShown = await watch.page.evaluate(
      (parts) => parts.filter((part) => document.querySelector(`[class*="maplibregl-${part}"]`)),
      [...UNUSED_MAPLIBRE_PARTS],
    );
    expect(trimmedShown).toEqual([]);
    for (const icon of [looks.zoomIn, looks.zoomOut, looks.fullscreen])
      expect(icon).toMatch(/^url\("data:image\/svg/);
    expect(looks.corner).toEqual(['absolute', '0px', '0px']);
    expect(looks.attribution).not.toBe('none');
    expectClean(watch);
    await watch.context.close();
  });

  it("Reset view brings the map back to the data's extent, from Brussels to Kazakhstan's east", async () => {
    const watch = await fresh();
    await openAt(watch.page, built.server.url, '#map=6/43.24/76.89');
    await watch.page.getByRole('button', { name: 'Reset view: the whole map' }).click();
    // The camera flies there; the URL follows when it stops.
    await watch.page.waitForFunction(() => Number(/map=([\d.]+)/.exec(location.hash)?.[1] ?? 9) < 5);
    await waitForMapIdle(watch.page);
    const [zoom, lat, lng] = /map=([^&]+)/
      .exec(await hashOf(watch.page))![1]!
      .split('/')
      .map(Number);
    // The opening bounds (MapData.openingBounds): west 4.43 (Brussels), east 87.32 (Kazakhstan), so the
    // centre's longitude is their middle, the latitude between 36.7° and 56.2° N, the zoom a continent's.
    expect(lng).toBeCloseTo((4.43 + 87.32) / 2, 0);
    expect(lat).toBeGreaterThan(42);
    expect(lat).toBeLessThan(52);
    expect(zoom).toBeGreaterThan(1.5);
    expect(zoom).toBeLessThan(4);
    const width = await watch.page.locator('.map-region canvas').evaluate((canvas) => canvas.clientWidth);
    // 83° of longitude fill the map's width but for its margins: 512·2^zoom px span 360° in MapLibre.
    const degrees = (width / (512 * 2 ** zoom!)) * 360;
    expect(degrees).toBeGreaterThan(87.32 - 4.43);
    expect(degrees).toBeLessThan((87.32 - 4.43) * 1.3);
    expectClean(watch);
    await watch.context.close();
  });

  it('clicking a polygon opens its panel with attributed, marked excerpts', async () => {
    const watch = await fresh();
    await openAt(watch.page, built.server.url, '#map=5/47.5/66');
    await clickMapCentre(watch.page);
    expect(await panelHeading(watch.page)).toBe('Kazakhstan');
    const quotes = watch.page.locator('aside.panel blockquote');
    await panelExcerptsReady(watch.page);
    expect(await quotes.count()).toBeGreaterThan(5);
    expect(await watch.page.locator('aside.panel blockquote mark').first().textContent()).toMatch(/Kazakh/);
    expect(await watch.page.locator('aside.panel .source .outlet').allTextContents()).toEqual(
      expect.arrayContaining(['RFE/RL', 'Axios', 'The Daily Beast']),
    );
    expect(await hashOf(watch.page)).toContain('feature=kazakhstan');
    expectClean(watch);
    await watch.context.close();
  });

  it('clicking a point opens its panel, and with its layer off the click falls through', async () => {
    const watch = await fresh();
    await openAt(watch.page, built.server.url, '#map=6/43.24/76.89');
    await clickMapCentre(watch.page);
    expect(await panelHeading(watch.page)).toBe('Almaty');
    // The heading shows at once; the excerpts follow when the feature's evidence file has arrived.
    await watch.page.locator('aside.panel blockquote').nth(1).waitFor();
    expect(await watch.page.locator('aside.panel blockquote').count()).toBeGreaterThan(1);
    await watch.page.getByRole('button', { name: 'Close Almaty' }).click();
    // Almaty's marker and the CSTO arcs that end there both lie above Kazakhstan.
    await watch.page.getByRole('checkbox', { name: /^Force positions/ }).uncheck();
    await watch.page.getByRole('checkbox', { name: /^CSTO members/ }).uncheck();
    await waitForMapIdle(watch.page);
    expect(await hashOf(watch.page)).toMatch(/layers=ukraine,kazakhstan,talks/);
    await clickMapCentre(watch.page);
    expect(await panelHeading(watch.page)).toBe('Kazakhstan');
    expectClean(watch);
    await watch.context.close();
  });

  it('toggles every layer off and on, and the URL follows', async () => {
    const watch = await fresh();
    await openAt(watch.page, built.server.url);
    const boxes = watch.page.locator('fieldset.layers input[type=checkbox]');
    for (let index = 0; index < (await boxes.count()); index += 1) {
      await boxes.nth(index).uncheck();
      await waitForMapIdle(watch.page);
      expect(await hashOf(watch.page)).toContain('layers=');
      await boxes.nth(index).check();
    }
    await waitForMapIdle(watch.page);
    expect(await hashOf(watch.page)).not.toContain('layers=');
    expectClean(watch);
    await watch.context.close();
  });

  it('shows conflicting troop figures side by side with their sources', async () => {
    const watch = await fresh();
    await openAt(watch.page, built.server.url, '#feature=ukraine-border-buildup');
    expect(await panelHeading(watch.page)).toBe('Ukraine border build-up');
    const disputed = watch.page.locator('.fact.disputed');
    await expect(disputed.locator('.flag').textContent()).resolves.toBe('Sources differ');
    const values = await disputed.locator('.value').allTextContents();
    expect(values).toEqual(expect.arrayContaining(['about 100,000', 'hundreds of thousands']));
    await watch.context.close();
  });

  it('searches names and full text, flies there and opens the feature', async () => {
    const watch = await fresh();
    await openAt(watch.page, built.server.url);
    const input = watch.page.getByRole('combobox', { name: /Search/ });
    await input.fill('Geneva');
    await watch.page
      .getByRole('option', { name: /Geneva/ })
      .first()
      .waitFor();
    await input.press('Enter');
    expect(await panelHeading(watch.page)).toBe('Geneva');
    await watch.page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    await input.fill('paratroopers descended');
    const textHit = watch.page.getByRole('option').filter({ hasText: 'paratroopers descended' });
    await textHit.first().click();
    expect(await watch.page.locator('dialog[open] .current mark').first().textContent()).toBeTruthy();
    expectClean(watch);
    await watch.context.close();
  });

  it('opens a deep link to a feature, and back and forward walk the history', async () => {
    const watch = await fresh();
    await openAt(watch.page, built.server.url, '#feature=41st-caa');
    expect(await panelHeading(watch.page)).toBe('41st Combined Arms Army');
    await watch.page
      .getByRole('navigation', { name: 'All features' })
      .getByRole('button', { name: /^Geneva/ })
      .click();
    expect(await panelHeading(watch.page)).toBe('Geneva');
    await watch.page.goBack();
    expect(await panelHeading(watch.page)).toBe('41st Combined Arms Army');
    await watch.page.goForward();
    expect(await panelHeading(watch.page)).toBe('Geneva');
    await watch.context.close();
  });

  it('falls back to defaults on a garbage hash, without an error', async () => {
    const watch = await fresh();
    await openAt(
      watch.page,
      built.server.url,
      '#map=abc/NaN/x&layers=zzz,<b>&feature=%3Cscript%3E&step=-4&%%',
    );
    expect(await watch.page.locator('fieldset.layers input:checked').count()).toBe(5);
    expect(await panelHeading(watch.page, 1000)).toBeNull();
    expectClean(watch);
    await watch.context.close();
  });

  it('is usable by keyboard: list → panel → Escape returns focus', async () => {
    const watch = await fresh();
    await openAt(watch.page, built.server.url);
    const button = watch.page
      .getByRole('navigation', { name: 'All features' })
      .getByRole('button', { name: /^Almaty/ });
    await button.focus();
    await watch.page.keyboard.press('Enter');
    expect(await panelHeading(watch.page)).toBe('Almaty');
    await watch.page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    await watch.page.keyboard.press('Escape');
    expect(await panelHeading(watch.page, 1000)).toBeNull();
    expect(await watch.page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Almaty/);
    await watch.context.close();
  });

  it('never pulls focus out of the search box the reader moved to while a panel was painting', async () => {
    const watch = await fresh();
    await openAt(watch.page, built.server.url, '#feature=almaty');
    expect(await panelHeading(watch.page)).toBe('Almaty');
    // Another feature is chosen, and before its panel is painted the reader is in the search box.
    const stayed = await watch.page.evaluate(async () => {
      const list = document.querySelector('nav[aria-label="All features"]');
      const geneva = [...(list?.querySelectorAll('button') ?? [])].find((b) =>
        b.textContent?.trim().startsWith('Geneva'),
      );
      const input = document.querySelector<HTMLInputElement>('#search-input');
      if (!geneva || !input) return 'missing';
      geneva.click();
      await Promise.resolve();
      await Promise.resolve();
      input.focus();
      for (let frame = 0; frame < 4; frame += 1) await new Promise((done) => requestAnimationFrame(done));
      return document.activeElement === input ? 'input' : (document.activeElement?.tagName ?? 'none');
    });
    expect(await panelHeading(watch.page)).toBe('Geneva');
    expect(stayed).toBe('input');
    // Without that move, the new feature's heading takes focus as before.
    await watch.page
      .getByRole('navigation', { name: 'All features' })
      .getByRole('button', { name: /^Brussels/ })
      .click();
    await watch.page.waitForFunction(() => document.activeElement?.textContent === 'Brussels');
    expectClean(watch);
    await watch.context.close();
  });

  it('on a phone the panel is a bottom sheet and the map stays visible above it', async () => {
    const watch = await fresh({ width: 390, height: 844 });
    await openAt(watch.page, built.server.url, '#feature=almaty');
    expect(await panelHeading(watch.page)).toBe('Almaty');
    const sheet = await watch.page.locator('.panel-slot').boundingBox();
    const map = await watch.page.locator('.map-region').boundingBox();
    expect(sheet && Math.round(sheet.y + sheet.height)).toBe(844);
    expect(sheet!.height).toBeLessThan(844 * 0.6);
    expect(map!.height).toBeGreaterThan(300);
    await watch.page.getByRole('button', { name: 'Layers & features' }).click();
    await expect(watch.page.getByRole('checkbox', { name: /^Talks/ }).isVisible()).resolves.toBe(true);
    expectClean(watch);
    await watch.context.close();
  });
});
