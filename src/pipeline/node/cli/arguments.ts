import { parseArgs } from 'node:util';
import type { Command, CommandArgs, CommandOption } from './command.ts';

/** Options every command takes. */
export const GLOBAL_OPTIONS: Readonly<Record<string, CommandOption>> = {
  seeds: {
    type: 'string',
    value: 'DIR',
    help: 'read the articles from DIR (default: $TWO_FRONTS_SEEDS, else seeds/)',
  },
  geo: {
    type: 'string',
    value: 'DIR',
    help: 'read the geo layers from DIR (default: $TWO_FRONTS_GEO, else geo/)',
  },
  help: { type: 'boolean', help: 'print this usage and exit' },
};

/** A command line refused before anything runs; the message names what was refused. */
export class UsageError extends Error {}

export type Parsed =
  | { help: true }
  | {
      help: false;
      command: Command;
      args: CommandArgs;
      /** --seeds and --geo as given, not yet checked. */
      folders: { seeds?: string | undefined; geo?: string | undefined };
    };

/**
 * Reads `<command> [feature-id] [options]` strictly (node:util parseArgs, strict: true): an unknown
 * command, an unknown or repeated option, a flag given a value, a missing or refused value, or a
 * positional the command does not take is a UsageError. Feature ids are checked later, against the geo.
 */
export function parseCommandLine(argv: readonly string[], commands: readonly Command[]): Parsed {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') return { help: true };
  if (name === undefined || name === '') throw new UsageError('a command is needed');
  const command = commands.find((candidate) => candidate.name === name);
  if (!command)
    throw new UsageError(
      name.startsWith('-')
        ? `the command comes first, got the option "${name}"`
        : `unknown command "${name}" (known: ${commands.map((known) => known.name).join(', ')})`,
    );
  const specs = { ...GLOBAL_OPTIONS, ...command.options };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: Object.fromEntries(
        Object.entries(specs).map(([key, spec]) => [
          key,
          spec.type === 'string' && spec.multiple ? { type: spec.type, multiple: true } : { type: spec.type },
        ]),
      ),
      strict: true,
      allowPositionals: true,
      tokens: true,
    });
  } catch (error) {
    throw new UsageError(`${name}: ${explainParseError(error, command)}`);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    const repeatable = spec?.type === 'string' && spec.multiple === true;
    if (seen.has(token.name) && !repeatable) throw new UsageError(`${name}: ${token.rawName} is given twice`);
    seen.add(token.name);
  }
  const values = new Map<string, string | boolean>();
  const lists = new Map<string, string[]>();
  for (const [key, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string' || typeof value === 'boolean') values.set(key, value);
    else if (Array.isArray(value))
      lists.set(
        key,
        value.filter((item) => typeof item === 'string'),
      );
  }
  if (values.get('help') === true) return { help: true };
  for (const [key, value] of values) {
    const spec = specs[key];
    if (spec?.type !== 'string' || typeof value !== 'string') continue;
    if (value === '') throw new UsageError(`${name}: --${key} needs a value`);
    const refusal = spec.check?.(value);
    if (refusal) throw new UsageError(`${name}: --${key} ${refusal}`);
  }
  for (const [key, list] of lists) {
    const spec = specs[key];
    for (const value of list) {
      if (value === '') throw new UsageError(`${name}: --${key} needs a value`);
      const refusal = spec?.type === 'string' ? spec.check?.(value) : null;
      if (refusal) throw new UsageError(`${name}: --${key} ${refusal}`);
    }
  }
  const positionals = parsed.positionals;
  if (command.positional === 'none' && positionals.length > 0)
    throw new UsageError(`${name} takes no argument, got "${positionals[0]}"`);
  if (command.positional === 'feature-id') {
    if (positionals.length === 0) throw new UsageError(`${name} needs a feature id`);
    if (positionals.length > 1)
      throw new UsageError(
        `${name} takes one feature id, got ${positionals.map((text) => `"${text}"`).join(' ')}`,
      );
  }
  const text = (key: string) => {
    const value = values.get(key);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    help: false,
    command,
    args: {
      featureId: command.positional === 'feature-id' ? (positionals[0] ?? null) : null,
      flag: (key) => values.get(key) === true,
      value: text,
      values: (key) => lists.get(key) ?? [],
    },
    folders: { seeds: text('seeds'), geo: text('geo') },
  };
}

/** node's parseArgs messages, said in this CLI's words (and naming the option). */
function explainParseError(error: unknown, command: Command): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = Object.keys({ ...command.options, ...GLOBAL_OPTIONS }).map((key) => `--${key}`);
    return `unknown option "${option}" (${command.name} takes ${known.join(', ')})`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take an argument/.test(message)
      ? `${option} is a flag and takes no value`
      : `${option} needs a value`;
  return message;
}

/** The usage text, written from the commands themselves. */
export function usage(commands: readonly Command[]): string {
  const lines = ['usage: npm run <command> -- [feature-id] [options]', '', 'commands:'];
  const optionLines = (options: Readonly<Record<string, CommandOption>>) =>
    Object.entries(options).map(([key, spec]) => {
      const left = spec.type === 'string' ? `--${key} ${spec.value}` : `--${key}`;
      return `      ${left.padEnd(20)} ${spec.help}`;
    });
  for (const command of commands) {
    const left = command.positional === 'feature-id' ? `${command.name} <feature-id>` : command.name;
    lines.push(`  ${left.padEnd(24)} ${command.summary}`, ...optionLines(command.options));
  }
  lines.push('', 'options (any command):', ...optionLines(GLOBAL_OPTIONS));
  return lines.join('\n');
}
