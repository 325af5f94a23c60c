import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser.ts';
import { openAt, panelExcerptsReady, panelHeading, useBuiltApp } from './app-page.ts';

const built = useBuiltApp();

/** What the CLI ranks for a feature: `npm run excerpts -- <id> --json`, run as a user would. */
function cliRanking(id: string): Array<{ article: string; paragraph: number; section: string }> {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join('src', 'pipeline', 'node', 'cli.ts'), 'excerpts', id, '--json'],
    { cwd: process.cwd(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(out) as Array<{ article: string; paragraph: number; section: string }>;
}

describe('the panel shows the ranked order', () => {
  it("Almaty: the first card is Axios's own text, and the cards read as `excerpts -- almaty --json`", async () => {
    const ranked = cliRanking('almaty');
    const watch = await openPage(built.browser, built.server.url);
    await openAt(watch.page, built.server.url, '#feature=almaty');
    expect(await panelHeading(watch.page)).toBe('Almaty');
    await panelExcerptsReady(watch.page);
    const cards = watch.page.locator('aside.panel .excerpt');
    const shown = await cards.evaluateAll((nodes) =>
      nodes.map((node) => ({ id: node.getAttribute('data-excerpt'), kind: node.getAttribute('data-kind') })),
    );
    // The first card: the article's own text (Axios, paragraph 0), not a related story on its page.
    expect(shown[0]).toEqual({ id: '002_a4ce2fad56d8df3c#p0', kind: 'own' });
    await expect(cards.first().locator('cite.source').textContent()).resolves.toContain('Axios');
    expect(ranked[0]).toMatchObject({ article: '002_a4ce2fad56d8df3c', paragraph: 0, section: 'body' });
    // Every card, in the order the CLI ranks them (Almaty's list fits the first window whole).
    expect(shown.map((card) => card.id)).toEqual(ranked.map((item) => `${item.article}#p${item.paragraph}`));
    expect(watch.consoleErrors).toEqual([]);
    await watch.context.close();
  });
});
