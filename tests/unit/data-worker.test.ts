import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from '../../src/vite/data-build.ts';
import { buildDataOnThread } from '../../src/vite/data-worker.ts';
import { evidenceFiles } from '../../src/vite/evidence-files.ts';
import { gzipBytes } from '../../src/vite/evidence-pages.ts';
import { buildTimeline, timelineInput } from '../../src/pipeline/timeline/build-timeline.ts';
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
    // The same content-hashed names as the in-memory build, and every file on disk with that body;
    // beside them the timeline's own file, named by its content, which the timeline module points to.
    const expected = evidenceFiles(direct.evidence, '/app/');
    const timeline = JSON.stringify(buildTimeline(timelineInput(direct)));
    expect(built.timeline).toEqual({
      url: expect.stringMatching(/^\/app\/evidence\/timeline-[0-9a-f]{12}\.json$/),
      gzipBytes: gzipBytes(timeline),
    });
    expected.files.set(built.timeline.url, timeline);
    expect(built.manifest).toEqual(expected.manifest);
    expect(built.files.map(([url]) => url).sort()).toEqual([...expected.files.keys()].sort());
    for (const [url, path] of built.files) {
      expect(path.startsWith(staging)).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(expected.files.get(url));
    }
  }, 120_000);

  it('rejects with the pipeline message, naming the file, when an input is bad', async () => {
    const geoDir = join(work, 'geo');
    cpSync(join(ROOT, 'geo'), geoDir, { recursive: true });
    writeFileSync(join(geoDir, 'talks.geojson'), '{"type": "FeatureCollection",\n  "features": [}');
    const staging = join(work, 'bad-staging');
    await expect(
      buildDataOnThread({ root: ROOT, geoDir, cacheDir: null, base: '/', staging }),
    ).rejects.toThrow(/Two Fronts data: .*talks\.geojson:2: not valid JSON/s);
    // The evidence written while the reduce streamed is removed: no file of a failed build is left.
    expect(filesUnder(staging)).toEqual([]);
  }, 60_000);
});

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
    : [];

describe('buildData', () => {
  it('stages the evidence under evidence/ (not evidence/evidence/) and prunes what the last build did not write', async () => {
    const staging = join(work, 'kept-staging');
    const stale = join(staging, 'evidence', 'f', 'gone-000000000000.json');
    mkdirSync(dirname(stale), { recursive: true });
    writeFileSync(stale, '{}');
    const past = new Date(Date.now() - 60_000);
    utimesSync(stale, past, past);
    const options = { root: ROOT, cacheDir: null, workers: 1, base: '/', staging, pruneStaging: true };
    const built = await buildData(options);
    expect(existsSync(stale)).toBe(false);
    const staged = built.files.map(([, path]) => path).sort();
    expect(filesUnder(staging).sort()).toEqual(staged);
    for (const [url, path] of built.files) expect(path).toBe(join(staging, url.slice(1)));
    expect(staged.every((path) => !path.includes(`evidence${sep}evidence`))).toBe(true);
  }, 60_000);
});
