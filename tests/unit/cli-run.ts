import { main, type CliDeps } from '../../src/pipeline/node/cli.ts';
import { realData } from './fixtures.ts';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the CLI as `npm run <argv>` would. By default over the checked-in seeds and geo with the one
 * pipeline result of this test file (fixtures.ts realData), and with no TWO_FRONTS_* variables set.
 */
export async function runCli(argv: readonly string[], deps: CliDeps = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (text) => out.push(text),
    (text) => err.push(text),
    { env: {}, pipeline: () => realData(), ...deps },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A pipeline that must not run: refusals come before it, and this counts any call that slipped through. */
export function forbiddenPipeline(): { deps: CliDeps; calls: () => number } {
  let calls = 0;
  return {
    deps: {
      pipeline: () => {
        calls += 1;
        throw new Error('the pipeline ran for a refused command line');
      },
    },
    calls: () => calls,
  };
}
