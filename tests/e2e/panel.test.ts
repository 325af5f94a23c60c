import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, type PageWatch } from './browser.ts';
import { openAt, panelExcerptsReady, panelHeading, useBuiltApp } from './app-page.ts';

const built = useBuiltApp();

const briefing = JSON.parse(readFileSync(join(process.cwd(), 'story', 'briefing.json'), 'utf8')) as {
  steps: Array<{ cite: string[] }>;
};
/** The briefing step (1-based) that cites the most excerpts. */
const busiest = briefing.steps.reduce(
  (best, step, index) => (step.cite.length > briefing.steps[best - 1]!.cite.length ? index + 1 : best),
  1,
);
const busiestCount = briefing.steps[busiest - 1]!.cite.length;

function expectClean(watch: PageWatch) {
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
}

/** Script files the page has fetched so far. */
function scriptsLoaded(watch: PageWatch): () => string[] {
  const urls: string[] = [];
  watch.page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  });
  return () => [...urls];
}

describe('the side panel in Chromium', () => {
  it('credits a related story to its own writer, on its host page, never to the host author', async () => {
    const watch = await openPage(built.browser, built.server.url);
    await openAt(watch.page, built.server.url, '#feature=almaty');
    expect(await panelHeading(watch.page)).toBe('Almaty');
    // The Reuters blurb kept among the related stories on the Axios page.
    const related = watch.page
      .locator('.excerpt[data-kind="related"]')
      .filter({ hasText: 'ALMATY (Reuters) -Fresh violence' });
    await related.waitFor();
    const group = watch.page.locator('aside.panel section.group', { has: related });
    await expect(group.locator('.found-on').textContent()).resolves.toMatch(
      /^Reuters, in a related story on the Axios page$/,
    );
    // The badges (group header and beside the quote) are the related story's own: Reuters, its headline.
    const header = (await group.locator(':scope > cite.source').textContent()) ?? '';
    expect(header).toContain('Russia sends troops');
    expect(header).toContain('Reuters');
    for (const badge of [header, (await related.locator('cite.source').textContent()) ?? '']) {
      expect(badge).not.toContain('Zachary Basu');
      expect(badge).not.toContain('Kazakhstan uprising complicates');
    }
    expectClean(watch);
    await watch.context.close();
  });

  it('copies a Chicago author-date citation with the quote, loading no citation formatter', async () => {
    const watch = await openPage(built.browser, built.server.url);
    await watch.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: built.server.url });
    const scripts = scriptsLoaded(watch);
    await openAt(watch.page, built.server.url, '#feature=almaty');
    const own = watch.page.locator('aside.panel .excerpt[data-kind="own"]').first();
    await own.waitFor();
    const quote = (await own.locator('blockquote').textContent())?.trim() ?? '';

    await own.getByRole('button', { name: 'Copy citation' }).click();
    await own.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = await watch.page.evaluate(() => navigator.clipboard.readText());
    const [reference, quoted] = copied.split('\n');
    // Chicago author-date: "Family, Given. Year-or-n.d. “Title.” Outlet…" — then the verbatim quote.
    expect(reference).toMatch(/^[^,.]+, [^.]+\. (\d{4}\.|n\.d\.) “.+\.” /);
    expect(quoted).toBe(`“${quote}”`);
    // The reference came with the excerpt (the data build formatted it): citation-js (only in the CSL-JSON
    // download's chunk) is not loaded.
    expect(scripts().filter((url) => /\/csl-json-[\w-]+\.js$/.test(url))).toEqual([]);
    expectClean(watch);
    await watch.context.close();
  });

  it('downloads the feature’s evidence as CSL-JSON, one item per source, quotes with selectors', async () => {
    const watch = await openPage(built.browser, built.server.url);
    await openAt(watch.page, built.server.url, '#feature=almaty');
    const button = watch.page.getByRole('button', { name: /Download citations \(CSL-JSON/ });
    await button.waitFor();
    const [download] = await Promise.all([watch.page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('almaty-evidence.csl.json');
    const items = JSON.parse(await readFile((await download.path())!, 'utf8')) as Array<{
      id: string;
      type: string;
      custom: {
        quotes: Array<{
          text: string;
          selector: { type: string; exact: string; prefix?: string; suffix?: string };
        }>;
      };
    }>;
    expect(items.length).toBeGreaterThan(1);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    const quotes = items.flatMap((item) => item.custom.quotes);
    const panelCount = await watch.page.locator('aside.panel h3 .count').textContent();
    expect(panelCount).toContain(`(${quotes.length} excerpts`);
    for (const quote of quotes) {
      expect(quote.selector.type).toBe('TextQuoteSelector');
      expect(quote.selector.exact).toBe(quote.text);
      // Context on both sides comes from the pipeline, which knows the page text.
      expect(typeof quote.selector.prefix).toBe('string');
      expect(typeof quote.selector.suffix).toBe('string');
    }
    expectClean(watch);
    await watch.context.close();
  });

  it('shows every citation of a briefing step behind a keyboard-reachable control', async () => {
    const watch = await openPage(built.browser, built.server.url);
    await openAt(watch.page, built.server.url, `#step=${busiest}`);
    expect(busiestCount).toBeGreaterThan(2);
    const citations = watch.page.locator('.player .citation');
    await expect(citations.count()).resolves.toBe(2);
    const more = watch.page.getByRole('button', {
      name: new RegExp(`^Show all ${busiestCount} cited excerpts`),
    });
    await more.focus();
    await watch.page.keyboard.press('Enter');
    await expect(citations.count()).resolves.toBe(busiestCount);
    const fewer = watch.page.getByRole('button', { name: 'Show fewer citations' });
    await expect(fewer.getAttribute('aria-expanded')).resolves.toBe('true');
    expectClean(watch);
    await watch.context.close();
  });

  it('shows what no article states as context, each entry with its named source', async () => {
    const watch = await openPage(built.browser, built.server.url);
    await openAt(watch.page, built.server.url, '#feature=41st-caa');
    const heading = watch.page.getByRole('heading', { name: 'Context, not from the articles' });
    await heading.waitFor();
    const entries = watch.page.locator('aside.panel section.context li');
    expect(await entries.count()).toBeGreaterThan(0);
    for (const entry of await entries.allTextContents()) expect(entry).toMatch(/[A-Z][\w ]+, “?"?.+/);
    expectClean(watch);
    await watch.context.close();
  });

  it('marks carried sentences and names who carries each', async () => {
    const watch = await openPage(built.browser, built.server.url);
    await openAt(watch.page, built.server.url, '#feature=kazakhstan');
    const cards = watch.page.locator('aside.panel .excerpt');
    await panelExcerptsReady(watch.page);
    const carriedCards = cards.filter({ has: watch.page.locator('.carried-list') });
    const count = await carriedCards.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      const card = carriedCards.nth(index);
      const notes = await card.locator('.carried-list li').allTextContents();
      const spans = await card.locator('blockquote .carried').count();
      // Every note names an outlet, and each one has its sentence marked in the quote.
      for (const note of notes) expect(note.replace(/\s+/g, ' ').trim()).toMatch(/^Also carried by \S/);
      expect(spans).toBeGreaterThan(0);
    }
    // No card says "Also carried by" without a carried sentence.
    const loose = cards
      .filter({ hasText: 'Also carried by' })
      .filter({ hasNot: watch.page.locator('.carried') });
    expect(await loose.count()).toBe(0);
    expectClean(watch);
    await watch.context.close();
  });
});
