import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runPipeline, type PipelineOutput } from '../build.ts';
import { readInputs, type InputPaths } from './read-inputs.ts';
import { chooseInputFolders } from './input-folders.ts';
import { parseCommandLine, usage, UsageError } from './cli/arguments.ts';
import { COMMANDS } from './cli/commands.ts';
import { knownFeatureIds } from './cli/feature-ids.ts';
import { exitQuietlyOnBrokenPipe } from './broken-pipe.ts';

export interface CliDeps {
  /** Where TWO_FRONTS_SEEDS / TWO_FRONTS_GEO are read (default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Runs the pipeline over the chosen folders (default: read them and run it in process). */
  pipeline?: (paths: InputPaths) => PipelineOutput;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Runs one CLI command; resolves to the exit code (0 done, 1 the input has problems, 2 refused).
 * The command, every flag and value, the folders and the feature id are all checked before the
 * pipeline runs; a refusal names what it refused and prints the usage.
 */
export async function main(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  deps: CliDeps = {},
): Promise<number> {
  const refuse = (message: string) => {
    err(`${message}\n\n${usage(COMMANDS)}`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseCommandLine(argv, COMMANDS);
  } catch (error) {
    if (error instanceof UsageError) return refuse(error.message);
    throw error;
  }
  if (parsed.help) {
    out(usage(COMMANDS));
    return 0;
  }
  const { command, args } = parsed;
  const chosen = chooseInputFolders(ROOT, parsed.folders, deps.env ?? process.env);
  if (!chosen.ok) return refuse(chosen.message);
  const paths: InputPaths = { root: ROOT, ...chosen.folders };
  if (args.featureId !== null) {
    const known = knownFeatureIds(paths);
    if (!known.includes(args.featureId))
      return refuse(`unknown feature id "${args.featureId}". Known ids:\n  ${known.join('\n  ')}`);
  }
  const run = deps.pipeline ?? ((inputs: InputPaths) => runPipeline(readInputs(inputs)));
  let output: PipelineOutput | null = null;
  return command.run({ args, paths, out, err, pipeline: () => (output ??= run(paths)) });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  exitQuietlyOnBrokenPipe([process.stdout, process.stderr], (code) => process.exit(code));
  process.exitCode = await main(
    process.argv.slice(2),
    (text) => process.stdout.write(`${text}\n`),
    (text) => process.stderr.write(`${text}\n`),
  );
}
