import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { inputFiles, isInputFile, listSeeds, readGeoFiles } from '../../src/pipeline/node/read-inputs.ts';
import { ROOT } from './fixtures.ts';

describe('the input rule the dev server watches by', () => {
  const own = { root: ROOT };
  it('takes every page the pipeline reads (.txt, .html, .htm), sources.json, the layers and the briefing', () => {
    for (const name of ['900_new.html', '901_new.htm', '902_NEW.HTML', '903_new.txt', 'sources.json'])
      expect(isInputFile(own, join(ROOT, 'seeds', name)), name).toBe(true);
    expect(isInputFile(own, join(ROOT, 'geo', 'talks.geojson'))).toBe(true);
    expect(isInputFile(own, join(ROOT, 'story', 'briefing.json'))).toBe(true);
  });

  it('leaves what the pipeline does not read', () => {
    expect(isInputFile(own, join(ROOT, 'seeds', 'notes.md'))).toBe(false);
    expect(isInputFile(own, join(ROOT, 'seeds', 'other.json'))).toBe(false);
    expect(isInputFile(own, join(ROOT, 'geo', 'talks.json'))).toBe(false);
    expect(isInputFile(own, join(ROOT, 'src', 'seeds', 'x.txt'))).toBe(false);
    expect(isInputFile(own, join(ROOT, 'seeds', 'deeper', 'x.txt'))).toBe(false);
  });

  it('follows the folders chosen (TWO_FRONTS_SEEDS / TWO_FRONTS_GEO), wherever they are', () => {
    const chosen = { root: ROOT, seedsDir: '/tmp/corpus/pages', geoDir: '/tmp/corpus/layers' };
    expect(isInputFile(chosen, '/tmp/corpus/pages/a.html')).toBe(true);
    expect(isInputFile(chosen, '/tmp/corpus/layers/b.geojson')).toBe(true);
    expect(isInputFile(chosen, join(ROOT, 'seeds', 'a.html'))).toBe(false);
  });

  it('lists exactly the files the pipeline reads', () => {
    const read = [
      ...listSeeds(own).map((seed) => seed.path),
      ...readGeoFiles(own).map((file) => join(ROOT, file.file)),
      join(ROOT, 'seeds', 'sources.json'),
      join(ROOT, 'story', 'briefing.json'),
    ].sort();
    expect([...inputFiles(own)].sort()).toEqual(read);
    for (const file of inputFiles(own)) expect(isInputFile(own, file), file).toBe(true);
  });
});
