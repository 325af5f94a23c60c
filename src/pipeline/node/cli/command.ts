import type { PipelineOutput } from '../../build.ts';
import type { InputPaths } from '../read-inputs.ts';

/** A flag (`--json`) or an option with a value (`--limit N`). */
export type CommandOption =
  | { type: 'boolean'; help: string }
  | {
      type: 'string';
      /** How the value is shown in the usage, e.g. "N" or "DIR". */
      value: string;
      help: string;
      /** Why a value is refused (said with the option's name), or null when it is good. */
      check?: (value: string) => string | null;
      /** May be given more than once (`--in A --in B`); read with `values`. */
      multiple?: boolean;
    };

/** What a command was given, every flag and value already checked. */
export interface CommandArgs {
  /** The one feature id of commands that take one. */
  featureId: string | null;
  flag(name: string): boolean;
  value(name: string): string | undefined;
  /** Every value of an option that may be given more than once, in order. */
  values(name: string): string[];
}

export interface CommandContext {
  args: CommandArgs;
  paths: InputPaths;
  out: (text: string) => void;
  err: (text: string) => void;
  /** The pipeline's result over the chosen folders: run on first call, then shared. */
  pipeline: () => PipelineOutput;
}

/**
 * One CLI command. A new command is one module exporting this and one line in commands.ts; the
 * arguments, the usage text and every refusal come from these fields.
 */
export interface Command {
  name: string;
  /** What it prints, for the usage text. */
  summary: string;
  /** 'feature-id': exactly one feature id, checked against the geo layers before the pipeline runs. */
  positional: 'none' | 'feature-id';
  options: Readonly<Record<string, CommandOption>>;
  /** The exit code: 0 done, 1 done but the input has problems, 2 refused. */
  run(context: CommandContext): number | Promise<number>;
}
