import { describe, expect, it } from 'vitest';
import { openPage } from './browser.ts';
import { useBuiltApp } from './app-page.ts';
import { briefing, makeHandout, openBriefing, pdfPages, squash } from './handout-pdf.ts';

const built = useBuiltApp();
/** Eight helpers share two cores: nine maps take a while on software GL. */
const SLOW = 400_000;

describe('Handout (PDF)', () => {
  it(
    'downloads a PDF: a title page, then one page per step with its title and its citations as text',
    async () => {
      const { page, context, foreignRequests, consoleErrors } = await openPage(
        built.browser,
        built.server.url,
      );
      await openBriefing(page, built.server.url);
      const file = await makeHandout(page, 300_000);
      expect(file.suggestedFilename()).toMatch(/^two-fronts-briefing-handout-\d{4}-\d{2}-\d{2}\.pdf$/);
      const pages = pdfPages(await file.path());
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
      expect(pages.join('\f')).toContain('“');
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
