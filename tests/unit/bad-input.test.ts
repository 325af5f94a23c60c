import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/pipeline/node/cli.ts';
import { runPipeline, type PipelineOutput } from '../../src/pipeline/build.ts';
import { readInputs, type InputPaths } from '../../src/pipeline/node/read-inputs.ts';
import { ROOT } from './fixtures.ts';

let dir: string;
const seeds = () => join(dir, 'seeds');
const geo = () => join(dir, 'geo');

function fingerprint(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder).map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(folder, name)))
        .digest('hex'),
    ]),
  );
}

// One pipeline result for every command here, as `npm run` would compute over these folders.
let output: PipelineOutput | null = null;
const pipeline = (paths: InputPaths) => (output ??= runPipeline(readInputs(paths)));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    [...argv, '--seeds', seeds(), '--geo', geo()],
    (text) => out.push(text),
    (text) => err.push(text),
    { env: {}, pipeline },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'two-fronts-bad-'));
  cpSync(join(ROOT, 'seeds'), seeds(), { recursive: true });
  cpSync(join(ROOT, 'geo'), geo(), { recursive: true });
  writeFileSync(join(seeds(), 'empty.txt'), '');
  writeFileSync(join(seeds(), 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(join(seeds(), 'latin1.txt'), Buffer.from('Almaty caf\xe9\n', 'latin1'));
  writeFileSync(join(seeds(), 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  writeFileSync(
    join(seeds(), 'new_article.txt'),
    'A new article about Almaty\n\nPolice in Almaty said the airport was retaken.\n',
  );
  writeFileSync(join(geo(), 'broken.geojson'), '{"type": "FeatureCollection",\n "layer": ,\n}');
  const talks = JSON.parse(readFileSync(join(ROOT, 'geo', 'talks.geojson'), 'utf8'));
  talks.layer.id = 'more-talks';
  talks.features[0].geometry.coordinates = [6.15, 146.2];
  delete talks.features[1].properties.id;
  writeFileSync(join(geo(), 'out-of-range.geojson'), JSON.stringify(talks));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run data over bad input', () => {
  it('names every bad file and why, exits non-zero, and still summarises the good ones', async () => {
    const before = { seeds: fingerprint(seeds()), geo: fingerprint(geo()) };
    const result = await run('data');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/seeds\/empty\.txt: empty file/);
    expect(result.err).toMatch(/seeds\/binary\.txt: binary data: NUL byte at offset 4/);
    expect(result.err).toMatch(/seeds\/latin1\.txt: not UTF-8/);
    expect(result.err).toMatch(/seeds\/huge\.txt: too large: 52428800 bytes/);
    expect(result.err).toMatch(/geo\/broken\.geojson:2: not valid JSON/);
    expect(result.err).toMatch(
      /geo\/out-of-range\.geojson: feature 0 \("geneva"\): geometry\.coordinates\.1/,
    );
    expect(result.err).toMatch(/geo\/out-of-range\.geojson: feature 1: properties\.id/);
    expect(result.out).toMatch(/^Articles: 6 /);
    expect(result.out).toMatch(/warning: \S*seeds\/new_article\.txt: no entry in seeds\/sources\.json/);
    expect({ seeds: fingerprint(seeds()), geo: fingerprint(geo()) }).toEqual(before);
  });

  it('matches a new article dropped into seeds/ with no code change, titled from its first line', async () => {
    const result = await run('excerpts', 'almaty', '--json');
    const list = JSON.parse(result.out) as Array<{ article: string; text: string }>;
    expect(
      list.some((item) => item.article === 'new_article' && item.text.includes('airport was retaken')),
    ).toBe(true);
    expect((await run('data')).out).toContain('"A new article about Almaty"');
  });
});
