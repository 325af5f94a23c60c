import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { waitForMapIdle } from './browser.ts';

/** The checked-in briefing, whose steps the handout prints one to a page. */
export const briefing = JSON.parse(readFileSync(join(process.cwd(), 'story', 'briefing.json'), 'utf8')) as {
  steps: Array<{ title: string }>;
};

/** Whitespace-insensitive: a PDF line break may fall anywhere in a sentence. */
export const squash = (text: string) => text.replace(/\s+/g, ' ');

/** A PDF's pages as the text a reader can select and search: Poppler's pdftotext (Debian's poppler-utils). */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((pageText) => pageText.trim() !== '');
}

/**
 * Clicks "Handout (PDF)" in the player and resolves to the download; rejects with the player's own
 * words as soon as it says the handout failed, instead of waiting out the timeout.
 */
export async function makeHandout(page: Page, timeout: number): Promise<Download> {
  const download = page.waitForEvent('download', { timeout });
  const failure = page.getByRole('alert').filter({ hasText: 'The handout failed' });
  const failed = failure.waitFor({ timeout }).then(
    async () => {
      throw new Error((await failure.textContent()) ?? 'The handout failed');
    },
    () => new Promise<never>(() => {}),
  );
  await page.getByRole('button', { name: 'Handout (PDF)' }).click();
  return Promise.race([download, failed]);
}

/** Opens the briefing's first step (reduced motion: no camera flight) and waits for the map to be idle. */
export async function openBriefing(page: Page, origin: string): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${origin}/#step=1`, { timeout: 120_000 });
  await waitForMapIdle(page, 120_000);
}
