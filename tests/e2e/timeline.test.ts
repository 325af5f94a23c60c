import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { openPage } from './browser.ts';
import { hashOf, panelHeading, useBuiltApp } from './app-page.ts';
import { waitForMapIdle } from './browser.ts';

const built = useBuiltApp();
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Opens the app at a hash; the map may take long to settle on a machine shared with other builds. */
async function openAt(page: Page, origin: string, hash: string): Promise<void> {
  await page.goto(`${origin}/${hash}`);
  await waitForMapIdle(page, 120_000);
}

const slider = (page: Page) => page.getByRole('slider', { name: 'As known on' });
const valueText = (page: Page) => slider(page).getAttribute('aria-valuetext');

/** The values of the Kazakhstan toll as the panel's facts show them. */
async function tollValues(page: Page): Promise<string[]> {
  const fact = page.locator('.facts .fact', { hasText: /killed/i });
  await fact.waitFor();
  return (await fact.locator('.claim .value').allTextContents()).map((text) => text.trim());
}

describe('the timeline and "as known on"', { timeout: 240_000 }, () => {
  it('opens under the map; the slider moves a day with the arrows, a week with PageUp/PageDown, to the ends with Home/End', async () => {
    const { page, context, consoleErrors } = await openPage(built.browser, built.server.url);
    // A near view: the opening view of both fronts is the slowest to draw on a busy machine.
    await openAt(page, built.server.url, '#map=5/47/66');
    await page.getByRole('button', { name: 'Timeline' }).click();
    await slider(page).waitFor();
    expect(await valueText(page)).toBe('13 January 2022');
    expect(await hashOf(page)).not.toContain('asof');
    await slider(page).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await valueText(page)).toBe('12 January 2022');
    expect(await hashOf(page)).toContain('asof=2022-01-12');
    await page.keyboard.press('ArrowRight');
    expect(await valueText(page)).toBe('13 January 2022');
    // The corpus's first dated day is 6 January (the CSTO deployment, the first reports of the dead).
    await page.keyboard.press('PageDown');
    expect(await valueText(page)).toBe('6 January 2022');
    await page.keyboard.press('ArrowRight');
    expect(await valueText(page)).toBe('7 January 2022');
    await page.keyboard.press('PageUp');
    expect(await valueText(page)).toBe('13 January 2022');
    await page.keyboard.press('Home');
    expect(await valueText(page)).toBe('6 January 2022');
    await page.keyboard.press('ArrowLeft');
    expect(await valueText(page)).toBe('6 January 2022');
    await page.keyboard.press('End');
    expect(await valueText(page)).toBe('13 January 2022');
    expect(await slider(page).getAttribute('aria-valuenow')).toBe(
      await slider(page).getAttribute('aria-valuemax'),
    );
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the day through reload and the share link; moving it replaces the entry, clearing it is one, back restores it', async () => {
    const { page, context } = await openPage(built.browser, built.server.url);
    await openAt(page, built.server.url, '#feature=kazakhstan&asof=2022-01-07');
    await slider(page).waitFor();
    expect(await valueText(page)).toBe('7 January 2022');
    await page.reload();
    await slider(page).waitFor();
    expect(await valueText(page)).toBe('7 January 2022');
    expect(await panelHeading(page)).toBe('Kazakhstan');
    const entries = await page.evaluate(() => history.length);
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.includes('asof=2022-01-08'));
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.locator('.timeline').getByRole('button', { name: 'Show everything' }).click();
    await page.waitForFunction(() => !location.hash.includes('asof'));
    expect(await valueText(page)).toBe('13 January 2022');
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('asof=2022-01-08'));
    expect(await valueText(page)).toBe('8 January 2022');
    await context.close();
  });

  it('reads the Kazakhstan toll as "dozens" on 7 January and "some 164" from 10 January', async () => {
    const { page, context } = await openPage(built.browser, built.server.url);
    await openAt(page, built.server.url, '#feature=kazakhstan&asof=2022-01-07');
    expect(await tollValues(page)).toEqual(['dozens']);
    await expect(page.locator('aside.panel .as-known-on').textContent()).resolves.toContain(
      'As known on 7 January 2022',
    );
    await slider(page).focus();
    for (let day = 0; day < 3; day += 1) await page.keyboard.press('ArrowRight');
    expect(await valueText(page)).toBe('10 January 2022');
    await page.waitForFunction(
      () => document.querySelectorAll('.facts .fact[data-verdict="changed"] .claim').length === 2,
    );
    expect(await tollValues(page)).toEqual(['dozens', 'some 164']);
    // The changed figure is charted (its code and d3's scales fetched only now): a point per dated
    // claim, reachable by keyboard, named with its value, day and source; a table for screen readers.
    const chart = page.locator('.facts .fact[data-verdict="changed"] figure.figure-chart');
    await chart.waitFor();
    const points = chart.getByRole('button');
    expect(await points.count()).toBe(2);
    const labels = await points.evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute('aria-label') ?? ''),
    );
    expect(labels[0]).toMatch(/^dozens, as of \d{1,2} January 2022: \S/);
    expect(labels[1]).toMatch(/^some 164, as of \d{1,2} January 2022: \S/);
    const rows = await chart.locator('table tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('some 164');
    await context.close();
  });

  it('says "not yet" for a feature that starts after the day, and lists a day’s items with their sources', async () => {
    const { page, context } = await openPage(built.browser, built.server.url);
    await openAt(page, built.server.url, '#feature=geneva&asof=2022-01-07');
    await expect(page.locator('aside.panel .not-yet').textContent()).resolves.toBe(
      'Not yet: from 10 January 2022',
    );
    await page.locator('.timeline').getByRole('button', { name: '10 January 2022: ', exact: false }).click();
    const list = page.getByRole('region', { name: /^10 January 2022/ });
    await list.waitFor();
    expect(await list.locator('blockquote').count()).toBeGreaterThan(3);
    expect(await list.textContent()).toContain('began in Geneva on January 10');
    expect(await list.locator('.source .outlet').first().textContent()).toBeTruthy();
    await context.close();
  });

  it('has no serious or critical axe violation with the timeline and a day open', async () => {
    const { page, context } = await openPage(built.browser, built.server.url);
    await openAt(page, built.server.url, '#feature=kazakhstan&asof=2022-01-10');
    await page.locator('.timeline').getByRole('button', { name: '6 January 2022: ', exact: false }).click();
    await page.getByRole('region', { name: /^6 January 2022/ }).waitFor();
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (context: Document) => Promise<{
              violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
            }>;
          };
        }
      ).axe;
      return (await axe.run(document)).violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('keeps the slider usable on a 375 px phone: on screen, big enough to touch, moved by a tap and by keys', async () => {
    const { page, context } = await openPage(built.browser, built.server.url, { width: 375, height: 740 });
    await openAt(page, built.server.url, '#asof=2022-01-07');
    await slider(page).waitFor();
    const box = await slider(page).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(box!.width).toBeGreaterThan(250);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    await page.mouse.click(box!.x + box!.width - 2, box!.y + box!.height / 2);
    expect(await valueText(page)).toBe('13 January 2022');
    await page.keyboard.press('ArrowLeft');
    expect(await valueText(page)).toBe('12 January 2022');
    await context.close();
  });
});
