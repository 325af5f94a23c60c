import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-run.ts';
import { ROOT } from './fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'two-fronts-shard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a folder, by its path inside it, with its bytes. */
function folderFiles(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), readFileSync(path, 'utf8')] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((name) => /\.(txt|html?)$/.test(name))
  .sort();

describe('past one machine: stage shards, then reduce them', () => {
  it('two stage commands and one reduce write what one `npm run data -- --out` writes', async () => {
    // Two shards, listed out of order and interleaved, as a batch engine might split them.
    const lists = [seeds.filter((_, index) => index % 2 === 1), seeds.filter((_, index) => index % 2 === 0)];
    expect(lists.every((list) => list.length > 0)).toBe(true);
    const shardDirs = lists.map((names, shard) => {
      const list = join(work, `shard-${shard}.txt`);
      writeFileSync(
        list,
        ['# one seed a line', ...names.reverse().map((name) => join(ROOT, 'seeds', name))].join('\n'),
      );
      return { list, out: join(work, `staged-${shard}`) };
    });
    for (const { list, out } of shardDirs) {
      const staged = await runCli(['stage', '--in', list, '--out', out, '--no-cache']);
      expect(staged.err).toBe('');
      expect(staged.code).toBe(0);
      expect(staged.out).toMatch(/^Staged \d+ articles/);
    }
    const reduced = join(work, 'reduced');
    const reduce = await runCli([
      'reduce',
      ...shardDirs.flatMap(({ out }) => ['--in', out]),
      '--out',
      reduced,
    ]);
    expect(reduce.code).toBe(0);
    const built = join(work, 'built');
    const data = await runCli(['data', '--no-cache', '--out', built]);
    expect(data.code).toBe(0);
    // The same summary, and the same files, byte for byte.
    expect(reduce.out).toBe(data.out);
    const expected = folderFiles(built);
    expect([...expected.keys()]).toEqual(
      expect.arrayContaining(['map-data.json', 'story.json', 'evidence-manifest.json', 'report.json']),
    );
    expect([...expected.keys()].filter((name) => name.startsWith('evidence')).length).toBeGreaterThan(
      seeds.length,
    );
    expect(folderFiles(reduced)).toEqual(expected);
  }, 180_000);

  it('names the list and line of a seed file that does not exist', async () => {
    const list = join(work, 'bad-list.txt');
    writeFileSync(list, `${join(ROOT, 'seeds', seeds[0]!)}\n\nseeds/no-such-article.txt\n`);
    const result = await runCli(['stage', '--in', list, '--out', join(work, 'never'), '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`${list}:3: "seeds/no-such-article.txt" is not a file`);
  });

  it('refuses a folder that is not a stage folder, or one staged against other aliases', async () => {
    const empty = join(work, 'empty');
    mkdirSync(empty, { recursive: true });
    const notStaged = await runCli(['reduce', '--in', empty]);
    expect(notStaged.code).toBe(1);
    expect(notStaged.err).toContain(`${empty}: no readable stage.json`);

    const list = join(work, 'one.txt');
    writeFileSync(list, join(ROOT, 'seeds', seeds[0]!));
    const out = join(work, 'staged-one');
    expect((await runCli(['stage', '--in', list, '--out', out, '--no-cache'])).code).toBe(0);
    const record = JSON.parse(readFileSync(join(out, 'stage.json'), 'utf8')) as { context: string };
    writeFileSync(join(out, 'stage.json'), JSON.stringify({ ...record, context: 'other' }));
    const stale = await runCli(['reduce', '--in', out]);
    expect(stale.code).toBe(1);
    expect(stale.err).toContain(`${join(out, 'stage.json')}: staged with other aliases`);
  }, 60_000);

  it('takes --in once for stage, and any number of times for reduce, and needs it', async () => {
    const twice = await runCli(['stage', '--in', 'a', '--in', 'b', '--out', 'c']);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('stage: --in is given twice');
    const none = await runCli(['reduce']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('reduce needs at least one --in DIR');
  });
});
