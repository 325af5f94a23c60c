import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, waitForMapIdle } from './browser.ts';
import { useBuiltApp } from './app-page.ts';

const briefing = JSON.parse(readFileSync(join(process.cwd(), 'story', 'briefing.json'), 'utf8')) as {
  steps: Array<{ title: string }>;
};
const built = useBuiltApp();
/** Eight helpers share two cores: nine maps take a while on software GL. */
const SLOW = 400_000;

/** Whitespace-insensitive: a PDF line break may fall anywhere in a sentence. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('Handout (PDF)', () => {
  it(
    'downloads a PDF: a title page, then one page per step with its title and its citations as text',
    async () => {
      const { page, context, foreignRequests, consoleErrors } = await openPage(
        built.browser,
        built.server.url,
      );
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${built.server.url}/#step=1`, { timeout: 120_000 });
      await waitForMapIdle(page, 120_000);
      const download = page.waitForEvent('download', { timeout: 300_000 });
      await page.getByRole('button', { name: 'Handout (PDF)' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^two-fronts-briefing-handout-\d{4}-\d{2}-\d{2}\.pdf$/);
      const path = await file.path();
      // Poppler's pdftotext (Debian's poppler-utils): the text a reader can select and search.
      const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((pageText) => pageText.trim() !== '');
      expect(pages).toHaveLength(briefing.steps.length + 1);
      expect(squash(pages[0]!)).toContain(`${built.server.url}/#step=1`);
      for (const [index, step] of briefing.steps.entries()) {
        const body = squash(pages[index + 1]!);
        expect(body).toContain(squash(step.title));
        expect(body).toContain(`Step ${index + 1} of ${briefing.steps.length}`);
        // Every excerpt the player cites for this step, and its outlet, are on the step's page.
        await page.goto(`${built.server.url}/#step=${index + 1}`);
        const slide = page.locator('[aria-roledescription="slide"]');
        await slide.locator('h2', { hasText: step.title }).waitFor({ timeout: 60_000 });
        const more = slide.getByRole('button', { name: /Show all \d+ cited excerpts/ });
        if (await more.count()) await more.click();
        const quotes = await slide.locator('blockquote').allTextContents();
        expect(quotes.length).toBeGreaterThan(0);
        for (const quote of quotes) expect(body).toContain(squash(quote).trim().slice(0, 50));
        for (const outlet of await slide.locator('.source .outlet').allTextContents())
          if (outlet !== 'Outlet not stated') expect(body).toContain(outlet.trim());
      }
      // Curly quotes are real characters (an embedded font, not a WinAnsi fallback).
      expect(text).toContain('“');
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
