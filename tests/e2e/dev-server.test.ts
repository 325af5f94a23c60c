import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser.ts';
import { inputEnv, inputFolder } from './built-app.ts';

/** An invented page in the style of a regional news site (no outlet or person here is real). */
const PHRASE = 'grain cooperative of Ust-Talovka';
const DROPPED = `<!DOCTYPE html><html lang="en"><head><title>Curfew reaches the ${PHRASE} | Steppe Ledger</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Curfew reaches the ${PHRASE}</h1>
${Array.from(
  { length: 4 },
  (_, index) =>
    `<p>Paragraph ${index + 1}: farmers of the ${PHRASE} said on Friday that the curfew declared in Almaty had reached their district, and that trucks bound for the city were turned back at checkpoints.</p>`,
).join('\n')}
</article></body></html>`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

describe('the dev server (npm start) sees every input', () => {
  let work: string;
  let vite: ChildProcess | undefined;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    work = inputFolder('dev', ['seeds', 'geo']);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    vite = spawn(
      process.execPath,
      [
        join('node_modules', 'vite', 'bin', 'vite.js'),
        '--port',
        String(port),
        '--strictPort',
        '--open=false',
      ],
      { env: inputEnv(work), stdio: 'ignore' },
    );
    // Until it answers (the first data build runs as it starts).
    for (;;) {
      const answered = await fetch(origin).then(
        (response) => response.ok,
        () => false,
      );
      if (answered) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    browser = await launch();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    vite?.kill();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('a saved .html page dropped into a TWO_FRONTS_SEEDS folder appears in the app (its words found by the search)', async () => {
    const watch = await openPage(browser, origin);
    await watch.page.goto(`${origin}/`);
    const input = watch.page.getByRole('combobox', { name: /Search/ });
    await input.waitFor();
    writeFileSync(join(work, 'seeds', '950_steppe_ledger.html'), DROPPED);
    // The server rebuilds and reloads the page; ask the search until the new words are found.
    const hit = watch.page.getByRole('option').filter({ hasText: PHRASE });
    await expect
      .poll(
        async () => {
          try {
            await input.fill(PHRASE, { timeout: 2_000 });
            return await hit.count();
          } catch {
            return 0; // the page was reloading
          }
        },
        { timeout: 120_000, interval: 1_000 },
      )
      .toBeGreaterThan(0);
    await hit.first().click();
    await watch.page.locator('dialog[open] .current mark').first().waitFor();
    expect(await watch.page.locator('dialog[open] h2').textContent()).toContain('Curfew reaches the');
    await watch.context.close();
  }, 240_000);
});
