import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, waitForMapIdle } from './browser.ts';
import { hashOf, openAt, panelHeading, useBuiltApp } from './app-page.ts';

const briefing = JSON.parse(readFileSync(join(process.cwd(), 'story', 'briefing.json'), 'utf8')) as {
  steps: Array<{ title: string; camera: { center: [number, number]; zoom: number } }>;
};
const count = briefing.steps.length;

const built = useBuiltApp();

const cameraOf = (hash: string) => {
  const match = /map=([\d.-]+)\/([\d.-]+)\/([\d.-]+)/.exec(hash);
  return match ? { zoom: Number(match[1]), lat: Number(match[2]), lng: Number(match[3]) } : null;
};

describe('presentation mode in Chromium', () => {
  it('walks every step by keyboard: label, URL, camera, cited excerpt; Escape leaves', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(built.browser, built.server.url);
    // Reduced motion: each step jumps, so the camera can be checked as soon as the map is idle.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openAt(page, built.server.url);
    await page.keyboard.press('p');
    for (let index = 0; index < count; index += 1) {
      const step = briefing.steps[index]!;
      const slide = page.locator('[aria-roledescription="slide"]');
      await expect(slide.getAttribute('aria-label')).resolves.toBe(`${index + 1} of ${count}: ${step.title}`);
      // The camera moves on the next frame: wait for the URL to carry the step's zoom.
      await page.waitForFunction((zoom) => location.hash.includes(`map=${zoom}/`), String(step.camera.zoom));
      await waitForMapIdle(page);
      const hash = await hashOf(page);
      expect(hash).toContain(`step=${index + 1}`);
      const camera = cameraOf(hash);
      expect(camera?.zoom).toBeCloseTo(step.camera.zoom, 1);
      expect(camera?.lng).toBeCloseTo(step.camera.center[0], 0);
      expect(camera?.lat).toBeCloseTo(step.camera.center[1], 0);
      expect(await slide.locator('blockquote').count()).toBeGreaterThan(0);
      expect((await slide.locator('.source .outlet').first().textContent())?.length).toBeGreaterThan(0);
      await page.keyboard.press(index % 2 ? 'PageDown' : 'ArrowRight');
    }
    await page.keyboard.press('Home');
    await expect(page.locator('[aria-roledescription="slide"]').getAttribute('aria-label')).resolves.toMatch(
      /^1 of /,
    );
    await page.keyboard.press('End');
    await expect(page.locator('[aria-roledescription="slide"]').getAttribute('aria-label')).resolves.toMatch(
      new RegExp(`^${count} of `),
    );
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('[aria-roledescription="slide"]').getAttribute('aria-label')).resolves.toMatch(
      new RegExp(`^${count - 1} of `),
    );
    await page.keyboard.press('n');
    await expect(page.getByRole('complementary', { name: 'Presenter notes' }).isVisible()).resolves.toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await expect(page.locator('[aria-roledescription="slide"]').count()).resolves.toBe(0);
    expect(await hashOf(page)).not.toContain('step=');
    expect(await page.locator('fieldset.layers input:checked').count()).toBe(5);
    expect(consoleErrors.slice(0, 3)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('opens a shared link at its step, and a click opens a panel without losing the step', async () => {
    const { page, context } = await openPage(built.browser, built.server.url);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openAt(page, built.server.url, '#step=2');
    const slide = page.locator('[aria-roledescription="slide"]');
    await expect(slide.getAttribute('aria-label')).resolves.toBe(
      `2 of ${count}: ${briefing.steps[1]!.title}`,
    );
    await waitForMapIdle(page);
    // The step is centred in the part of the map the briefing card leaves free.
    const card = await page.locator('.player').boundingBox();
    const map = await page.locator('.map-region').boundingBox();
    const freeLeft = card!.x - map!.x + card!.width + 16;
    await page.mouse.click(map!.x + freeLeft + (map!.width - freeLeft) / 2, map!.y + map!.height / 2);
    expect(await panelHeading(page)).toBe('Almaty');
    expect(await hashOf(page)).toMatch(/step=2/);
    await page.keyboard.press('Escape');
    expect(await panelHeading(page, 1000)).toBeNull();
    await expect(slide.getAttribute('aria-label')).resolves.toMatch(/^2 of /);
    await context.close();
  });
});
