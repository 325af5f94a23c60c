import { buildCorpus } from '../build-corpus.ts';
import { evidenceWriter, writeOutputs } from '../outputs.ts';
import { formatReport, formatSummary } from '../report.ts';
import type { Command, CommandContext } from './command.ts';
import type { StreamedCorpus } from '../../stream-reduce.ts';
import { finish, JSON_FLAG, NO_CACHE_FLAG } from './shared.ts';

export const OUT_OPTION = {
  type: 'string',
  value: 'DIR',
  help: "also write the build's outputs to DIR: map-data.json, story.json, evidence-manifest.json, report.json, evidence/",
} as const;

/**
 * `npm run data`: the Node build (per-article stage on the pool, cached; the reduce streamed from
 * disk), validated; prints a summary (or the report as JSON), and with `--out` writes the outputs.
 */
export const dataCommand: Command = {
  name: 'data',
  summary: 'run the whole pipeline, validate, print a summary',
  positional: 'none',
  options: {
    report: { type: 'boolean', help: 'also list every dropped line and where each metadata value came from' },
    json: JSON_FLAG,
    'no-cache': NO_CACHE_FLAG,
    out: OUT_OPTION,
  },
  async run(context) {
    const { args, paths } = context;
    const dir = args.value('out');
    const writer = evidenceWriter(dir);
    const { output } = await buildCorpus(
      { ...paths, ...(args.flag('no-cache') ? { cacheDir: null } : {}) },
      writer,
    );
    const evidence = writer.finish();
    if (dir) writeOutputs(dir, output, evidence);
    return printBuild(context, output);
  },
};

/** What `data` and `reduce` print: the summary (with `--report`, every drop), or the report as JSON. */
export function printBuild({ args, out, err }: CommandContext, output: StreamedCorpus): number {
  if (args.flag('json')) out(JSON.stringify(output.report, null, 2));
  else {
    out(formatSummary(output));
    if (args.flag('report')) out(formatReport(output));
  }
  return finish(output, err);
}
