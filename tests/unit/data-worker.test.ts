import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataOnThread } from '../../src/build/data-worker.ts';
import { evidenceFiles } from '../../src/build/evidence-files.ts';
import { ROOT, realData } from './fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'two-fronts-data-thread-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('buildDataOnThread', () => {
  it('builds on its own thread, with the article pool inside it, what the pipeline builds in process', async () => {
    const staging = join(work, 'staging');
    const built = await buildDataOnThread({
      root: ROOT,
      cacheDir: null,
      workers: 2,
      minPooled: 0,
      base: '/app/',
      staging,
    });
    const direct = realData();
    expect(built.mapData).toBe(JSON.stringify(direct.mapData));
    expect(built.story).toBe(JSON.stringify(direct.story));
    // The same content-hashed names as the in-memory build, and every file on disk with that body.
    const expected = evidenceFiles(direct.evidence, '/app/');
    expect(built.manifest).toEqual(expected.manifest);
    expect(built.files.map(([url]) => url).sort()).toEqual([...expected.files.keys()].sort());
    for (const [url, path] of built.files) {
      expect(path.startsWith(staging)).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(expected.files.get(url));
    }
  });

  it('rejects with the pipeline message, naming the file, when an input is bad', async () => {
    const geoDir = join(work, 'geo');
    cpSync(join(ROOT, 'geo'), geoDir, { recursive: true });
    writeFileSync(join(geoDir, 'talks.geojson'), '{"type": "FeatureCollection",\n  "features": [}');
    const staging = join(work, 'bad-staging');
    await expect(
      buildDataOnThread({ root: ROOT, geoDir, cacheDir: null, base: '/', staging }),
    ).rejects.toThrow(/Two Fronts data: .*talks\.geojson:2: not valid JSON/s);
    expect(existsSync(staging)).toBe(false);
  });
});
