import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/build.ts';
import { readInputs } from '../../src/pipeline/node/read-inputs.ts';
import { runCli } from './cli-run.ts';
import { ROOT } from './fixtures.ts';

describe('npm run timeline', () => {
  it('`--json` prints every dated item in date order with the contract’s fields', async () => {
    const result = await runCli(['timeline', '--json']);
    expect(result.code).toBe(0);
    const items = JSON.parse(result.out) as Array<Record<string, unknown>>;
    expect(items.length).toBeGreaterThan(10);
    const dates = items.map((item) => item['date'] as string);
    expect(dates).toEqual([...dates].sort());
    for (const item of items) {
      expect(item).toMatchObject({
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        dateText: expect.any(String),
        inferred: expect.any(Boolean),
        kind: expect.stringMatching(/^(published|event|figure|feature)$/),
        text: expect.any(String),
      });
      if (item['kind'] === 'feature') expect(item['feature']).toEqual(expect.any(String));
      else expect(item['article']).toEqual(expect.any(String));
    }
    expect(items).toContainEqual(
      expect.objectContaining({
        date: '2022-01-10',
        kind: 'event',
        dateText: 'January 10',
        inferred: true,
        article: '000_1fdcc4a3134de60e',
        text: expect.stringContaining('began in Geneva on January 10'),
        source: expect.objectContaining({ outlet: 'RFE/RL' }),
      }),
    );
  });

  it('prints a line per item, inferred dates starred, and lists the undated with their reasons', async () => {
    const result = await runCli(['timeline']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^2022-01-08 {2}published “Saturday, January 8th, 2022”/m);
    expect(result.out).toMatch(/^2022-01-13\* event {5}“Jan\. 13”/m);
    expect(result.out).toMatch(/Undated \(\d+\):\n/);
    expect(result.out).toMatch(/“Thursday”: a weekday, and the text states no full date to count it from/);
  });

  describe('with a bad `when`', () => {
    const geo = mkdtempSync(join(tmpdir(), 'two-fronts-when-'));
    afterAll(() => rmSync(geo, { recursive: true, force: true }));
    cpSync(join(ROOT, 'geo'), geo, { recursive: true });
    const talks = join(geo, 'talks.geojson');
    writeFileSync(
      talks,
      readFileSync(talks, 'utf8').replace(
        '"from": "2022-01-12",\n          "to": "2022-01-12"',
        '"from": "2022-01-12",\n          "to": "2022-01-11"',
      ),
    );

    it('exits 1 naming the file, the feature and the field', async () => {
      const result = await runCli(['timeline', '--geo', geo], {
        pipeline: (paths) => runPipeline(readInputs(paths)),
      });
      expect(result.code).toBe(1);
      expect(result.err).toMatch(
        /talks\.geojson.*feature 1 \("brussels"\): properties\.when\.to: "to" is before "from"/,
      );
    });
  });
});
