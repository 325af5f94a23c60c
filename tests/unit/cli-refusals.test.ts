import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../src/pipeline/node/cli/commands.ts';
import { ROOT } from './fixtures.ts';
import { forbiddenPipeline, runCli } from './cli-run.ts';

// Every refusal exits 2, names what it refused, prints the usage, and runs no pipeline: the pipeline
// given here throws and counts its calls.
async function refused(argv: readonly string[], env: Record<string, string> = {}) {
  const pipeline = forbiddenPipeline();
  const result = await runCli(argv, { ...pipeline.deps, env });
  expect(pipeline.calls(), 'the pipeline ran').toBe(0);
  expect(result.code).toBe(2);
  expect(result.out).toBe('');
  expect(result.err).toContain('usage: npm run <command>');
  return result.err.split('\n')[0]!;
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'two-fronts-cli-'));
  writeFileSync(join(scratch, 'a-file.txt'), 'not a folder');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the command line refuses what it does not know, before the pipeline runs', () => {
  it('an unknown flag, naming it and the flags the command takes', async () => {
    const first = await refused(['excerpts', 'almaty', '--limit=2', '--jsn']);
    expect(first).toContain('unknown option "--jsn"');
    expect(first).toContain('--json');
  });

  it('a flag another command takes', async () => {
    expect(await refused(['features', '--limit', '3'])).toContain('unknown option "--limit"');
  });

  it('an unknown command, naming it and the known ones', async () => {
    const first = await refused(['excerpt', 'almaty']);
    expect(first).toContain('unknown command "excerpt"');
    for (const command of COMMANDS) expect(first).toContain(command.name);
  });

  it('no command, or an option where the command should be', async () => {
    expect(await refused([])).toContain('a command is needed');
    expect(await refused(['--json', 'data'])).toContain('"--json"');
  });

  it.each([
    [['--limit=abc'], '--limit takes a whole number of 1 or more, got "abc"'],
    [['--limit=0'], '--limit takes a whole number of 1 or more, got "0"'],
    [['--limit', '-3'], '--limit'],
    [['--limit', '2.5'], 'got "2.5"'],
    [['--limit='], '--limit needs a value'],
    [['--limit'], '--limit needs a value'],
    [['--json=yes'], '--json is a flag and takes no value'],
    [['--limit', '2', '--limit', '3'], '--limit is given twice'],
  ])('a bad value: excerpts almaty %j', async (extra, said) => {
    expect(await refused(['excerpts', 'almaty', ...extra])).toContain(said);
  });

  it('a feature id missing, extra, or unknown (checked against the geo layers alone)', async () => {
    expect(await refused(['excerpts'])).toContain('excerpts needs a feature id');
    expect(await refused(['facts', 'almaty', 'donbas'])).toContain('takes one feature id');
    const unknown = await refused(['excerpts', 'atlantis']);
    expect(unknown).toContain('unknown feature id "atlantis"');
    expect(await refused(['facts', 'nowhere'])).toContain('unknown feature id "nowhere"');
  });

  it('an argument to a command that takes none', async () => {
    expect(await refused(['data', 'almaty'])).toContain('data takes no argument, got "almaty"');
  });

  it('a missing --seeds or --geo folder, or a file given as one, naming it and who named it', async () => {
    const missing = join(scratch, 'no-such-seeds');
    expect(await refused(['data', '--seeds', missing])).toBe(
      `--seeds names "${missing}", which does not exist`,
    );
    const file = join(scratch, 'a-file.txt');
    expect(await refused(['features', '--geo', file])).toBe(`--geo names "${file}", which is not a folder`);
  });

  it('a missing folder named by TWO_FRONTS_SEEDS or TWO_FRONTS_GEO, naming the variable', async () => {
    const missing = join(scratch, 'gone');
    expect(await refused(['data'], { TWO_FRONTS_SEEDS: missing })).toBe(
      `TWO_FRONTS_SEEDS names "${missing}", which does not exist`,
    );
    expect(await refused(['data'], { TWO_FRONTS_GEO: missing })).toContain('TWO_FRONTS_GEO names');
    // A flag wins over the variable: the good folder given is read, the variable's is not looked at.
    const pipeline = forbiddenPipeline();
    const result = await runCli(['data', '--geo', join(ROOT, 'geo'), '--seeds', missing], {
      ...pipeline.deps,
      env: { TWO_FRONTS_GEO: missing },
    });
    expect(result.err.split('\n')[0]).toContain('--seeds names');
  });
});

describe('usage', () => {
  it('--help prints every command and option from the registry and exits 0 without running anything', async () => {
    const pipeline = forbiddenPipeline();
    const result = await runCli(['--help'], pipeline.deps);
    expect(result.code).toBe(0);
    expect(pipeline.calls()).toBe(0);
    for (const command of COMMANDS) {
      expect(result.out).toContain(`  ${command.name}`);
      for (const option of Object.keys(command.options)) expect(result.out).toContain(`--${option}`);
    }
    expect((await runCli(['excerpts', '--help'], pipeline.deps)).code).toBe(0);
  });

  it('every npm script that runs the CLI names a registered command', () => {
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const named = Object.values(scripts)
      .map((script) => /src\/pipeline\/node\/cli\.ts (\S+)/.exec(script)?.[1])
      .filter((name) => name !== undefined);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(COMMANDS.map((command) => command.name)).toContain(name);
  });
});

describe('a good command line', () => {
  it('runs the pipeline once, over the folders chosen', async () => {
    const seen: string[] = [];
    const result = await runCli(['features'], {
      pipeline: (paths) => {
        seen.push(`${paths.seedsDir} ${paths.geoDir}`);
        throw new Error('stop here');
      },
    }).catch((error: Error) => error.message);
    expect(result).toBe('stop here');
    expect(seen).toEqual([`${join(ROOT, 'seeds')} ${join(ROOT, 'geo')}`]);
  });
});
