import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { openPage } from './browser.ts';
import { openAt, panelHeading, useBuiltApp } from './app-page.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const built = useBuiltApp();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the devtools protocol: the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

describe('accessibility audit (axe-core)', () => {
  it('has no serious or critical violation on the map, with the panel open, or with search open', async () => {
    const { page, context } = await openPage(built.browser, built.server.url);
    await openAt(page, built.server.url);
    expect(await seriousViolations(page)).toEqual([]);
    await openAt(page, built.server.url, '#feature=ukraine-border-buildup');
    expect(await panelHeading(page)).toBe('Ukraine border build-up');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('combobox').fill('Kaz');
    await page.getByRole('listbox').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
