import { formatReport, formatSummary } from '../report.ts';
import type { Command } from './command.ts';
import { finish, JSON_FLAG } from './shared.ts';

/** `npm run data`: run the whole pipeline, validate, print a summary (or the report as JSON). */
export const dataCommand: Command = {
  name: 'data',
  summary: 'run the whole pipeline, validate, print a summary',
  positional: 'none',
  options: {
    report: { type: 'boolean', help: 'also list every dropped line and where each metadata value came from' },
    json: JSON_FLAG,
  },
  run({ args, out, err, pipeline }) {
    const output = pipeline();
    if (args.flag('json')) out(JSON.stringify(output.report, null, 2));
    else {
      out(formatSummary(output));
      if (args.flag('report')) out(formatReport(output));
    }
    return finish(output, err);
  },
};
