import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { twoFrontsData } from '../../src/vite/vite-plugin.ts';
import { ROOT } from './fixtures.ts';

type Hook = Plugin['buildStart'] | Plugin['closeBundle'];
/** A hook's function, whether written as a function or as `{ handler }`. */
const handlerOf = (hook: Hook) => (typeof hook === 'function' ? hook : hook?.handler);

const work = mkdtempSync(join(tmpdir(), 'two-fronts-plugin-staging-'));
const previousTmp = process.env['TMPDIR'];
afterAll(() => {
  if (previousTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = previousTmp;
  rmSync(work, { recursive: true, force: true });
});

describe('the data plugin without a cache', () => {
  it('stages the evidence in a temporary folder and removes it when the build closes', async () => {
    // tmpdir() reads TMPDIR when called: the plugin's temporary folder is made in here.
    process.env['TMPDIR'] = work;
    const plugin = twoFrontsData({ root: ROOT, cacheDir: null });
    const context = { addWatchFile: () => {} };
    await Reflect.apply(handlerOf(plugin.buildStart)!, context, [{}]);
    const staged = readdirSync(work).filter((name) => name.startsWith('two-fronts-evidence-'));
    expect(staged).toHaveLength(1);
    expect(readdirSync(join(work, staged[0]!)).length).toBeGreaterThan(0);
    await Reflect.apply(handlerOf(plugin.closeBundle)!, context, []);
    expect(existsSync(join(work, staged[0]!))).toBe(false);
  }, 120_000);
});
