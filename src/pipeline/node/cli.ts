import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runPipeline, type PipelineOutput } from '../build.ts';
import { readInputs } from './read-inputs.ts';
import { factsCommand } from './facts-command.ts';
import { formatSummary, formatReport, formatProblems } from './report.ts';

const USAGE = `usage:
  npm run data [-- --report] [--json]
  npm run excerpts -- <feature-id> [--json] [--limit N]
  npm run features [-- --json]
  npm run articles [-- --json]
  npm run facts -- <feature-id> [--json]
options (any command): --seeds DIR  --geo DIR`;

interface Args {
  command: string;
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

function parseArgs(argv: readonly string[]): Args {
  const [command = '', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index]!;
    if (arg === '--limit' || arg === '--seeds' || arg === '--geo') {
      const value = rest[index + 1];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      options.set(arg.slice(2), value);
      index += 1;
    } else if (arg.startsWith('--')) flags.add(arg.slice(2));
    else positional.push(arg);
  }
  return { command, positional, flags, options };
}

class UsageError extends Error {}

/** Runs one CLI command; returns the exit code. Output goes through the two writers given. */
export function main(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const seedsDir = args.options.get('seeds');
  const geoDir = args.options.get('geo');
  const output = runPipeline(
    readInputs({ root, ...(seedsDir ? { seedsDir } : {}), ...(geoDir ? { geoDir } : {}) }),
  );
  const failed = output.report.problems.length > 0;
  switch (args.command) {
    case 'data': {
      if (args.flags.has('json')) out(JSON.stringify(output.report, null, 2));
      else {
        out(formatSummary(output));
        if (args.flags.has('report')) out(formatReport(output));
      }
      if (failed) err(formatProblems(output.report.problems));
      return failed ? 1 : 0;
    }
    case 'excerpts':
      return excerpts(output, args, out, err);
    case 'facts':
      return factsCommand(output, args.positional[0], args.flags.has('json'), out, err);
    case 'articles': {
      const list = output.articles.map((article) => ({
        id: article.id,
        file: article.file,
        meta: article.meta,
        metaFrom: article.metaFrom,
        paragraphs: article.paragraphs.map(({ index, section, text }) => ({ index, section, text })),
      }));
      if (args.flags.has('json')) out(JSON.stringify(list, null, 2));
      else
        for (const article of list) {
          const { outlet, title, author, dateText } = article.meta;
          out(`${article.id}  ${title ?? '(no title)'}`);
          out(
            `    ${[outlet ?? 'outlet not stated', author ?? 'author not stated', dateText ?? 'date not stated'].join(' · ')}`,
          );
          for (const paragraph of article.paragraphs)
            out(`  ${String(paragraph.index).padStart(3)} ${paragraph.section.padEnd(7)} ${paragraph.text}`);
        }
      if (failed) err(formatProblems(output.report.problems));
      return failed ? 1 : 0;
    }
    case 'features': {
      const memberOf = new Map(output.mapData.features.map((feature) => [feature.id, feature.memberOf]));
      const collection = {
        type: 'FeatureCollection',
        features: output.mapData.shapes.features.map((shape) => ({
          ...shape,
          properties: { ...shape.properties, memberOf: memberOf.get(shape.properties.id) ?? [] },
        })),
      };
      if (args.flags.has('json')) out(JSON.stringify(collection));
      else
        for (const feature of output.mapData.features)
          out(
            `${feature.id.padEnd(24)} ${feature.layer.padEnd(11)} ${feature.kind.padEnd(18)} ${feature.name}`,
          );
      if (failed) err(formatProblems(output.report.problems));
      return failed ? 1 : 0;
    }
    default:
      err(`unknown command "${args.command}"\n${USAGE}`);
      return 2;
  }
}

function excerpts(
  output: PipelineOutput,
  args: Args,
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  const id = args.positional[0];
  const known = output.mapData.features.map((feature) => feature.id);
  if (!id || !known.includes(id)) {
    err(
      `${id ? `unknown feature id "${id}"` : 'a feature id is needed'}. Known ids:\n  ${known.join('\n  ')}`,
    );
    return 2;
  }
  const limitText = args.options.get('limit');
  const limit = limitText === undefined ? Infinity : Number(limitText);
  if (!Number.isInteger(limit) && limit !== Infinity) {
    err(`--limit takes a whole number, got "${limitText}"`);
    return 2;
  }
  if (limit < 0) {
    err(`--limit takes a whole number of 0 or more, got "${limitText}"`);
    return 2;
  }
  const list = (output.excerpts.get(id) ?? []).slice(0, limit);
  if (args.flags.has('json')) {
    out(JSON.stringify(list, null, 2));
  } else {
    list.forEach((excerpt, rank) => {
      const { outlet, title, author, date } = excerpt.source;
      const source = [outlet, title, author, date].filter(Boolean).join(' · ');
      out(
        `${rank + 1}. [${excerpt.score.toFixed(3)}] ${excerpt.article} ¶${excerpt.paragraph} (${excerpt.section}) ${source}`,
      );
      out(`   ${highlight(excerpt.text, excerpt.marks)}`);
      if (excerpt.alsoIn.length)
        out(`   also in: ${excerpt.alsoIn.map((ref) => `${ref.article} ¶${ref.paragraph}`).join(', ')}`);
    });
  }
  return output.report.problems.length ? 1 : 0;
}

function highlight(text: string, marks: ReadonlyArray<{ start: number; end: number }>): string {
  let result = '';
  let cursor = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    result += `${text.slice(cursor, mark.start)}«${text.slice(mark.start, mark.end)}»`;
    cursor = mark.end;
  }
  return result + text.slice(cursor);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(
    process.argv.slice(2),
    (text) => process.stdout.write(`${text}\n`),
    (text) => process.stderr.write(`${text}\n`),
  );
}
